/** exceljs cells to the neutral grid: formulas give their cached result, rich text its text, links their text. */
import type { CellValue as XCellValue, Worksheet } from "exceljs";
import type { CellValue, MergedArea, SheetGrid } from "../sheets/grid";
import { parseA1 } from "../sheets/grid";

/** The neutral value of one exceljs cell value. */
export function cellValueOf(value: XCellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
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

function mergesOf(ws: Worksheet): MergedArea[] {
  const ranges = ((ws.model as { merges?: string[] }).merges ?? []).filter((r) => r.includes(":"));
  return ranges.map((range) => {
    const [from, to] = range.split(":").map(parseA1);
    return { top: from.row, left: from.col, bottom: to.row, right: to.col };
  });
}
