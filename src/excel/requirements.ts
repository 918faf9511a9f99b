/**
 * Which Excel JavaScript API requirement sets the adapter uses, and what this Excel
 * lacks, said in plain Chinese. Required sets block the workbench; optional ones only
 * switch a refinement off (merged cells are not reported; findings are not marked on
 * their cells; recalculation is not paused).
 */

interface Requirement {
  version: string;
  feature: string;
  required: boolean;
}

/** ExcelApi versions the adapter calls into (TOOLCHAIN.md, "Requirement sets"). */
export const REQUIREMENTS: readonly Requirement[] = [
  { version: "1.2", feature: "工作表保护", required: true },
  { version: "1.4", feature: "读取已用区域", required: true },
  { version: "1.7", feature: "冻结窗格与超链接", required: true },
  { version: "1.8", feature: "数据验证（下拉列表与输入限制）", required: true },
  { version: "1.6", feature: "在出错的单元格上标出校验问题、写入时暂停重新计算", required: false },
  { version: "1.9", feature: "结果表的打印页面设置（A4、横向、打印标题）", required: false },
  { version: "1.13", feature: "识别合并单元格", required: false },
];

export interface RequirementCheck {
  /** False when a required set is missing (or when not running in Excel at all). */
  ok: boolean;
  /** Missing required features, e.g. "数据验证（下拉列表与输入限制）（ExcelApi 1.8）". */
  missing: string[];
  /** Missing optional features: the workbench works without them. */
  degraded: string[];
  /** One Chinese sentence for the pane; empty when nothing is missing. */
  message: string;
}

type OfficeGlobal = { context?: { requirements?: { isSetSupported(name: string, version?: string): boolean } } };

/** True when this Excel supports ExcelApi `version`; false outside Excel. */
export function isExcelApiSupported(version: string): boolean {
  const office = (globalThis as { Office?: OfficeGlobal }).Office;
  try {
    return office?.context?.requirements?.isSetSupported("ExcelApi", version) === true;
  } catch {
    // Office.js throws here when it was loaded outside Office: that simply means "not supported".
    return false;
  }
}

const label = (r: Requirement) => `${r.feature}（ExcelApi ${r.version}）`;

/** What this Excel lacks for the workbench, with a message saying so. */
export function checkRequirements(supported: (version: string) => boolean = isExcelApiSupported): RequirementCheck {
  const lacking = REQUIREMENTS.filter((r) => !supported(r.version));
  const missing = lacking.filter((r) => r.required).map(label);
  const degraded = lacking.filter((r) => !r.required).map(label);
  if (missing.length > 0) {
    const message = `此版本的 Excel 缺少工作台需要的功能：${missing.join("、")}。请改用 Microsoft 365 版 Excel（版本 2102 及以上）、Excel 2021 及以上版本、Mac 版 Excel 16.50 及以上或 Excel 网页版。`;
    return { ok: false, missing, degraded, message };
  }
  const message = degraded.length > 0 ? `此版本的 Excel 不支持${degraded.join("、")}；工作台的其余功能不受影响。` : "";
  return { ok: true, missing, degraded, message };
}
