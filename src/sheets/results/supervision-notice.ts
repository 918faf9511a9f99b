/**
 * 督查通报: the notice of one 督查批次, ready to print and circulate (五、问责追究: 督查情况在
 * 全市范围内通报). Each batch has its own sheet (督查通报-第一季度常规督查 …), so earlier
 * notices stay for comparison. Computed whole from a report; statuses are words, never
 * colour alone. Long sentences sit in column A and run across the empty cells to their
 * right; the tables' text columns wrap, so nothing is cut off on an A4 page.
 */
import type { SelfInspection, Unit } from "../../domain/types";
import type { SupervisionReport, TaskStatus } from "../../domain/supervision";
import { OUTPUT_SHEETS } from "../contract";
import type { CellValue, SheetBlock } from "../grid";
import { DEFAULT_REQUIREMENTS, NOTICE_HEADINGS, NOTICE_SIGNATURE, noticeTitle, overviewSentences, SIGNATURE_COLUMN } from "./supervision-text";

/**
 * Columns: A 序号 (and the lines of text), B 单位, C a date, D the long text, E–G figures
 * and the status, H 进展情况. About 60 Chinese characters wide: one A4 page wide.
 */
const WIDTHS = [6, 18, 12, 32, 9, 9, 9, 26];

/** The table headers of the notice. */
export const NOTICE_TABLES = {
  findings: ["序号", "单位", "督查日期", "发现问题"],
  tasks: ["序号", "牵头单位", "完成时限", "工作内容", "序时进度(%)", "实际进度(%)", "状态", "进展情况"],
  categories: ["序号", "单位类别", "查找问题(个)", "已整改销号(个)", "销号率(%)", "逾期未整改(个)"],
  overdue: ["序号", "单位", "整改时限", "问题", "整改状态", "责任人"],
} as const;

/** The sheet name of a batch's notice. */
export function noticeSheetName(batch: string): string {
  return `${OUTPUT_SHEETS.supervision}-${batch}`;
}

/** What the notice shows besides the report. */
export interface NoticeMeta {
  /** 单位名册: the names of the units the notice mentions. */
  units: readonly Unit[];
  /** 下一步要求 as the office last edited it; default DEFAULT_REQUIREMENTS. */
  requirements?: readonly string[] | null;
}

/** The 督查通报 block of `report`. */
export function supervisionNoticeBlock(report: SupervisionReport, meta: NoticeMeta): SheetBlock {
  const names = new Map(meta.units.map((u) => [u.code, u.name]));
  const nameOf = (code: string) => names.get(code) ?? code;
  const rows: CellValue[][] = [];
  const headingRows: number[] = [];
  const heading = (line: CellValue[]) => {
    rows.push(line);
    headingRows.push(rows.length);
  };
  heading([noticeTitle(report.year, report.batch)]);
  rows.push([`（数据截至 ${report.asOf}）`], []);

  heading([NOTICE_HEADINGS.overview]);
  for (const line of overviewSentences(report)) rows.push([line]);
  rows.push([]);

  heading([NOTICE_HEADINGS.findings]);
  const circulated = report.supervision.filter((r) => r.circulated);
  const byUnit = groupBy(circulated, (r) => r.unitCode);
  rows.push([`本批次督查记录问题 ${report.supervision.length} 条，其中通报 ${circulated.length} 条，涉及 ${byUnit.size} 个单位。`]);
  if (circulated.length > 0) {
    heading([...NOTICE_TABLES.findings]);
    [...byUnit].forEach(([code, records], i) =>
      records.forEach((r, k) => rows.push(k === 0 ? [i + 1, nameOf(code), r.date, r.finding] : [null, null, r.date, r.finding]))
    );
  }
  rows.push([]);

  heading([NOTICE_HEADINGS.lagging]);
  const behind = report.tasks.filter((t) => t.status === "逾期" || t.status === "滞后").sort(byStatusThenSeq);
  const silent = report.tasks.filter((t) => t.status === "未报送");
  if (behind.length === 0) rows.push(["无滞后和逾期的重点工作。"]);
  else {
    rows.push([`逾期 ${report.statusCounts.逾期} 项、滞后 ${report.statusCounts.滞后} 项：`]);
    heading([...NOTICE_TABLES.tasks]);
    for (const t of behind) rows.push(taskRow(t));
  }
  if (silent.length > 0) {
    rows.push([`另有 ${silent.length} 项重点工作的牵头单位未按报送周期报送进度：`]);
    heading([...NOTICE_TABLES.tasks]);
    for (const t of silent) rows.push(taskRow(t));
  }
  rows.push([]);

  heading([NOTICE_HEADINGS.rectification]);
  const ledger = report.inspections;
  if (ledger.total.found === 0) rows.push(["自查自纠尚未登记问题。"]);
  else {
    heading([...NOTICE_TABLES.categories]);
    ledger.byCategory.forEach((c, i) => rows.push([i + 1, c.category, c.found, c.closed, c.rate, c.overdue]));
    rows.push([null, "合计", ledger.total.found, ledger.total.closed, ledger.total.rate, ledger.total.overdue]);
  }
  if (ledger.overdueItems.length > 0) {
    rows.push([`超过整改时限尚未整改的问题 ${ledger.overdueItems.length} 个：`]);
    heading([...NOTICE_TABLES.overdue]);
    ledger.overdueItems.forEach((item, i) => rows.push(overdueRow(item, i + 1, nameOf)));
  }
  rows.push([]);

  heading([NOTICE_HEADINGS.requirements]);
  for (const line of meta.requirements ?? DEFAULT_REQUIREMENTS) rows.push([line]);
  rows.push([], signatureLine(NOTICE_SIGNATURE), signatureLine(report.asOf));

  return {
    name: noticeSheetName(report.batch),
    rows: rows.map((r) => [...r, ...Array<CellValue>(WIDTHS.length - r.length).fill(null)]),
    widths: WIDTHS,
    headingRows,
    // A notice of several tables has no one header row to repeat on every page; each table
    // is short (one batch), and every text column wraps so no line is cut off.
    print: { orientation: "portrait", fitToWidth: true, wrapColumns: [2, 4, 5, 6, 7, 8] },
  };
}

function taskRow(t: TaskStatus): CellValue[] {
  const words = t.latest === null ? "（牵头单位未报送进度）" : t.latest.notes.trim() || "（未填写进展情况）";
  // A stale report's words are old: say when they were written.
  const notes = t.status === "未报送" && t.latest !== null ? `（最近报送 ${t.latest.date}）${words}` : words;
  return [t.task.seq, t.lead.name, t.task.deadline, t.task.content, t.expected, t.latest?.percent ?? null, t.status, notes];
}

function overdueRow(item: SelfInspection, index: number, nameOf: (code: string) => string): CellValue[] {
  return [index, nameOf(item.unitCode), item.dueDate, `${item.problemId} ${item.description}`, item.status, item.owner];
}

function signatureLine(text: string): CellValue[] {
  const line: CellValue[] = Array<CellValue>(SIGNATURE_COLUMN).fill(null);
  line.push(text);
  return line;
}

/** 逾期 before 滞后, then by 序号. */
function byStatusThenSeq(a: TaskStatus, b: TaskStatus): number {
  return (a.status === b.status ? 0 : a.status === "逾期" ? -1 : 1) || a.task.seq - b.task.seq;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}
