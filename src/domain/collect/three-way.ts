/**
 * The year-round merge of one unit's return into one record sheet, three-way (pure): the
 * rows the template carried out (its base), the rows the unit sent back, and the unit's
 * rows in the master now. The return's own changes (returned − base) are applied to the
 * master as it is; a row the unit never carried is never removed, and a row both the
 * unit and the office changed since the template went out is a conflict, never overwritten.
 *
 * Each sheet has a key and a meaning (see keys.ts): 工作进度 is a log of reports, 自查自纠 a
 * ledger of problems, 方案报送 one row per plan; all three are upserted by their key.
 */
import { zeroCounts, type RowCounts } from "./diff";
import { keyOf, sameContent, type CollectKind, type CollectRecord } from "./keys";

/** One row a merge adds (before null), changes, or removes (after null), by its key. */
export interface RowChange {
  /** The row's key, made unique by occurrence (see keyedRows). */
  key: string;
  before: CollectRecord | null;
  after: CollectRecord | null;
}

/** A row the unit changed (or added, or cleared) that the office also changed since the template went out. */
export interface RowConflict {
  kind: CollectKind;
  key: string;
  /** The row as the master holds it now (null: the office removed it). */
  master: CollectRecord | null;
  /** The row as the unit returned it (null: the unit cleared it). */
  returned: CollectRecord | null;
}

export interface SheetMerge {
  changes: RowChange[];
  conflicts: RowConflict[];
  counts: RowCounts;
}

/**
 * `rows` by key, a key repeated in one sheet (validation reports it) made unique by its
 * occurrence: its first occurrence pairs with the other side's first, its second with the second.
 */
export function keyedRows<T extends CollectRecord>(kind: CollectKind, rows: readonly T[]): Map<string, T> {
  const seen = new Map<string, number>();
  const out = new Map<string, T>();
  for (const row of rows) {
    const key = keyOf(kind, row);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    out.set(n === 0 ? key : `${key}#${n}`, row);
  }
  return out;
}

const same = (a: CollectRecord | undefined, b: CollectRecord | undefined): boolean =>
  a === undefined || b === undefined ? a === b : sameContent(a, b);

/**
 * The changes one return makes to one sheet of its unit. `base` null: a template handed out
 * before templates carried their rows (no base), merged additively: rows are added or
 * updated by key, none removed.
 */
export function mergeSheet(
  kind: CollectKind,
  base: readonly CollectRecord[] | null,
  returned: readonly CollectRecord[],
  current: readonly CollectRecord[]
): SheetMerge {
  const B = base === null ? null : keyedRows(kind, base);
  const R = keyedRows(kind, returned);
  const M = keyedRows(kind, current);
  const counts = zeroCounts();
  const changes: RowChange[] = [];
  const conflicts: RowConflict[] = [];
  const conflict = (key: string, m: CollectRecord | undefined, r: CollectRecord | undefined) =>
    conflicts.push({ kind, key, master: m ?? null, returned: r ?? null });
  /** The unit's change of `key` to `r` (undefined: cleared), applied when the master still holds `b`. */
  const apply = (key: string, b: CollectRecord | undefined, r: CollectRecord | undefined) => {
    const m = M.get(key);
    if (same(m, r)) {
      if (r) counts.unchanged += 1;
    } else if (same(m, b)) {
      changes.push({ key, before: m ?? null, after: r ?? null });
      if (!m) counts.added += 1;
      else if (!r) counts.removed += 1;
      else counts.changed += 1;
    } else conflict(key, m, r);
  };
  if (B === null) {
    // No base: every returned row is upserted against the master as it is; nothing is removed.
    for (const [key, r] of R) apply(key, M.get(key), r);
    return { changes, conflicts, counts };
  }
  for (const [key, r] of R) {
    const b = B.get(key);
    if (b && sameContent(b, r)) {
      // The unit left the row as it was handed out: whatever the master holds now stands.
      counts.unchanged += 1;
      continue;
    }
    apply(key, b, r);
  }
  for (const [key, b] of B) if (!R.has(key)) apply(key, b, undefined);
  return { changes, conflicts, counts };
}

/**
 * `rows` (a whole sheet) with `changes` of `unitCode` applied: a changed row keeps its place,
 * a removed row goes, an added row follows the unit's last row (or goes last). Returns the
 * new rows and, per change, the 0-based index the row held before (removals; for undo).
 */
export function applyChanges<T extends CollectRecord>(
  kind: CollectKind,
  rows: readonly T[],
  unitCode: string,
  changes: readonly RowChange[]
): { rows: T[]; at: (number | null)[] } {
  const own = rows.flatMap((r, i) => (r.unitCode === unitCode ? [i] : []));
  const index = new Map<string, number>();
  [
    ...keyedRows(
      kind,
      own.map((i) => rows[i])
    ),
  ].forEach(([key], n) => index.set(key, own[n]));
  const out: (T | null)[] = [...rows];
  const added: T[] = [];
  const at: (number | null)[] = [];
  for (const change of changes) {
    const i = index.get(change.key);
    at.push(i ?? null);
    if (i === undefined) {
      if (change.after) added.push(change.after as T);
    } else out[i] = (change.after as T | null) ?? null;
  }
  const last = own.length > 0 ? own[own.length - 1] : out.length - 1;
  const kept = (from: number, to: number) => out.slice(from, to).filter((r): r is T => r !== null);
  return { rows: [...kept(0, last + 1), ...added, ...kept(last + 1, out.length)], at };
}
