/**
 * The merges of 汇总记录 entries written before merges were three-way: a unit's rows were
 * replaced whole. Kept so 撤销上次汇总 still undoes such a batch exactly.
 */
import type { CollectRecord } from "./keys";

/** What a whole-unit merge replaced in one sheet: the unit's rows before and where each stood. */
export interface ReplacedRows {
  rows: CollectRecord[];
  /** The 0-based index of each replaced row among the sheet's records before the merge. */
  at: number[];
}

/**
 * Undoes a whole-unit replacement: removes the unit's current rows and puts `before` back at
 * the places they held (the other rows kept their relative order, so the indices still fit).
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
