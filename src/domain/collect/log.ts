/**
 * 汇总记录: what each batch did, one entry per file and sheet, with the rows each merge
 * replaced, so the last batch can be undone exactly (Excel's own undo does not survive
 * Office.js writes, and the command line has none).
 */
import type { RowCounts } from "./diff";
import type { CollectKind } from "./keys";
import type { ReplacedRows } from "./merge";

/** What became of one returned file. */
export type CollectStatus = "merged" | "unchanged" | "refused" | "unclaimed" | "conflict";

/** One line of 汇总记录. */
export interface CollectLogEntry {
  /** The batch id: its time as ISO 8601 (batches are ordered by it). */
  batch: string;
  file: string;
  sha256: string;
  unitCode: string;
  /** The collected kind; absent for a file that merged nothing (refused, unclaimed, conflict). */
  kind?: CollectKind;
  counts: RowCounts;
  status: CollectStatus;
  /** The reason shown to the office (Chinese). */
  reason: string;
  /** When the file's template was created (orders files of one unit from different distributions). */
  templateCreatedAt: string | null;
  /** The unit's rows this merge replaced (merged entries only). */
  replaced?: ReplacedRows;
  /** True once the batch was undone: the entry no longer counts as collected. */
  undone?: boolean;
}

/** The id of the latest batch not undone that merged something; undefined when there is none. */
export function lastBatch(log: readonly CollectLogEntry[]): string | undefined {
  let last: string | undefined;
  for (const e of log) if (!e.undone && e.status === "merged" && (last === undefined || e.batch > last)) last = e.batch;
  return last;
}

/** The latest entry, not undone, that merged a file of `unitCode` (what a new file for the unit replaces). */
export function lastMergedOf(log: readonly CollectLogEntry[], unitCode: string): CollectLogEntry | undefined {
  let found: CollectLogEntry | undefined;
  for (const e of log) {
    if (e.undone || e.status !== "merged" || e.unitCode !== unitCode) continue;
    if (!found || e.batch >= found.batch) found = e;
  }
  return found;
}
