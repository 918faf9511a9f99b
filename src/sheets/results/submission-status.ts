/**
 * 报送情况, an output sheet replaced whole after every collect: for each unit of 单位名册 and
 * each sheet its template has ("—" for the others), 已报送 (date and file, or 本办录入 for
 * rows the office keyed), 退回 (with the reason), 逾期 (past the sheet's deadline in
 * 参数设置, with no row) or 未报送; then the units that have sent nothing, with their
 * 主要负责人, to be reminded.
 *
 * Deadlines: 方案报送 by 参数设置's 方案报送截止 (四、第二阶段, 3月5日前); 自查自纠 by the end of
 * the 自查自纠 stage (四、第三阶段, 7月至9月); 工作进度 one 报送周期 after 活动开始日期.
 */
import { COLLECT_KINDS, type CollectKind, type CollectLogEntry } from "../../domain/collect";
import type { Settings } from "../../domain/settings";
import type { CampaignData, IsoDate, Unit } from "../../domain/types";
import type { CellValue, SheetBlock } from "../grid";
import { RECORD_SHEETS } from "../record-sheets";
import { templateSheetNames } from "../templates/template-sheets";
import { templateTasks } from "../templates/unit-tasks";

export const SUBMISSION_STATUS_SHEET = "报送情况";

/** The deadline of each covered sheet from the settings. */
export function deadlinesOf(settings: Settings): Record<CollectKind, IsoDate> {
  const start = new Date(`${settings.campaignStart}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() + settings.reportCycleDays);
  return { plans: settings.planDue, progress: start.toISOString().slice(0, 10), inspections: settings.selfInspectionEnd };
}

/** One cell of the matrix. */
export interface SubmissionCell {
  /** "—": the unit's template has no such sheet (key sections submit no 实施方案; units without tasks report no progress). */
  state: "已报送" | "退回" | "逾期" | "未报送" | "—";
  text: string;
}

/** What 报送情况 is judged from: the roster, the tasks (which sheets each unit's template has) and the rows of the master. */
export type SubmissionData = Pick<CampaignData, "units" | "tasks" | CollectKind>;

/** The office's date of a batch id (its first ten characters: ids are ISO times). */
const dayOf = (batch: string) => batch.slice(0, 10);

/**
 * Per unit and sheet of its template: 已报送 when the master holds its rows (by a file, with
 * its date and name; or keyed by the office, 本办录入), or when its last file had the sheet
 * empty; else 退回 (its last file refused, with the reason), 逾期 (the sheet's deadline
 * passed) or 未报送. A refusal after the rows came in is said beside 已报送.
 */
export function submissionMatrix(
  data: SubmissionData,
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
  const holding = new Set<string>();
  for (const kind of COLLECT_KINDS) for (const r of data[kind]) holding.add(`${r.unitCode}\u0000${kind}`);
  const matrix = new Map<string, Record<CollectKind, SubmissionCell>>();
  for (const unit of data.units) {
    const sheets = templateSheetNames(unit, templateTasks(unit, data.tasks));
    const row = {} as Record<CollectKind, SubmissionCell>;
    for (const kind of COLLECT_KINDS) {
      const key = `${unit.code}\u0000${kind}`;
      const ok = accepted.get(key);
      const back = refused.get(unit.code);
      const later = back && (!ok || ok.batch < back.batch) ? `；${dayOf(back.batch)} 收到的 ${back.file} 被退回` : "";
      if (!sheets.includes(RECORD_SHEETS[kind].name)) row[kind] = { state: "—", text: "—" };
      else if (holding.has(key))
        row[kind] = { state: "已报送", text: ok ? `已报送（${dayOf(ok.batch)}，${ok.file}）${later}` : `已报送（本办录入）${later}` };
      else if (ok) row[kind] = { state: "已报送", text: `已报送（${dayOf(ok.batch)}，${ok.file}，本表无内容）${later}` };
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
export function submissionStatusBlock(data: SubmissionData, log: readonly CollectLogEntry[], settings: Settings, today: IsoDate): SheetBlock {
  const { units } = data;
  const matrix = submissionMatrix(data, log, settings, today);
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
