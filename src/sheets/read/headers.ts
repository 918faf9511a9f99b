/**
 * Finds each column of a schema by its header name in row 1, wherever the unit moved
 * it, whatever extra columns it inserted and whatever spaces it typed around it.
 */
import * as R from "../../domain/catalogue/reading-rules";
import { findingOf, type Finding } from "../../domain/findings";
import { a1, type CellValue } from "../grid";
import type { SheetSchema } from "../schema";
import { looseKey } from "../../domain/text";

/** Column index (0-based) of each field found, and the findings about the header row. */
export interface HeaderMap {
  columns: Map<string, number>;
  findings: Finding[];
}

/** Maps each field of `schema` to its column in `headerRow`; a missing header is an error at row 1 (a note for a column added later). */
export function mapHeaders(schema: SheetSchema, headerRow: readonly CellValue[]): HeaderMap {
  const seen = new Map<string, number>();
  const findings: Finding[] = [];
  headerRow.forEach((cell, index) => {
    if (typeof cell !== "string") return;
    const key = looseKey(cell);
    if (key === "") return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else if (schema.columns.some((c) => looseKey(c.header) === key)) {
      findings.push(findingOf(R.HEADER_DUPLICATE, schema.name, a1(1, index + 1), { header: cell.trim(), first: a1(1, first + 1) }));
    }
  });
  const columns = new Map<string, number>();
  for (const column of schema.columns) {
    const index = seen.get(looseKey(column.header));
    if (index === undefined && column.addedLater !== undefined) {
      const cell = a1(1, Math.max(headerRow.length, 0) + 1);
      findings.push(findingOf(R.HEADER_ADDED_LATER, schema.name, cell, { sheet: schema.name, header: column.header, meaning: column.addedLater }));
    } else if (index === undefined) {
      const cell = a1(1, Math.max(headerRow.length, 0) + 1);
      findings.push(findingOf(R.HEADER_MISSING, schema.name, cell, { sheet: schema.name, header: column.header }));
    } else columns.set(column.field, index);
  }
  return { columns, findings };
}
