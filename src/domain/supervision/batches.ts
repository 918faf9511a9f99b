/**
 * Choosing the 督查批次 a notice is about (五: 每季度常规督查; 上、下半年各一次集中督查) and
 * its records as of a date.
 */
import { supervisionBatches } from "../campaign";
import { DEFAULT_YEAR, type Settings } from "../settings";
import type { IsoDate, SupervisionFinding } from "../types";

/** The names of every batch, in the order of 督查记录's dropdown (the names are the same in every year). */
export const BATCH_NAMES: readonly string[] = supervisionBatches({ year: DEFAULT_YEAR }).map((b) => b.name);

/** True when `name` is one of the six batches. */
export function isBatchName(name: string): boolean {
  return BATCH_NAMES.includes(name);
}

/**
 * The batch of the inspection carried out last on or before `asOf` (on one day, the batch
 * whose window ends later, so a concentrated inspection wins over its quarter's routine
 * one); with no record yet, the quarter that holds `asOf` (its notice then reports none).
 */
export function defaultBatch(records: readonly SupervisionFinding[], settings: Pick<Settings, "year">, asOf: IsoDate): string {
  const batches = supervisionBatches(settings);
  const windowEnd = new Map(batches.map((b) => [b.name, b.to]));
  let best: SupervisionFinding | undefined;
  for (const r of records) {
    if (r.date > asOf || !windowEnd.has(r.batch)) continue;
    if (!best || r.date > best.date || (r.date === best.date && (windowEnd.get(r.batch) ?? "") > (windowEnd.get(best.batch) ?? ""))) best = r;
  }
  if (best) return best.batch;
  const quarters = batches.slice(0, 4);
  return (quarters.find((q) => asOf >= q.from && asOf <= q.to) ?? (asOf < quarters[0].from ? quarters[0] : quarters[3])).name;
}

/** The records of `batch` dated on or before `asOf`, in sheet order. */
export function batchRecords(records: readonly SupervisionFinding[], batch: string, asOf: IsoDate): SupervisionFinding[] {
  return records.filter((r) => r.batch === batch && r.date <= asOf);
}
