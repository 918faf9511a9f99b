/** Row counts of a merge, and a unit's rows of a sheet (pure). */
import type { CollectRecord } from "./keys";

/** How a sheet's rows of one unit change when a file is merged. */
export interface RowCounts {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
}

/** Zero rows of each kind. */
export function zeroCounts(): RowCounts {
  return { added: 0, changed: 0, removed: 0, unchanged: 0 };
}

/** The sum of counts. */
export function addCounts(a: RowCounts, b: RowCounts): RowCounts {
  return { added: a.added + b.added, changed: a.changed + b.changed, removed: a.removed + b.removed, unchanged: a.unchanged + b.unchanged };
}

/** True when the merge changes nothing. */
export function isUnchanged(c: RowCounts): boolean {
  return c.added === 0 && c.changed === 0 && c.removed === 0;
}

/** The rows of `unitCode` among `rows`. */
export function rowsOfUnit<T extends CollectRecord>(rows: readonly T[], unitCode: string): T[] {
  return rows.filter((r) => r.unitCode === unitCode);
}
