/**
 * The print hints of an output sheet (SheetBlock.print) in an exceljs worksheet: A4 in
 * the hinted orientation, one page wide with rows flowing onto as many pages as needed,
 * the table header repeated on every page, wrapped long text, score formats, the
 * fill of rows that need attention, and the fixed row heights and manual page breaks of
 * a block that paginates itself.
 */
import type { Worksheet } from "exceljs";
import { centredHeader, HIGHLIGHT_FILL, PAGE_NUMBER_FOOTER, type SheetBlock } from "../sheets/grid";

/** exceljs's (and OOXML's) paper size code of A4. */
export const PAPER_A4 = 9;

/** ARGB of a "#RRGGBB" colour, opaque. */
function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/** Applies `block.print` to `ws`, which already holds the block's cells; a block without hints is left as it is. */
export function applyPageSetup(ws: Worksheet, block: SheetBlock): void {
  const print = block.print;
  if (!print) return;
  const titles = print.titleRows;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER_A4,
    orientation: print.orientation,
    fitToPage: print.fitToWidth,
    fitToWidth: 1,
    // 0: as many pages tall as the rows need (only the width is fitted).
    fitToHeight: 0,
    horizontalCentered: true,
    ...(titles ? { printTitlesRow: `${titles.first}:${titles.last}` } : {}),
  };
  if (print.pageHeader || print.pageNumbers) {
    ws.headerFooter = {
      ...ws.headerFooter,
      ...(print.pageHeader ? { oddHeader: centredHeader(print.pageHeader) } : {}),
      ...(print.pageNumbers ? { oddFooter: `&C${PAGE_NUMBER_FOOTER}` } : {}),
    };
  }
  const width = Math.max(block.widths?.length ?? 0, ...block.rows.map((r) => r?.length ?? 0));
  const wrap = new Set(print.wrapColumns ?? []);
  const formats = new Map((print.numberFormats ?? []).map((f) => [f.col, f.format]));
  block.rows.forEach((cells, r) => {
    cells?.forEach((value, c) => {
      if (value === null || value === undefined) return;
      const cell = ws.getCell(r + 1, c + 1);
      if (wrap.has(c + 1)) cell.alignment = { ...cell.alignment, wrapText: true, vertical: "top" };
      else if (print.alignTop) cell.alignment = { ...cell.alignment, vertical: "top" };
      const format = formats.get(c + 1);
      if (format && typeof value === "number") cell.numFmt = format;
    });
  });
  // Fixed heights (customHeight): the rows print as the block laid them out, in any application.
  (print.rowHeights ?? []).forEach((height, r) => {
    if (height !== null && height !== undefined) ws.getRow(r + 1).height = height;
  });
  // A break above row n is written on row n − 1 (OOXML's <brk id> is the last row of a page).
  for (const row of print.pageBreaks ?? []) if (row > 1) ws.getRow(row - 1).addPageBreak();
  for (const row of print.highlightRows ?? []) {
    for (let c = 1; c <= width; c++) ws.getCell(row, c).fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(HIGHLIGHT_FILL) } };
  }
}
