/**
 * The print hints of an output sheet (SheetBlock.print) in Excel: A4 in the hinted
 * orientation, one page wide with rows flowing onto as many pages as they need, centred,
 * the table header repeated on every page, the manual page breaks of a block that lays
 * out its own pages (all ExcelApi 1.9, Worksheet.pageLayout and horizontalPageBreaks);
 * and, on any Excel, wrapped long text, score formats, the fill of rows needing review,
 * fixed row heights and cells aligned to the top of their rows.
 * Without ExcelApi 1.9 the page setup is left out and the sheet prints with Excel's
 * defaults: its contents, wrap, formats and fills are the same (requirements.ts lists the
 * set as optional, so the pane says what is missing).
 */
import type { CellValue, SheetBlock } from "../sheets/grid";
import { headerText, HIGHLIGHT_FILL, PAGE_NUMBER_FOOTER } from "../sheets/grid";
import { jsonBytes } from "./cells";
import type { RowSlice } from "./chunks";

/** What the page setup, the whole-column wraps and the page header and footer (Chinese text, escaped) add to a sheet's first request. */
export const PAGE_LAYOUT_BYTES = 2_500;
/** Per highlighted row: the fill's range and colour. */
const FILL_BYTES = 200;
/** Per row of fixed height: its share of a height's range (runs of equal heights share one). */
const ROW_HEIGHT_BYTES = 120;
/** Per manual page break: the break's range. */
const PAGE_BREAK_BYTES = 120;

/** Bytes the print hints add to each row's share of a request (number formats and fills travel with the rows). */
export function printRowBytes(block: SheetBlock, row: number): number {
  const print = block.print;
  if (!print) return 0;
  let bytes = 0;
  for (const f of print.numberFormats ?? []) bytes += jsonBytes([typeof block.rows[row]?.[f.col - 1] === "number" ? f.format : null]) + 1;
  const height = print.rowHeights?.[row] !== undefined && print.rowHeights[row] !== null ? ROW_HEIGHT_BYTES : 0;
  return bytes + height + (print.highlightRows?.includes(row + 1) ? FILL_BYTES : 0);
}

/**
 * Queues the sheet-wide part: the page setup (only with `pageLayout`, i.e. ExcelApi 1.9)
 * and the wrap of whole hinted columns over the block's rows. Called once per staged sheet.
 */
export function queuePageLayout(sheet: Excel.Worksheet, block: SheetBlock, pageLayout: boolean): void {
  const print = block.print;
  if (!print) return;
  const height = Math.max(block.rows.length, 1);
  for (const col of print.wrapColumns ?? []) {
    sheet.getRangeByIndexes(0, col - 1, height, 1).format.wrapText = true;
  }
  if (print.alignTop) {
    const width = Math.max(block.widths?.length ?? 0, ...block.rows.map((r) => r?.length ?? 0), 1);
    sheet.getRangeByIndexes(0, 0, height, width).format.verticalAlignment = "Top";
  }
  if (!pageLayout) return;
  const layout = sheet.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  // 0 pages tall: as many as the rows need; only the width is fitted.
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.centerHorizontally = true;
  if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
  // The title and its date at the top, 第 &P 页 共 &N 页 at the foot (the same codes as in a file; ExcelApi 1.9).
  const pages = layout.headersFooters.defaultForAllPages;
  if (print.pageHeader) pages.centerHeader = headerText(print.pageHeader);
  if (print.pageNumbers) pages.centerFooter = PAGE_NUMBER_FOOTER;
  // Breaks above these rows end the pages a block laid out itself (same requirement set, ExcelApi 1.9).
  for (const row of print.pageBreaks ?? []) if (row > 1) sheet.horizontalPageBreaks.add(`A${row}`);
}

/** What the manual page breaks add to the sheet's first request. */
export function pageBreakBytes(block: SheetBlock): number {
  return (block.print?.pageBreaks?.length ?? 0) * PAGE_BREAK_BYTES;
}

/** Queues the row-bound part for the rows of `slice`: score formats on numeric cells, and the fill of review rows. */
export function queuePrintCells(sheet: Excel.Worksheet, block: SheetBlock, width: number, slice: RowSlice): void {
  const print = block.print;
  if (!print || slice.end <= slice.start) return;
  const length = slice.end - slice.start;
  for (const { col, format } of print.numberFormats ?? []) {
    const formats = block.rows.slice(slice.start, slice.end).map((row) => [isNumber(row?.[col - 1]) ? format : null]);
    // null leaves a cell's format as it is: text in a score column keeps General.
    if (formats.some(([f]) => f !== null)) sheet.getRangeByIndexes(slice.start, col - 1, length, 1).numberFormat = formats as string[][];
  }
  queueRowHeights(sheet, print.rowHeights ?? [], slice);
  for (const row of print.highlightRows ?? []) {
    if (row - 1 >= slice.start && row - 1 < slice.end) sheet.getRangeByIndexes(row - 1, 0, 1, width).format.fill.color = HIGHLIGHT_FILL;
  }
}

/**
 * Fixed heights of the slice's rows, one range per run of equal heights. Set after the
 * values: Excel fits a wrapped row's height when its text is written, and a height set
 * afterwards stays (a custom height), so the rows print as the block laid them out.
 */
function queueRowHeights(sheet: Excel.Worksheet, heights: readonly (number | null)[], slice: RowSlice): void {
  let start = slice.start;
  for (let row = slice.start; row <= slice.end; row++) {
    const height = heights[start];
    if (row < slice.end && heights[row] === height) continue;
    if (height !== null && height !== undefined && row > start) sheet.getRangeByIndexes(start, 0, row - start, 1).format.rowHeight = height;
    start = row;
  }
}

function isNumber(value: CellValue | undefined): boolean {
  return typeof value === "number";
}
