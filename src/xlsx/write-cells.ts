/** Writes neutral cells into an exceljs worksheet and replaces output sheets whole. */
import type { CellValue as XCellValue, Workbook, Worksheet } from "exceljs";
import { isCellError, type CellValue, type SheetBlock } from "../sheets/grid";
import { clipText, EXCEL_CELL_CHARS } from "../domain/text";
import { addDataBars } from "./data-bars";
import { applyPageSetup } from "./page-setup";

/**
 * The exceljs value of a neutral cell (an error cell is written as its text: output sheets
 * never carry live errors); text is clipped to Excel's 32,767 characters with “…”.
 */
function xValue(value: CellValue): XCellValue {
  if (isCellError(value)) return value.error;
  if (typeof value === "string") return clipText(value, EXCEL_CELL_CHARS);
  return value as XCellValue;
}

/** Writes rows into `ws` from row 1, leaving nulls empty. */
export function writeCells(ws: Worksheet, rows: readonly CellValue[][]): void {
  rows.forEach((cells, r) => {
    if (!cells || cells.length === 0) return;
    const row = ws.getRow(r + 1);
    cells.forEach((value, c) => {
      if (value !== null && value !== undefined) row.getCell(c + 1).value = xValue(value);
    });
  });
}

/** Replaces each block's sheet whole: the old sheet of that name is removed, a new one written. */
export function writeBlocksToWorkbook(wb: Workbook, blocks: readonly SheetBlock[]): void {
  for (const block of blocks) {
    const existing = wb.getWorksheet(block.name);
    if (existing) wb.removeWorksheet(existing.id);
    const ws = wb.addWorksheet(block.name, {
      views: block.frozenRows ? [{ state: "frozen", ySplit: block.frozenRows, xSplit: 0 }] : [],
    });
    (block.widths ?? []).forEach((width, i) => {
      ws.getColumn(i + 1).width = width;
    });
    writeCells(ws, block.rows);
    for (const r of block.headingRows ?? []) ws.getRow(r).font = { bold: true };
    for (const link of block.links ?? []) {
      const cell = ws.getCell(link.row, link.col);
      cell.value = { text: String(cell.value ?? link.target), hyperlink: `#${link.target}` };
      cell.font = { color: { argb: "FF0563C1" }, underline: true };
    }
    // Files cannot hold the block's charts: its figures get data bars (./data-bars).
    addDataBars(ws, block);
    applyPageSetup(ws, block);
  }
}
