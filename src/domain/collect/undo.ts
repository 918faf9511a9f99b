/** 撤销上次汇总: puts back exactly the rows the last batch replaced (pure). */
import { lastBatch, type CollectLogEntry } from "./log";
import type { CollectRecord, CollectRecords } from "./keys";
import { restoreUnitRows } from "./merge";

export interface UndoResult<D> {
  data: D;
  /** The log with the undone batch's entries marked undone. */
  log: CollectLogEntry[];
  /** The batch undone; undefined when no batch was left to undo (data and log unchanged). */
  batch?: string;
}

/**
 * Restores, for every merge of the last batch, the unit's rows as they were before it:
 * latest merge first, so a unit merged twice in one batch (never, but cheap to honour)
 * ends with its oldest rows.
 */
export function undoLastCollect<D extends CollectRecords>(data: D, log: readonly CollectLogEntry[]): UndoResult<D> {
  const batch = lastBatch(log);
  if (batch === undefined) return { data, log: [...log] };
  const out = { ...data };
  const entries = log.filter((e) => e.batch === batch && !e.undone && e.status === "merged" && e.kind);
  for (const e of [...entries].reverse()) {
    const kind = e.kind!;
    (out as CollectRecords)[kind] = restoreUnitRows(out[kind] as CollectRecord[], e.unitCode, e.replaced ?? { rows: [], at: [] }) as never;
  }
  return { data: out, log: log.map((e) => (e.batch === batch ? { ...e, undone: true } : e)), batch };
}
