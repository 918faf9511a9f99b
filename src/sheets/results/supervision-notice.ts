/**
 * 督查通报: the notice of one 督查批次, ready to print and circulate (五、问责追究: 督查情况在
 * 全市范围内通报). Each batch has its own sheet (督查通报-第一季度常规督查 …), so earlier
 * notices stay for comparison. Computed whole from a report; statuses are words, never
 * colour alone. Sentences sit in column A and run across the empty cells to their right,
 * cut into lines no wider than the page; the tables' text columns wrap, so nothing is cut
 * off on an A4 page. The notice lays out its own pages (./supervision-pages): each table
 * that runs onto a new page has its header repeated at the top of that page.
 */
import type { Origin, SelfInspection, Unit } from "../../domain/types";
import type { SupervisionReport, TaskStatus } from "../../domain/supervision";
import { OUTPUT_SHEETS } from "../contract";
import type { CellValue, SheetBlock } from "../grid";
import { clipToRow, fitLines, paginate, type NoticeLine } from "./supervision-pages";
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

/**
 * The widest line of text in column A, in column units (2 for a CJK character): the
 * columns' 121 less a margin, since a character is a little wider than 2 units printed.
 */
const TEXT_UNITS = 112;

/** The text columns that wrap (1-based): everything but 序号 and the dates. */
const WRAP_COLUMNS = [2, 4, 5, 6, 7, 8];

/** The 督查通报 block of `report`, laid onto A4 pages with each table's header at the top of every page it runs onto (./supervision-pages). */
export function supervisionNoticeBlock(report: SupervisionReport, meta: NoticeMeta): SheetBlock {
  const names = new Map(meta.units.map((u) => [u.code, u.name]));
  const nameOf = (code: string) => names.get(code) ?? code;
  const lines: NoticeLine[] = [];
  // A long line (the office's own 下一步要求 above all) is cut to the page width: a paragraph's lines stay together.
  const text = (line: string, keepWithNext = false) =>
    fitLines(line, TEXT_UNITS).forEach((part, i, all) => lines.push({ cells: [part], keepWithNext: keepWithNext || i < all.length - 1 }));
  const heading = (line: string) => lines.push({ cells: [line], bold: true, keepWithNext: true });
  const blank = () => lines.push({ cells: [] });
  const table = (header: readonly string[], body: CellValue[][]) => {
    const head: CellValue[] = [...header];
    lines.push({ cells: head, bold: true, keepWithNext: true, table: { header: head, isHeader: true } });
    for (const cells of body) lines.push({ cells, table: { header: head, isHeader: false } });
  };
  lines.push({ cells: [noticeTitle(report.year, report.batch)], bold: true });
  text(`（数据截至 ${report.asOf}）`);
  blank();

  heading(NOTICE_HEADINGS.overview);
  for (const line of overviewSentences(report)) text(line);
  blank();

  heading(NOTICE_HEADINGS.findings);
  const circulated = report.supervision.filter((r) => r.circulated);
  const byUnit = groupBy(circulated, (r) => r.unitCode);
  text(`本批次督查记录问题 ${report.supervision.length} 条，其中通报 ${circulated.length} 条，涉及 ${byUnit.size} 个单位。`, circulated.length > 0);
  if (circulated.length > 0) {
    table(
      NOTICE_TABLES.findings,
      [...byUnit].flatMap(([code, records], i) =>
        records.map((r, k): CellValue[] => {
          const finding = clip(r.finding, 3, r.origin);
          return k === 0 ? [i + 1, nameOf(code), r.date, finding] : [null, null, r.date, finding];
        })
      )
    );
  }
  blank();

  heading(NOTICE_HEADINGS.lagging);
  const behind = report.tasks.filter((t) => t.status === "逾期" || t.status === "滞后").sort(byStatusThenSeq);
  const silent = report.tasks.filter((t) => t.status === "未报送");
  if (behind.length === 0) text("无滞后和逾期的重点工作。");
  else {
    text(`逾期 ${report.statusCounts.逾期} 项、滞后 ${report.statusCounts.滞后} 项：`, true);
    table(NOTICE_TABLES.tasks, behind.map(taskRow));
  }
  if (silent.length > 0) {
    text(`另有 ${silent.length} 项重点工作的牵头单位未按报送周期报送进度：`, true);
    table(NOTICE_TABLES.tasks, silent.map(taskRow));
  }
  blank();

  heading(NOTICE_HEADINGS.rectification);
  const ledger = report.inspections;
  if (ledger.total.found === 0) text("自查自纠尚未登记问题。");
  else {
    const total: CellValue[] = [null, "合计", ledger.total.found, ledger.total.closed, ledger.total.rate, ledger.total.overdue];
    table(NOTICE_TABLES.categories, [
      ...ledger.byCategory.map((c, i): CellValue[] => [i + 1, c.category, c.found, c.closed, c.rate, c.overdue]),
      total,
    ]);
  }
  if (ledger.overdueItems.length > 0) {
    text(`超过整改时限尚未整改的问题 ${ledger.overdueItems.length} 个：`, true);
    table(
      NOTICE_TABLES.overdue,
      ledger.overdueItems.map((item, i) => overdueRow(item, i + 1, nameOf))
    );
  }
  blank();

  heading(NOTICE_HEADINGS.requirements);
  const requirements = meta.requirements ?? DEFAULT_REQUIREMENTS;
  // The last point, the 落款 and its date stay on one page.
  requirements.forEach((line, i) => text(line, i === requirements.length - 1));
  lines.push(
    { cells: [], keepWithNext: true },
    { cells: signatureLine(NOTICE_SIGNATURE), keepWithNext: true },
    { cells: signatureLine(report.asOf) }
  );

  const widened = lines.map((l) => ({ ...l, cells: [...l.cells, ...Array<CellValue>(Math.max(WIDTHS.length - l.cells.length, 0)).fill(null)] }));
  const pages = paginate(widened, WIDTHS, WRAP_COLUMNS);
  return {
    name: noticeSheetName(report.batch),
    rows: pages.rows,
    widths: WIDTHS,
    headingRows: pages.boldRows,
    // The tables follow one another, so no one table header can stay in view: the title and its date do.
    frozenRows: 2,
    // Print titles repeat one row range on every page, and the notice has several tables:
    // the notice paginates itself instead, repeating each table's header where it continues.
    print: {
      orientation: "portrait",
      fitToWidth: true,
      wrapColumns: WRAP_COLUMNS,
      rowHeights: pages.rowHeights,
      alignTop: true,
      pageBreaks: pages.pageBreaks,
    },
  };
}

function taskRow(t: TaskStatus): CellValue[] {
  const words = t.latest === null ? "（牵头单位未报送进度）" : t.latest.notes.trim() || "（未填写进展情况）";
  // A stale report's words are old: say when they were written.
  const notes = t.status === "未报送" && t.latest !== null ? `（最近报送 ${t.latest.date}）${words}` : words;
  const content = clip(t.task.content, 3, t.task.origin);
  return [t.task.seq, t.lead.name, t.task.deadline, content, t.expected, t.latest?.percent ?? null, t.status, clip(notes, 7, t.latest?.origin)];
}

function overdueRow(item: SelfInspection, index: number, nameOf: (code: string) => string): CellValue[] {
  return [index, nameOf(item.unitCode), item.dueDate, clip(`${item.problemId} ${item.description}`, 3, item.origin), item.status, item.owner];
}

/** Text of column `col` (0-based) cut to the tallest printable row, pointing at the cell row that holds it whole. */
function clip(text: string, col: number, origin: Origin | undefined): string {
  return clipToRow(text, WIDTHS[col], origin ? `（全文见“${origin.sheet}”第 ${origin.row} 行）` : "");
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
