/**
 * Rows the reader could not read whole still go through every rule whose fields could be
 * read (issue: a 自查自纠 row marked 已整改 with no 完成日期 and three empty required cells
 * gets four findings, not three). The reader reports the cells it could not read and keeps
 * the rest of such a row apart; a rule asks for the fields it needs and sees the whole
 * records plus every partial one that has them. A field the reader could not read is
 * absent, so no rule ever reports a second time at a cell the reader already reported.
 */
import type { CampaignData, Origin } from "../types";

/** The record type of each sheet of the campaign. */
export type RecordOf<K extends keyof CampaignData> = CampaignData[K][number];

/** A row the reader left out: the fields it could read, and where the row is. */
export type PartialRecord<T> = Partial<T> & { origin?: Origin };

/** The rows of each sheet the reader left out because a cell could not be read (it has reported that cell). */
export type RejectedRecords = { [K in keyof CampaignData]?: readonly PartialRecord<RecordOf<K>>[] };

/** A record with the fields `F` read. */
export type WithFields<T, F extends keyof T> = Pick<T, F> & { origin?: Origin };

/** True when every field of `fields` was read on `record`. */
function hasFields<T, F extends keyof T>(record: PartialRecord<T>, fields: readonly F[]): record is WithFields<T, F> & PartialRecord<T> {
  return fields.every((f) => record[f] !== undefined);
}

/**
 * The whole records and the partial rows that have every field of `fields`, in worksheet row
 * order (the first of two rows with one key is the upper one, whichever was read whole).
 */
export function withFields<T extends { origin?: Origin }, F extends keyof T>(
  records: readonly T[],
  rejected: readonly PartialRecord<T>[] | undefined,
  fields: readonly F[]
): WithFields<T, F>[] {
  const partial = (rejected ?? []).filter((r): r is WithFields<T, F> & PartialRecord<T> => hasFields(r, fields));
  if (partial.length === 0) return [...records];
  const rowOf = (r: { origin?: Origin }) => r.origin?.row ?? 0;
  const merged: WithFields<T, F>[] = [];
  let p = 0;
  for (const record of records) {
    while (p < partial.length && rowOf(partial[p]) < rowOf(record)) merged.push(partial[p++]);
    merged.push(record);
  }
  while (p < partial.length) merged.push(partial[p++]);
  return merged;
}
