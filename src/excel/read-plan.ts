/**
 * How a large read is cut to fit Excel on the web, which refuses a response over 5 MB
 * (ResponsePayloadSizeLimitExceeded): a score row costs about 75 bytes with its
 * valueTypes, so one read of a whole sheet crosses the limit near 70,000 rows.
 *
 * - The first round trip carries the probe (each used range's position and size), the
 *   first EAGER_ROWS worksheet rows of every sheet with values and valueTypes, merged
 *   areas and the marking probe. Up to about 25,000 rows a sheet, that is the whole read.
 * - The rest of a taller sheet is read in row windows of `values` only: valueTypes are
 *   half the response and matter only to tell an error cell (#N/A) from text, and every
 *   error's value is text starting with "#". So a window whose values hold such text has
 *   the valueTypes of just the rectangle around those cells read in the next round trip
 *   (in the same request as the next windows; one more round trip only after the last).
 * - Windows are sized from the bytes per row measured on the sheet's first rows (times
 *   SAFETY) and packed into round trips of at most READ_BUDGET_BYTES each, several
 *   windows, from several sheets, to a round trip.
 *
 * Round trips of a read, for sheets whose extra rows (those past EAGER_ROWS) look like
 * the first ones:
 *
 *     syncs = 1 + ceil( Σ_sheets extraRows × bytesPerRow × SAFETY / READ_BUDGET_BYTES )
 *
 * Text starting with "#" past the first rows (an error, or text that looks like one)
 * adds the value types of the rectangle around it, about TYPE_CELL_BYTES a cell, to the
 * next round trip, and costs one round trip more when it is in the last one.
 *
 * where bytesPerRow is the JSON of a row's values (30–40 bytes for a score row: unit
 * code, group, evaluator, score). So 20,000 score rows take 1 round trip, 100,000 take
 * 2 and 1,000,000 take 11 or 12 (the benchmark's rows: 12, each response about 3.3 MB
 * as the strict fake weighs it). If an estimate proves short and Excel refuses a round
 * trip, its windows are halved and read again (see ./read-sheets); if the first round
 * trip overflows (several sheets tall and wide at once), it is sent again as a probe
 * alone and every sheet is read in windows: two round trips more.
 */

/** Worksheet rows 1..EAGER_ROWS of every sheet are read in the first round trip. */
export const EAGER_ROWS = 25_000;
/** What one read round trip's response may carry by estimate: the 5 MB limit less room for framing and misestimates. */
export const READ_BUDGET_BYTES = 4_000_000;
/** The largest window (one range read) by estimate, so that a round trip holds several and a retry can halve them. */
export const WINDOW_BYTES = 1_000_000;
/** Margin on a measured row size: later rows may be longer than the first ones. */
export const SAFETY = 1.25;
/** A cell's values-only cost when none of its sheet was seen yet: ten Chinese characters in quotes. */
export const UNSEEN_CELL_BYTES = 32;
/** The least a cell costs in `values` (`"",`). */
const MIN_CELL_BYTES = 3;
/** A cell's cost in `valueTypes` ("Boolean", with its comma), and its margin. */
export const TYPE_CELL_BYTES = 12;
/** A range read's own framing: its object path, load action and result entry. */
export const READ_OVERHEAD_BYTES = 512;

/** A rectangle of one sheet, 0-based: rows [top, top + rows) and columns [left, left + cols). */
export interface Block {
  sheet: number;
  top: number;
  rows: number;
  left: number;
  cols: number;
}

/** One range read: `values` of a window, or `valueTypes` of cells that may be errors. */
export interface ReadJob {
  kind: "values" | "types";
  block: Block;
  /** Estimated response bytes. */
  bytes: number;
}

/** Estimated `values` bytes per row of a sheet `cols` wide, from a measured sample of its rows when there is one. */
export function rowBytes(cols: number, sample?: { bytes: number; rows: number }): number {
  const floor = cols * MIN_CELL_BYTES + 2;
  if (!sample || sample.rows === 0) return Math.max(floor, cols * UNSEEN_CELL_BYTES);
  return Math.max(floor, Math.ceil((sample.bytes / sample.rows) * SAFETY));
}

/** Cuts rows [top, bottom) of a sheet into windows of at most `windowBytes` by estimate (at least one row each). */
export function windows(area: Block, perRow: number, windowBytes = WINDOW_BYTES): ReadJob[] {
  const step = Math.max(1, Math.floor((windowBytes - READ_OVERHEAD_BYTES) / perRow));
  const jobs: ReadJob[] = [];
  for (let top = area.top; top < area.top + area.rows; top += step) {
    const rows = Math.min(step, area.top + area.rows - top);
    jobs.push({ kind: "values", block: { ...area, top, rows }, bytes: READ_OVERHEAD_BYTES + rows * perRow });
  }
  return jobs;
}

/** The valueTypes read for a rectangle. */
export function typesJob(block: Block): ReadJob {
  return { kind: "types", block, bytes: READ_OVERHEAD_BYTES + block.rows * (block.cols * TYPE_CELL_BYTES + 2) };
}

/**
 * Takes the next round trip's jobs from the front of `queue` (removing them): at least
 * one, then as many as fit `budget` by estimate.
 */
export function nextBatch(queue: ReadJob[], budget = READ_BUDGET_BYTES): ReadJob[] {
  const batch: ReadJob[] = [];
  let bytes = 0;
  while (queue.length > 0 && (batch.length === 0 || bytes + queue[0].bytes <= budget)) {
    const job = queue.shift() as ReadJob;
    bytes += job.bytes;
    batch.push(job);
  }
  return batch;
}

/**
 * A job cut in two halves by rows, each keeping the whole's estimate (so the estimate per
 * row doubles: it proved short); null for a single row, which cannot be cut.
 */
export function halve(job: ReadJob): ReadJob[] | null {
  const { block } = job;
  if (block.rows < 2) return null;
  const first = Math.ceil(block.rows / 2);
  return [
    { ...job, block: { ...block, rows: first } },
    { ...job, block: { ...block, top: block.top + first, rows: block.rows - first } },
  ];
}
