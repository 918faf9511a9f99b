/**
 * 撤销上次汇总 (pure): reverts, row by row, what the last batch wrote, but only where the
 * row still holds what the batch wrote. A row changed since (the office corrected it, keyed a
 * report, a later file changed it) is kept and listed, never silently discarded.
 */
import { lastBatch, type CollectLogEntry, type LoggedChange } from "./log";
import { sameContent, type CollectKind, type CollectRecord, type CollectRecords } from "./keys";
import { restoreUnitRows } from "./merge";
import { keyedRows } from "./three-way";

/** A row the undo left as it is, because it was changed after the batch wrote it. */
export interface KeptRow {
  unitCode: string;
  kind: CollectKind;
  key: string;
  /** What the batch wrote (null: the batch removed the row). */
  written: CollectRecord | null;
  /** What the master holds now (null: the row is gone). */
  current: CollectRecord | null;
}

export interface UndoResult<D> {
  data: D;
  /** The log with the undone batch's entries marked undone. */
  log: CollectLogEntry[];
  /** The batch undone; undefined when no batch was left to undo (data and log unchanged). */
  batch?: string;
  /** Rows put back as they were, per kind. */
  restored: Partial<Record<CollectKind, number>>;
  /** Rows left as they are now, because they changed after the batch. */
  kept: KeptRow[];
}

const same = (a: CollectRecord | null | undefined, b: CollectRecord | null | undefined): boolean =>
  a == null || b == null ? (a ?? null) === (b ?? null) : sameContent(a, b);

/** Reverts one change in `rows` when the row still holds what it wrote; false (nothing done) otherwise. */
function revert<T extends CollectRecord>(kind: CollectKind, rows: T[], unitCode: string, change: LoggedChange): boolean {
  const own = rows.flatMap((r, i) => (r.unitCode === unitCode ? [i] : []));
  const keys = [
    ...keyedRows(
      kind,
      own.map((i) => rows[i])
    ).keys(),
  ];
  const n = keys.indexOf(change.key);
  const current = n < 0 ? null : rows[own[n]];
  if (!same(current, change.after)) return false;
  if (n >= 0 && change.before) rows[own[n]] = change.before as T;
  else if (n >= 0) rows.splice(own[n], 1);
  else if (change.before) rows.splice(Math.min(change.at ?? rows.length, rows.length), 0, change.before as T);
  return true;
}

/** The row of `key` of `unitCode` in `rows` now, or null. */
function rowNow(kind: CollectKind, rows: readonly CollectRecord[], unitCode: string, key: string): CollectRecord | null {
  return (
    keyedRows(
      kind,
      rows.filter((r) => r.unitCode === unitCode)
    ).get(key) ?? null
  );
}

/** Reverts the last batch (see the module comment); latest change first, so a row changed twice ends as it began. */
export function undoLastCollect<D extends CollectRecords>(data: D, log: readonly CollectLogEntry[]): UndoResult<D> {
  const batch = lastBatch(log);
  if (batch === undefined) return { data, log: [...log], restored: {}, kept: [] };
  const rows = { plans: [...data.plans], progress: [...data.progress], inspections: [...data.inspections] } as Record<CollectKind, CollectRecord[]>;
  const touched = new Set<CollectKind>();
  const restored: Partial<Record<CollectKind, number>> = {};
  const kept: KeptRow[] = [];
  const entries = log.filter((e) => e.batch === batch && !e.undone && e.status === "merged" && e.kind);
  for (const e of [...entries].reverse()) {
    const kind = e.kind!;
    if (e.changes) {
      for (const change of [...e.changes].reverse()) {
        if (revert(kind, rows[kind], e.unitCode, change)) {
          touched.add(kind);
          restored[kind] = (restored[kind] ?? 0) + 1;
        } else
          kept.push({
            unitCode: e.unitCode,
            kind,
            key: change.key,
            written: change.after,
            current: rowNow(kind, rows[kind], e.unitCode, change.key),
          });
      }
    } else if (e.replaced) {
      // A batch merged before merges were three-way replaced the unit's rows whole: put them back whole.
      rows[kind] = restoreUnitRows(rows[kind], e.unitCode, e.replaced);
      touched.add(kind);
      restored[kind] = (restored[kind] ?? 0) + e.replaced.rows.length;
    }
  }
  const out = { ...data };
  for (const kind of touched) (out as CollectRecords)[kind] = rows[kind] as never;
  kept.reverse();
  return { data: out, log: log.map((e) => (e.batch === batch ? { ...e, undone: true } : e)), batch, restored, kept };
}
