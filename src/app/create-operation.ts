/**
 * 创建标准工作簿 over any adapter. When contract sheets already exist it only adds the
 * missing ones (补齐缺失工作表) and touches nothing else; the check that enables the
 * button is the same function the command calls first (STYLE.md, habit 3).
 */
import { blankCampaign } from "../domain/blank";
import { demoCampaign } from "../demo";
import { defaultSettings, type Settings } from "../domain/settings";
import type { CampaignData } from "../domain/types";
import { buildWorkbookPlan } from "../sheets/build-plan";
import { CONTRACT_SHEETS, hasContractSheet, INSTRUCTIONS_SHEET, LIST_SHEET, META_SHEET, SETTINGS_SHEET } from "../sheets/contract";
import { metaPlan, readMeta } from "../sheets/meta-sheet";
import type { WorkbookSession } from "../sheets/port";
import { readSettings } from "../sheets/settings-sheet";
import { dateLimitsOutdated } from "./date-limits-operation";
import type { CreateWorkbookSummary, OperationOutcome, ProgressFn } from "./workbench";

/** Every sheet the standard workbook consists of, in order. */
export const STANDARD_SHEETS = [INSTRUCTIONS_SHEET, ...CONTRACT_SHEETS.map((s) => s.name), LIST_SHEET, META_SHEET];

/** Which standard sheets a workbook has and lacks: the check behind the 创建/补齐 button. */
export function creationPlanFor(existing: readonly string[]): { present: string[]; missing: string[]; mode: "create" | "complete" | "nothing" } {
  const present = STANDARD_SHEETS.filter((s) => existing.includes(s));
  const missing = STANDARD_SHEETS.filter((s) => !existing.includes(s));
  return { present, missing, mode: missing.length === 0 ? "nothing" : hasContractSheet(existing) ? "complete" : "create" };
}

export interface CreateOptions {
  year: number;
  demo: boolean;
  /**
   * The campaign id (活动编号) for a new 元数据, or for one that lacks it; made by the
   * caller from its random source (newCampaignId). Without it none is written.
   */
  campaignId?: string;
  /** Next year from last year's book (从上一年度创建): its settings and records, already moved to the new year. */
  from?: { settings: Settings; data: CampaignData };
}

/** Creates the standard workbook, or adds only its missing sheets when some exist. */
export async function createOperation(
  session: WorkbookSession,
  options: CreateOptions,
  now: Date,
  progress: ProgressFn
): Promise<OperationOutcome<CreateWorkbookSummary>> {
  progress("检查现有工作表", 0.1);
  // One read learns both the sheet names and 参数设置: 补齐 follows the workbook's own settings.
  const grids = await session.readSheets([SETTINGS_SHEET.name, META_SHEET]);
  const check = creationPlanFor(await session.sheetNames());
  const oldMeta = grids.get(META_SHEET) ? readMeta(grids.get(META_SHEET)) : null;
  // A master made before 活动编号 existed gets one here, its other 元数据 rows kept as they were.
  const addId = oldMeta !== null && oldMeta.campaignId === null && options.campaignId !== undefined;
  if (check.mode === "nothing" && !addId) {
    return { ok: true, findings: [], summary: { created: [], skipped: check.present }, message: "标准工作簿的工作表已齐全，未做任何修改。" };
  }
  const existing = grids.get(SETTINGS_SHEET.name);
  const read = existing ? readSettings(existing) : null;
  // The new sheets' date limits and 元数据 follow 活动年度: an unreadable one must not become the default year.
  if (read && !read.yearRead) {
    return {
      ok: false,
      findings: read.findings.filter((f) => f.severity === "error" || f.message.includes("活动年度")),
      message:
        "「参数设置」中的活动年度缺失或无法识别，未做任何修改（新建工作表的日期限制要按活动年度设置）。请在活动年度的值单元格填写 2000–2100 之间的四位数字年份后再试。",
    };
  }
  const carried = check.mode === "create" ? options.from : undefined;
  const settings = carried?.settings ?? (read ? read.settings : defaultSettings(options.year));
  // Demo rows are only written into a new workbook: 补齐 never mixes sample data into a real campaign.
  const data = carried?.data ?? (options.demo && check.mode === "create" ? demoCampaign(settings) : blankCampaign(settings));
  const plan = buildWorkbookPlan(settings, { createdAt: now, data, only: check.missing, campaignId: options.campaignId });
  if (addId && oldMeta) {
    plan.sheets.push(metaPlan(settings, oldMeta.createdAt ?? now, { campaignId: options.campaignId, dateLimitYear: oldMeta.dateLimitYear }));
  }
  progress(check.mode === "create" ? "创建标准工作簿" : "补齐缺失工作表", 0.4);
  await session.applyPlan(plan);
  progress("完成", 1);
  const created = plan.sheets.map((s) => s.name);
  // Sheets kept by 补齐 keep the date limits of the year they were made for: say so when 活动年度 moved on.
  const dateLimitYear = oldMeta ? oldMeta.dateLimitYear : settings.year;
  const outdated = dateLimitsOutdated({ year: settings.year, dateLimitYear })
    ? `原有工作表的日期仍只接受 ${dateLimitYear} 年内的日期，可点击“按新年度更新日期限制”按 ${settings.year} 年重设。`
    : "";
  const message =
    check.mode === "create"
      ? `已创建标准工作簿（${settings.year} 年度，${created.length} 张工作表）。`
      : check.mode === "nothing"
        ? "标准工作簿的工作表已齐全；已在「元数据」中补记活动编号（分发与汇总填报模板时用来核对文件属于本次活动）。"
        : `已补齐缺失工作表：${created.join("、")}。${outdated}`;
  return { ok: true, findings: [], summary: { created, skipped: check.present }, message };
}
