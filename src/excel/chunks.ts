/**
 * How rows are split over requests. Excel on the web rejects a request over 5 MB, so a
 * write is measured first: everything goes in one request when it fits the budget,
 * and otherwise rows are packed in order into as few requests as the budget allows —
 * the payload, never the row count, decides the number of round trips.
 */

/** Excel on the web's request limit: 5 MB. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * What one request may carry: the limit less about 1.2 MB for what the estimate does
 * not see (request framing, object paths, JSON escapes).
 */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/** Rows [start, end) of item `item` (a sheet). */
export interface RowSlice {
  item: number;
  start: number;
  end: number;
}

export interface Chunk {
  slices: RowSlice[];
  bytes: number;
}

/**
 * Packs the rows of several items into chunks of at most `budget` bytes, in order.
 * `fixedBytes` is what the first chunk carries besides rows (sheet creation, formats).
 * A single row larger than the budget still gets a chunk of its own.
 */
export function packRows(rowBytes: readonly (readonly number[])[], budget: number, fixedBytes = 0): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk = { slices: [], bytes: fixedBytes };
  let holdsRows = false;
  rowBytes.forEach((sizes, item) => {
    let start = 0;
    for (let row = 0; row < sizes.length; row++) {
      if (holdsRows && current.bytes + sizes[row] > budget) {
        if (row > start) current.slices.push({ item, start, end: row });
        chunks.push(current);
        current = { slices: [], bytes: 0 };
        holdsRows = false;
        start = row;
      }
      current.bytes += sizes[row];
      holdsRows = true;
    }
    if (sizes.length > start) current.slices.push({ item, start, end: sizes.length });
  });
  chunks.push(current);
  return chunks;
}
