/** The one generic writer: domain records to rows of cells, in a schema's column order. */
import { isoToSerial } from "./dates";
import type { CellValue } from "./grid";
import type { ColumnSpec, SheetSchema } from "./schema";

/** The cell for one field value: dates become serials, lists of names are joined with 、, booleans 是/否. */
export function cellOf(column: Pick<ColumnSpec, "type">, value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  switch (column.type) {
    case "date":
      return isoToSerial(String(value));
    case "multi":
      return Array.isArray(value) ? value.join("、") : String(value);
    case "yesno":
      return value ? "是" : "否";
    default:
      return typeof value === "number" || typeof value === "boolean" || value instanceof Date ? value : String(value);
  }
}

/** The header row of a schema. */
export function headerRow(schema: SheetSchema): CellValue[] {
  return schema.columns.map((c) => c.header);
}

/** Rows of cells for `records`, one per record, in the schema's column order. */
export function rowsOf<T>(schema: SheetSchema<T>, records: readonly T[]): CellValue[][] {
  return records.map((record) => schema.columns.map((c) => cellOf(c, record[c.field])));
}
