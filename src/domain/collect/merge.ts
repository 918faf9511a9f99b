/**
 * Merge = replace one unit's rows in the sheets its file covers. Every other unit's rows
 * keep their values and their order; the unit's new rows take the place of its first old
 * row (or go last when it had none), so the master reads as before around them.
 */
import { COLLECT_KINDS, type CollectKind, type CollectRecord, type CollectRecords } from "./keys";

/** Replaces the rows of `unitCode` in `rows` with `incoming` (pure: a new array). */
export function replaceUnitRows<T extends CollectRecord>(rows: readonly T[], unitCode: string, incoming: readonly T[]): T[] {
  const at = rows.findIndex((r) => r.unitCode === unitCode);
  const others = rows.filter((r) => r.unitCode !== unitCode);
  const place = at < 0 ? others.length : rows.slice(0, at).filter((r) => r.unitCode !== unitCode).length;
  return [...others.slice(0, place), ...incoming, ...others.slice(place)];
}

/** What a merge replaced in one sheet: the unit's rows before and where each stood (to restore them exactly on undo). */
export interface ReplacedRows {
  rows: CollectRecord[];
  /** The 0-based index of each replaced row among the sheet's records before the merge. */
  at: number[];
}

/** What a merge replaced, per sheet. */
export type Replaced = Partial<Record<CollectKind, ReplacedRows>>;

/**
 * Undoes replaceUnitRows: removes the unit's current rows and puts `before` back at the
 * places they held (the other rows kept their relative order, so the indices still fit).
 */
export function restoreUnitRows<T extends CollectRecord>(
  rows: readonly T[],
  unitCode: string,
  before: { rows: readonly T[]; at: readonly number[] }
): T[] {
  const out = rows.filter((r) => r.unitCode !== unitCode);
  before.rows.forEach((row, i) => out.splice(Math.min(before.at[i] ?? out.length, out.length), 0, row));
  return out;
}

/**
 * Replaces the rows of `unitCode` in `kinds` with the file's, returning the new records and
 * the rows replaced. Records of kinds not covered are returned as they were.
 */
export function mergeUnit<D extends CollectRecords>(
  master: D,
  unitCode: string,
  incoming: CollectRecords,
  kinds: readonly CollectKind[] = COLLECT_KINDS
): { data: D; replaced: Replaced } {
  const replaced: Replaced = {};
  /** One kind's rows merged (the very same array when the file does not cover the kind). */
  const merge = <T extends CollectRecord>(kind: CollectKind, rows: T[], fromFile: readonly T[]): T[] => {
    if (!kinds.includes(kind)) return rows;
    const at = rows.flatMap((r, i) => (r.unitCode === unitCode ? [i] : []));
    replaced[kind] = { rows: at.map((i) => rows[i]), at };
    return replaceUnitRows(rows, unitCode, fromFile);
  };
  const data: D = {
    ...master,
    plans: merge("plans", master.plans, incoming.plans),
    progress: merge("progress", master.progress, incoming.progress),
    inspections: merge("inspections", master.inspections, incoming.inspections),
  };
  return { data, replaced };
}
