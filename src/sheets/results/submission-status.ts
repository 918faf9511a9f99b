/**
 * 报送情况, an output sheet replaced whole after every collect: for each unit of 单位名册 and
 * each sheet a template covers, 已报送 (date, file), 退回 (with the reason), 逾期 (past the
 * sheet's deadline in 参数设置) or 未报送; then the units that have sent nothing, with
 * their 主要负责人, to be reminded.
 *
 * Deadlines: 方案报送 by 参数设置's 方案报送截止 (四、第二阶段, 3月5日前); 自查自纠 by the end of
 * the 自查自纠 stage (四、第三阶段, 7月至9月); 工作进度 one 报送周期 after 活动开始日期.
 */
import { COLLECT_KINDS, type CollectKind, type CollectLogEntry } from "../../domain/collect";
import type { Settings } from "../../domain/settings";
import type { IsoDate, Unit } from "../../domain/types";
import type { CellValue, SheetBlock } from "../grid";
import { RECORD_SHEETS } from "../record-sheets";

export const SUBMISSION_STATUS_SHEET = "报送情况";

/** The deadline of each covered sheet from the settings. */
export function deadlinesOf(settings: Settings): Record<CollectKind, IsoDate> {
  const start = new Date(`${settings.campaignStart}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() + settings.reportCycleDays);
  return { plans: settings.planDue, progress: start.toISOString().slice(0, 10), inspections: settings.selfInspectionEnd };
}

/** One cell of the matrix. */
export interface SubmissionCell {
  state: "已报送" | "退回" | "逾期" | "未报送";
  text: string;
}

/** Per unit and sheet, what the log says (a refusal after the last accepted file shows as 退回). */
export function submissionMatrix(
  units: readonly Unit[],
  log: readonly CollectLogEntry[],
  settings: Settings,
  today: IsoDate
): Map<string, Record<CollectKind, SubmissionCell>> {
  const due = deadlinesOf(settings);
  const accepted = new Map<string, CollectLogEntry>();
  const refused = new Map<string, CollectLogEntry>();
  for (const e of log) {
    if (e.undone) continue;
    if ((e.status === "merged" || e.status === "unchanged") && e.kind) {
      const key = `${e.unitCode}\u0000${e.kind}`;
      if ((accepted.get(key)?.batch ?? "") <= e.batch) accepted.set(key, e);
    }
    if ((e.status === "refused" || e.status === "conflict") && (refused.get(e.unitCode)?.batch ?? "") <= e.batch) refused.set(e.unitCode, e);
  }
  const matrix = new Map<string, Record<CollectKind, SubmissionCell>>();
  for (const unit of units) {
    const row = {} as Record<CollectKind, SubmissionCell>;
    for (const kind of COLLECT_KINDS) {
      const ok = accepted.get(`${unit.code}\u0000${kind}`);
      const back = refused.get(unit.code);
      if (ok && (!back || back.batch < ok.batch)) row[kind] = { state: "已报送", text: `已报送（${ok.batch.slice(0, 10)}，${ok.file}）` };
      else if (back) row[kind] = { state: "退回", text: `退回：${back.reason}` };
      else if (today > due[kind]) row[kind] = { state: "逾期", text: `逾期（截止 ${due[kind]}）` };
      else row[kind] = { state: "未报送", text: "未报送" };
    }
    matrix.set(unit.code, row);
  }
  return matrix;
}

/** The units with no sheet 已报送 (the 未报送 list), in roster order. */
export function notSubmitted(units: readonly Unit[], matrix: ReadonlyMap<string, Record<CollectKind, SubmissionCell>>): Unit[] {
  return units.filter((u) => COLLECT_KINDS.every((k) => matrix.get(u.code)?.[k].state !== "已报送"));
}

/** The 报送情况 sheet. */
export function submissionStatusBlock(units: readonly Unit[], log: readonly CollectLogEntry[], settings: Settings, today: IsoDate): SheetBlock {
  const matrix = submissionMatrix(units, log, settings, today);
  const due = deadlinesOf(settings);
  const rows: CellValue[][] = [
    [`报送情况（截至 ${today}）`],
    [`截止日期：方案报送 ${due.plans}；工作进度 ${due.progress}；自查自纠 ${due.inspections}（依据参数设置与实施方案第四部分各阶段要求）`],
    ["单位编码", "单位名称", "单位类别", ...COLLECT_KINDS.map((k) => RECORD_SHEETS[k].name)],
  ];
  for (const u of units) rows.push([u.code, u.name, u.category, ...COLLECT_KINDS.map((k) => matrix.get(u.code)![k].text)]);
  const missing = notSubmitted(units, matrix);
  const listAt = rows.length + 2;
  rows.push([], [`未报送单位（共 ${missing.length} 个，请督促主要负责人按时报送）`], ["单位编码", "单位名称", "主要负责人"]);
  for (const u of missing) rows.push([u.code, u.name, u.leader]);
  return {
    name: SUBMISSION_STATUS_SHEET,
    rows,
    widths: [12, 28, 16, 36, 36, 36],
    headingRows: [1, 3, listAt, listAt + 1],
    frozenRows: 3,
    // Six columns of dates and file names: landscape, one page wide, the matrix header on every page.
    print: { orientation: "landscape", fitToWidth: true, titleRows: { first: 3, last: 3 }, wrapColumns: [2, 4, 5, 6] },
  };
}
