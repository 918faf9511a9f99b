/**
 * 督查通报 as a sheet: the notice of one 督查批次, the same document as the Word file
 * (./notice-document), ready to print as a clean draft and circulate (五、问责追究: 督查情况在
 * 全市范围内通报). Each batch has its own sheet (督查通报-第一季度常规督查 …), so earlier
 * notices stay for comparison. Sentences sit in column A and run across the empty cells to
 * their right, cut into lines no wider than the page; every table is laid over the same six
 * columns (序号, a name, a short column, the long text, two short ones), their text columns
 * wrap. The notice lays out its own pages (./supervision-pages): each table that runs onto a
 * new page has its header repeated at the top of that page.
 */
import type { Origin } from "../../domain/types";
import { OUTPUT_SHEETS } from "../contract";
import type { CellValue, SheetBlock, SheetGrid } from "../grid";
import { NOTICE_SECTIONS, type NoticeDocument, type OfficeTexts } from "./notice-model";
import { officeTextOf } from "./notice-office-text";
import { clipToRow, fitLines, paginate, type NoticeLine } from "./supervision-pages";

/** Columns: A 序号, B a name, C a date or figure, D the long text, E and F short ones. About 60 Chinese characters: one A4 page wide. */
const WIDTHS = [7, 22, 13, 38, 14, 24];

/** The widest line of text in column A, in column units (2 for a CJK character), less a margin. */
const TEXT_UNITS = 108;

/** The text columns that wrap (1-based): all but 序号. */
const WRAP_COLUMNS = [2, 3, 4, 5, 6];

/** Column (0-based) of the 落款 and its date: the rightmost, so they sit at the right of the page. */
export const SIGNATURE_COLUMN = WIDTHS.length - 1;

/** A paragraph's first line opens with two full-width spaces, as a 公文's paragraphs do (and the reader finds paragraphs by them). */
const INDENT = "\u3000\u3000";

/** The sheet name of a batch's notice. */
export function noticeSheetName(batch: string): string {
  return `${OUTPUT_SHEETS.supervision}-${batch}`;
}

/**
 * The office's words on an earlier notice sheet of the batch: 二、主要做法和成效 (down to 三、)
 * and 五、下一步要求 (down to the 落款 in the signature column).
 */
export function officeTextsOf(grid: SheetGrid | undefined): OfficeTexts {
  return {
    practices: officeTextOf(grid, NOTICE_SECTIONS.practices, (row) => text(row[0]) === NOTICE_SECTIONS.problems),
    requirements: officeTextOf(grid, NOTICE_SECTIONS.requirements, (row) => text(row[SIGNATURE_COLUMN]) !== ""),
  };
}

/** The 督查通报 block of `doc`, laid onto A4 pages with each table's header at the top of every page it runs onto (./supervision-pages). */
export function supervisionNoticeBlock(doc: NoticeDocument, origins: ReadonlyMap<string, Origin> = new Map()): SheetBlock {
  const lines: NoticeLine[] = [];
  const paragraph = (line: string, keepWithNext = false) =>
    fitLines(line, TEXT_UNITS).forEach((part, i, all) => lines.push({ cells: [part], keepWithNext: keepWithNext || i < all.length - 1 }));
  lines.push({ cells: [doc.title], bold: true }, { cells: [doc.docNumber] }, { cells: [`（数据截至 ${doc.asOf}）`] }, { cells: [] });
  paragraph(doc.addressee);
  for (const b of doc.blocks) {
    if (b.kind === "heading") {
      // A blank row before each section, so the office has room to see where one ends.
      lines.push({ cells: [] }, { cells: [b.text], bold: true, keepWithNext: true });
    } else if (b.kind === "paragraph") {
      paragraph(`${INDENT}${b.lead ?? ""}${b.text}`, /：$/.test(b.text));
    } else {
      const header: CellValue[] = [...b.header];
      lines.push({ cells: header, bold: true, keepWithNext: true, table: { header, isHeader: true } });
      for (const row of b.rows)
        lines.push({ cells: row.map((cell, c) => tableCell(cell, c, b.numeric ?? [], origins)), table: { header, isHeader: false } });
    }
  }
  // The last point, the 落款 and its date stay on one page.
  if (lines.length > 0) lines[lines.length - 1] = { ...lines[lines.length - 1], keepWithNext: true };
  lines.push({ cells: [], keepWithNext: true }, { cells: signatureLine(doc.issuer), keepWithNext: true }, { cells: signatureLine(doc.date) });

  const widened = lines.map((l) => ({ ...l, cells: [...l.cells, ...Array<CellValue>(Math.max(WIDTHS.length - l.cells.length, 0)).fill(null)] }));
  const pages = paginate(widened, WIDTHS, WRAP_COLUMNS);
  return {
    name: noticeSheetName(doc.batch),
    rows: pages.rows,
    widths: WIDTHS,
    headingRows: pages.boldRows,
    // The tables follow one another, so no one table header can stay in view: the title, its number and its date do.
    frozenRows: 3,
    // Print titles repeat one row range on every page, and the notice has several tables:
    // the notice paginates itself instead, repeating each table's header where it continues.
    print: {
      orientation: "portrait",
      fitToWidth: true,
      wrapColumns: WRAP_COLUMNS,
      rowHeights: pages.rowHeights,
      alignTop: true,
      pageBreaks: pages.pageBreaks,
      // A draft to sign: numbered pages (the title is on the sheet itself, so no page header).
      pageNumbers: true,
    },
  };
}

/** A table cell: figures as numbers (so they sum and align), long text cut to the tallest printable row. */
function tableCell(cell: string, col: number, numeric: readonly number[], origins: ReadonlyMap<string, Origin>): CellValue {
  if (cell === "") return null;
  if (numeric.includes(col) && /^\d+(\.\d+)?$/.test(cell)) return Number(cell);
  const origin = origins.get(cell);
  return clipToRow(cell, WIDTHS[col], origin ? `（全文见“${origin.sheet}”第 ${origin.row} 行）` : "");
}

function signatureLine(value: string): CellValue[] {
  const line: CellValue[] = Array<CellValue>(SIGNATURE_COLUMN).fill(null);
  line.push(value);
  return line;
}

function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : value === null || value === undefined ? "" : String(value);
}
