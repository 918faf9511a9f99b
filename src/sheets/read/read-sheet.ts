/**
 * The one generic reader: a sheet's grid and its schema in, typed records out, with
 * findings instead of exceptions. Columns are found by header name; blank rows are
 * skipped; a record whose cells could not all be read is reported and left out, so
 * nothing is guessed, but what could be read of it is kept apart (`rejected`) so that
 * later rules know the row exists (a unit whose 单位类别 is mistyped is still a unit).
 */
import * as R from "../../domain/catalogue/reading-rules";
import { findingOf, type Finding } from "../../domain/findings";
import type { Settings } from "../../domain/settings";
import type { Origin } from "../../domain/types";
import { a1, isBlank, type CellValue, type MergedArea, type SheetGrid } from "../grid";
import type { PartialRecord } from "../../domain/validation/partial";
import type { FieldOf, SheetSchema } from "../schema";
import { coerceCell, NO_VALUE, type CoerceContext, type Coerced } from "./coerce";
import { mapHeaders } from "./headers";

export interface SheetRead<T> {
  records: (T & { origin: Origin })[];
  /** The rows left out because a cell could not be read (an error was reported there), with the fields that could. */
  rejected: (PartialRecord<T> & { origin: Origin })[];
  findings: Finding[];
  /** Column index (0-based) of each field, as found by header. */
  columns: Map<string, number>;
  /** True when every header of the schema was found. */
  complete: boolean;
}

/** Reads `grid` as `schema`: every non-blank row below the header becomes a record or a finding. */
export function readSheet<T>(
  grid: SheetGrid,
  schema: SheetSchema<T>,
  settings: Settings,
  lists: ReadonlyMap<string, ReadonlySet<string>>
): SheetRead<T> {
  const header = mapHeaders(schema, grid.rows[0] ?? []);
  const findings = header.findings;
  // A column added in a later version may be absent: its cells read as blank (mapHeaders noted it).
  const complete = schema.columns.every((c) => header.columns.has(c.field) || c.addedLater !== undefined);
  const records: (T & { origin: Origin })[] = [];
  const rejected: (PartialRecord<T> & { origin: Origin })[] = [];
  if (!complete) return { records, rejected, findings, columns: header.columns, complete };
  findings.push(...mergedFindings(grid.merges ?? [], schema.name));
  const ctx: CoerceContext = { sheet: schema.name, settings, lists, findings };
  const fields = schema.columns.map((column) => ({ column, index: header.columns.get(column.field) ?? -1 }));
  // One position for the whole sheet, moved cell by cell: coerceCell spells its address only for a finding.
  const at = { row: 0, col: 0 };
  for (let r = 1; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    if (!row || allBlank(row, fields)) continue;
    const read: Partial<T> = {};
    let readable = true;
    at.row = r + 1;
    for (const { column, index } of fields) {
      at.col = index + 1;
      const value = coerceCell(row[index] ?? null, column, at, ctx);
      if (value === NO_VALUE) readable = false;
      else setField(read, column.field, value);
    }
    const record = withOrigin(read, { sheet: schema.name, row: r + 1 });
    if (readable && isWhole(record, fields)) records.push(record);
    else rejected.push(record);
  }
  return { records, rejected, findings, columns: header.columns, complete };
}

/**
 * Sets a field to the value its column's type reads as. The schema binds the field's name to
 * the record type; the value's type follows from the column's type (coerceCell), which the
 * type system cannot see: this is the one place the reader trusts that pairing.
 */
function setField<T>(record: Partial<T>, field: FieldOf<T>, value: Coerced): void {
  record[field] = value as T[FieldOf<T>];
}

/** `read` itself with its origin set (no interim object: this runs once per row). */
function withOrigin<T>(read: Partial<T>, origin: Origin): Partial<T> & { origin: Origin } {
  const record = read as Partial<T> & { origin: Origin };
  record.origin = origin;
  return record;
}

/** True when the row is blank in every column of the schema. */
function allBlank(row: readonly CellValue[], fields: readonly { index: number }[]): boolean {
  for (const f of fields) if (!isBlank(row[f.index])) return false;
  return true;
}

/** True when every column's field was read, so the record is whole. */
function isWhole<T>(record: Partial<T> & { origin: Origin }, fields: readonly { column: { field: FieldOf<T> } }[]): record is T & { origin: Origin } {
  return fields.every((f) => f.column.field in record);
}

/** Merged cells below the header are an error: one row must be one record. */
function mergedFindings(merges: readonly MergedArea[], sheet: string): Finding[] {
  return merges
    .filter((m) => m.bottom >= 2)
    .map((m) => findingOf(R.AREA_MERGED, sheet, a1(Math.max(m.top, 2), m.left), { range: `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}` }));
}
