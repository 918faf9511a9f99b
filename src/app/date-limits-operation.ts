/**
 * 按新年度更新日期限制: after 活动年度 changes in 参数设置, the date limits of every input
 * sheet are re-applied for the new year (Excel stores a limit as fixed dates, so they do
 * not follow the setting by themselves, while 填表说明 tells units that they do). Only
 * validations change: typed values stay as they are, and protected sheets are protected
 * again. The check that shows the pane's button is the one the operation calls first.
 */
import { campaignYearRange } from "../domain/settings";
import { dateLimitsPlan } from "../sheets/build-plan";
import { CONTRACT_SHEETS, INSTRUCTIONS_SHEET, META_SHEET, SETTINGS_SHEET } from "../sheets/contract";
import { readMeta } from "../sheets/meta-sheet";
import type { WorkbookSession } from "../sheets/port";
import { readSettings } from "../sheets/settings-sheet";
import { addSheetsAdvice, clickIn, PANE_TABS, VALIDATE_BUTTON, workbookHasContractSheet } from "./pane-advice";
import type { CreateWorkbookSummary, OperationOutcome, ProgressFn } from "./workbench";

/** True when the date limits were made for another year than 参数设置's 活动年度 (both known). */
export function dateLimitsOutdated(state: { year: number | null; dateLimitYear?: number | null }): boolean {
  return state.year !== null && state.dateLimitYear != null && state.year !== state.dateLimitYear;
}

/** The contract sheets whose columns carry campaign-year date limits. */
const DATED_SHEETS = CONTRACT_SHEETS.filter((s) => s !== SETTINGS_SHEET && s.columns.some((c) => c.type === "date" && c.dates !== "any")).map(
  (s) => s.name
);

/** Re-applies the date limits of every input sheet for 参数设置's 活动年度 and records the year in 元数据. */
export async function updateDateLimitsOperation(
  session: WorkbookSession,
  now: Date,
  progress: ProgressFn
): Promise<OperationOutcome<CreateWorkbookSummary>> {
  progress("读取参数设置", 0.1);
  // One read: the year, the year the limits were made for, and how far each input sheet is filled.
  const grids = await session.readSheets([SETTINGS_SHEET.name, META_SHEET, INSTRUCTIONS_SHEET, ...DATED_SHEETS]);
  const settingsGrid = grids.get(SETTINGS_SHEET.name);
  if (!settingsGrid) {
    const advice = addSheetsAdvice(await workbookHasContractSheet(session, grids));
    return { ok: false, findings: [], message: `未找到「参数设置」工作表，无法确定活动年度，日期限制未更新。${advice}` };
  }
  const { settings, findings, yearRead } = readSettings(settingsGrid);
  if (!yearRead) {
    return {
      ok: false,
      findings: findings.filter((f) => f.severity === "error" || f.message.includes("活动年度")),
      message: "「参数设置」中的活动年度缺失或无法识别，日期限制未更新。请在活动年度的值单元格填写 2000–2100 之间的四位数字年份后再试。",
    };
  }
  const meta = readMeta(grids.get(META_SHEET));
  if (meta.dateLimitYear === settings.year) {
    return { ok: true, findings: [], message: `日期限制已按 ${settings.year} 年设置，无需更新。` };
  }
  // 填表说明 is listed too (when it exists): it is made again for the new year.
  const rowCounts = new Map(
    [INSTRUCTIONS_SHEET, ...DATED_SHEETS].flatMap((name) => (grids.has(name) ? [[name, Math.max(grids.get(name)!.rows.length, 1)] as const] : []))
  );
  const plan = dateLimitsPlan(settings, rowCounts, meta.createdAt ?? now, now, meta.campaignId);
  progress("更新日期限制", 0.5);
  await session.applyPlan(plan);
  progress("完成", 1);
  const { from, to } = campaignYearRange(settings);
  const updated = (plan.validationUpdates ?? []).map((u) => u.sheet);
  return {
    ok: true,
    // 参数设置's own stage dates are not moved: those still in the old year are errors to correct now.
    findings: findings.filter((f) => f.severity === "error"),
    message:
      `已按 ${settings.year} 年更新日期限制：${updated.join("、")}的日期列现只接受 ${from} 至 ${to} 之间的日期。` +
      `已填写的内容未改动；不在新年度内的日期，请${clickIn(PANE_TABS.evaluate, VALIDATE_BUTTON)}查出后修改。`,
  };
}
