/**
 * The print hints of an output sheet (SheetBlock.print) in Excel: A4 in the hinted
 * orientation, one page wide with rows flowing onto as many pages as they need, centred,
 * the table header repeated on every page (all ExcelApi 1.9, Worksheet.pageLayout); and,
 * on any Excel, wrapped long text, score formats and the fill of rows needing review.
 * Without ExcelApi 1.9 the page setup is left out and the sheet prints with Excel's
 * defaults: its contents, wrap, formats and fills are the same (requirements.ts lists the
 * set as optional, so the pane says what is missing).
 */
import type { CellValue, SheetBlock } from "../sheets/grid";
import { HIGHLIGHT_FILL } from "../sheets/grid";
import { jsonBytes } from "./cells";
import type { RowSlice } from "./chunks";

/** What the page setup and the whole-column wraps add to a sheet's first request. */
export const PAGE_LAYOUT_BYTES = 1_500;
/** Per highlighted row: the fill's range and colour. */
const FILL_BYTES = 200;

/** Bytes the print hints add to each row's share of a request (number formats and fills travel with the rows). */
export function printRowBytes(block: SheetBlock, row: number): number {
  const print = block.print;
  if (!print) return 0;
  let bytes = 0;
  for (const f of print.numberFormats ?? []) bytes += jsonBytes([typeof block.rows[row]?.[f.col - 1] === "number" ? f.format : null]) + 1;
  return bytes + (print.highlightRows?.includes(row + 1) ? FILL_BYTES : 0);
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
  if (!pageLayout) return;
  const layout = sheet.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  // 0 pages tall: as many as the rows need; only the width is fitted.
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.centerHorizontally = true;
  if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
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
  for (const row of print.highlightRows ?? []) {
    if (row - 1 >= slice.start && row - 1 < slice.end) sheet.getRangeByIndexes(row - 1, 0, 1, width).format.fill.color = HIGHLIGHT_FILL;
  }
}

function isNumber(value: CellValue | undefined): boolean {
  return typeof value === "number";
}
