/** The one generic writer: domain records to rows of cells, in a schema's column order. */
import { isoToSerial } from "./dates";
import type { CellValue } from "./grid";
import type { ColumnSpec, SheetSchema } from "./schema";

/** The cell for one field value: dates become serials, lists of names are joined with 、, booleans 是/否. */
export function cellOf(column: ColumnSpec, value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  switch (column.type) {
    case "date":
      return isoToSerial(String(value));
    case "multi":
      return (value as string[]).join("、");
    case "yesno":
      return value ? "是" : "否";
    default:
      return value as CellValue;
  }
}

/** The header row of a schema. */
export function headerRow(schema: SheetSchema): CellValue[] {
  return schema.columns.map((c) => c.header);
}

/** Rows of cells for `records`, one per record, in the schema's column order. */
export function rowsOf(schema: SheetSchema, records: readonly object[]): CellValue[][] {
  return records.map((record) => schema.columns.map((c) => cellOf(c, (record as Record<string, unknown>)[c.field])));
}
