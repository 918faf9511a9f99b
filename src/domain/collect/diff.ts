/** Compares a unit's rows in a returned file with its rows in the master, sheet by sheet (pure). */
import { COLLECT_KINDS, keyOf, sameContent, type CollectKind, type CollectRecord, type CollectRecords } from "./keys";

/** How a sheet's rows of one unit change when the file replaces them. */
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

/** True when replacing would change nothing. */
export function isUnchanged(c: RowCounts): boolean {
  return c.added === 0 && c.changed === 0 && c.removed === 0;
}

/**
 * Keys made unique by occurrence: a key repeated in one sheet (validation reports it) still
 * pairs its first occurrence with the other side's first, its second with the second.
 */
function keyed(kind: CollectKind, rows: readonly CollectRecord[]): Map<string, CollectRecord> {
  const seen = new Map<string, number>();
  const out = new Map<string, CollectRecord>();
  for (const row of rows) {
    const key = keyOf(kind, row);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    out.set(`${key}#${n}`, row);
  }
  return out;
}

/** Rows new, changed, unchanged and removed when `incoming` replaces `current` (both one unit's rows of one sheet). */
export function diffRows(kind: CollectKind, current: readonly CollectRecord[], incoming: readonly CollectRecord[]): RowCounts {
  const before = keyed(kind, current);
  const counts = zeroCounts();
  for (const [key, row] of keyed(kind, incoming)) {
    const old = before.get(key);
    if (!old) counts.added += 1;
    else if (sameContent(old, row)) counts.unchanged += 1;
    else counts.changed += 1;
    before.delete(key);
  }
  counts.removed = before.size;
  return counts;
}

/** The rows of `unitCode` among `rows`. */
export function rowsOfUnit<T extends CollectRecord>(rows: readonly T[], unitCode: string): T[] {
  return rows.filter((r) => r.unitCode === unitCode);
}

/** Per sheet covered, the change a unit's file makes to the master's rows of that unit. */
export function diffUnit(
  master: CollectRecords,
  unitCode: string,
  incoming: CollectRecords,
  kinds: readonly CollectKind[] = COLLECT_KINDS
): Partial<Record<CollectKind, RowCounts>> {
  const out: Partial<Record<CollectKind, RowCounts>> = {};
  for (const kind of kinds) out[kind] = diffRows(kind, rowsOfUnit<CollectRecord>(master[kind], unitCode), incoming[kind]);
  return out;
}
