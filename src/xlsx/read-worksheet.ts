/** exceljs cells to the neutral grid: formulas give their cached result, rich text its text, links their text. */
import type { CellValue as XCellValue, Worksheet } from "exceljs";
import type { CellValue, MergedArea, SheetGrid } from "../sheets/grid";

/** The neutral value of one exceljs cell value. */
function cellValueOf(value: XCellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  // exceljs reads an empty <v></v> as NaN and a number past a double ("1e309") as Infinity:
  // the first is a blank cell, the second Excel itself shows as #NUM!.
  if (typeof value === "number" && !Number.isFinite(value)) return Number.isNaN(value) ? null : { error: "#NUM!" };
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if (typeof value === "object") {
    if ("error" in value) return { error: String(value.error) };
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) return cellValueOf((value as { result?: XCellValue }).result as XCellValue);
    if ("hyperlink" in value) return cellValueOf((value as { text?: XCellValue }).text as XCellValue);
  }
  return String(value);
}

/** Reads a worksheet's used cells into a grid (rows[0] is row 1, columns from A), with its merged areas. */
export function readWorksheet(ws: Worksheet): SheetGrid {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as XCellValue[];
    const cells: CellValue[] = [];
    for (let c = 1; c < values.length; c++) cells.push(cellValueOf(values[c]));
    rows[rowNumber - 1] = cells;
  });
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { name: ws.name, rows, merges: mergesOf(ws) };
}

/**
 * Merged areas of a worksheet. `ws.model` would serialise the whole sheet just for them
 * (most of a read's time on a large sheet); exceljs keeps them in `_merges`, keyed by the
 * master cell, each with its dimensions.
 */
function mergesOf(ws: Worksheet): MergedArea[] {
  const merges = (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {};
  return Object.values(merges).map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
}
