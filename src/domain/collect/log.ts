/**
 * 汇总记录: what each batch did, one entry per file and sheet, with every row each merge
 * added, changed or removed (before and after), so the last batch can be undone row by row
 * without discarding later work (Excel's own undo does not survive Office.js writes, and the
 * command line has none), and so a file sent again is judged against what its unit already sent.
 */
import type { RowCounts } from "./diff";
import type { CollectKind } from "./keys";
import type { ReplacedRows } from "./merge";
import type { RowChange } from "./three-way";

/** What became of one returned file. */
export type CollectStatus = "merged" | "unchanged" | "refused" | "unclaimed" | "conflict";

/** A change a merge made, with the 0-based index its row held in the sheet before (null for a row added). */
export interface LoggedChange extends RowChange {
  at: number | null;
}

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
  /** The hash of the base the file's template carried (files of one template share it); absent for templates without one. */
  baseHash?: string;
  /** The rows this merge changed (merged entries). */
  changes?: LoggedChange[];
  /** The unit's rows a merge replaced whole (entries written before merges were three-way; undo still honours them). */
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

/** The latest entry, not undone, that merged a file of `unitCode`. */
export function lastMergedOf(log: readonly CollectLogEntry[], unitCode: string): CollectLogEntry | undefined {
  let found: CollectLogEntry | undefined;
  for (const e of log) {
    if (e.undone || e.status !== "merged" || e.unitCode !== unitCode) continue;
    if (!found || e.batch >= found.batch) found = e;
  }
  return found;
}

/** The entry, not undone, that merged the very file `sha256` for `unitCode` (a file sent again). */
export function mergedBefore(log: readonly CollectLogEntry[], unitCode: string, sha256: string): CollectLogEntry | undefined {
  return log.find((e) => !e.undone && e.status === "merged" && e.unitCode === unitCode && sha256 !== "" && e.sha256 === sha256);
}
