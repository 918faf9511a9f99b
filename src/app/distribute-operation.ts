/**
 * 分发填报模板 over any adapter: reads the master once (参数设置, 单位名册, 重点工作, the
 * record sheets whose rows each template carries, 元数据, 分发记录), makes each unit's template plan and hands it to the injected `buildTemplate`
 * (the command line applies it with exceljs and writes a file; the pane will zip them),
 * and, when asked, records what was handed out in the hidden 分发记录 in one write.
 * Nothing is written when anything blocks the run.
 */
import type { Finding } from "../domain/findings";
import type { Unit } from "../domain/types";
import { INSPECTION_SHEET, META_SHEET, PLANS_SHEET, PROGRESS_SHEET, SETTINGS_SHEET, TASKS_SHEET, UNITS_SHEET } from "../sheets/contract";
import { readMeta } from "../sheets/meta-sheet";
import type { WorkbookPlan } from "../sheets/plan";
import type { WorkbookSession } from "../sheets/port";
import { readCampaign } from "../sheets/read/read-campaign";
import { formatCreatedAt, headerHash, TEMPLATE_KIND, TEMPLATE_SCHEMA_VERSION, type Sha256Hex, type TemplateMeta } from "../sheets/template-meta";
import { templateFileName } from "../sheets/templates/file-name";
import { templateBaseHash } from "../sheets/template-base";
import { unitTemplateBaseRows, unitTemplateHeaders, unitTemplatePlan } from "../sheets/templates/unit-template";
import { distributionPlan, DISTRIBUTION_SHEET, type DistributionEntry } from "./distribute-record";
import { missingSheetsMessage, validateFirstAdvice, workbookHasContractSheet } from "./pane-advice";
import type { OperationOutcome, ProgressFn } from "./workbench";

/** The master's sheets a template is made from. */
const MASTER_SHEETS = [SETTINGS_SHEET.name, UNITS_SHEET.name, TASKS_SHEET.name];
/** The record sheets whose rows of a unit its template carries (read when present). */
const CARRIED_SHEETS = [PLANS_SHEET.name, PROGRESS_SHEET.name, INSPECTION_SHEET.name];

export interface DistributeOptions<T> {
  /** Only these unit codes (default: every unit of 单位名册). */
  units?: readonly string[];
  /** The time written into each template and into 分发记录. */
  now: Date;
  sha256: Sha256Hex;
  /** Turns one unit's plan into whatever the caller hands out (bytes, a file written). */
  buildTemplate: (plan: WorkbookPlan, entry: DistributionEntry, index: number, total: number) => Promise<T>;
  /** Write 分发记录 into the master (the app does; the command line never modifies the master). */
  record: boolean;
  progress?: ProgressFn;
}

export interface DistributeSummary<T> {
  entries: DistributionEntry[];
  templates: T[];
  /** Codes given in `units` that 单位名册 does not list (nothing was made then). */
  unknownUnits: string[];
}

/** Makes the templates of the units asked for; see the module comment. */
export async function distributeOperation<T>(
  session: WorkbookSession,
  options: DistributeOptions<T>
): Promise<OperationOutcome<DistributeSummary<T>>> {
  const progress = options.progress ?? (() => undefined);
  const grids = await session.readSheets([...MASTER_SHEETS, ...CARRIED_SHEETS, META_SHEET, DISTRIBUTION_SHEET]);
  const read = readCampaign(grids, [...MASTER_SHEETS, ...CARRIED_SHEETS.filter((n) => grids.has(n))]);
  const fail = (message: string, findings: Finding[] = [], unknownUnits: string[] = []): OperationOutcome<DistributeSummary<T>> => ({
    ok: false,
    findings,
    message,
    summary: { entries: [], templates: [], unknownUnits },
  });
  if (read.missingSheets.length > 0) {
    // The pane's button reads 补齐 once any contract sheet exists, and these three may all be gone while others remain.
    return fail(missingSheetsMessage(read.missingSheets, "分发填报模板", await workbookHasContractSheet(session, grids)));
  }
  // The record sheets are read for the rows the templates carry; their own findings are 校验's business.
  const findings = read.findings.filter((f) => MASTER_SHEETS.includes(f.sheet));
  const blocking = findings.filter((f) => f.severity === "error");
  if (blocking.length > 0) {
    return fail(
      `「参数设置」「单位名册」或「重点工作」中有 ${blocking.length} 处错误，模板会据此生成，未分发。${validateFirstAdvice("分发")}`,
      blocking
    );
  }
  const campaignId = readMeta(grids.get(META_SHEET)).campaignId;
  if (!campaignId) {
    return fail(
      "该工作簿缺少活动编号（在分发功能之前创建），回收文件时无法核对其属于本次活动，未分发。请在 Excel 中打开该工作簿，在提升年工作台的“准备”中点击“补记活动编号”，保存后再分发。"
    );
  }
  const { settings } = read;
  const all = read.data.units;
  const unknownUnits = (options.units ?? []).filter((code) => !all.some((u) => u.code === code));
  if (unknownUnits.length > 0) {
    return fail(`「单位名册」中没有单位编码 ${unknownUnits.join("、")}，未分发。请核对单位编码（区分大小写）后重试。`, [], unknownUnits);
  }
  const units: Unit[] = options.units ? all.filter((u) => options.units!.includes(u.code)) : all;
  if (units.length === 0) return fail("「单位名册」中没有单位，未分发。请先在「单位名册」中填写各单位。");
  const createdAt = formatCreatedAt(options.now);
  const entries: DistributionEntry[] = [];
  const templates: T[] = [];
  for (const [index, unit] of units.entries()) {
    const input = { unit, tasks: read.data.tasks, settings, current: read.data };
    const meta: TemplateMeta = {
      campaignId,
      year: settings.year,
      unitCode: unit.code,
      kind: TEMPLATE_KIND,
      schemaVersion: TEMPLATE_SCHEMA_VERSION,
      createdAt,
      headerHash: await headerHash(unitTemplateHeaders(input), options.sha256),
      baseHash: await templateBaseHash(unitTemplateBaseRows(input), options.sha256),
    };
    const entry: DistributionEntry = { unitCode: unit.code, unitName: unit.name, fileName: templateFileName(unit, settings.year), meta };
    progress(`第 ${index + 1}/${units.length} 份：${unit.name}`, (index + 1) / (units.length + 1));
    templates.push(await options.buildTemplate(unitTemplatePlan(input, meta), entry, index, units.length));
    entries.push(entry);
  }
  if (options.record) await session.applyPlan({ sheets: [distributionPlan(grids.get(DISTRIBUTION_SHEET), entries)] });
  progress("完成", 1);
  const recorded = options.record ? "，已记入「分发记录」" : "";
  return {
    ok: true,
    findings,
    summary: { entries, templates, unknownUnits: [] },
    message: `已生成 ${entries.length} 份单位填报模板（${settings.year} 年度）${recorded}。`,
  };
}
