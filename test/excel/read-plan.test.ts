/** The pure read plan: row estimates, windows, batches under the budget, and halving a refused read. */
import fc from "fast-check";
import {
  halve,
  nextBatch,
  READ_OVERHEAD_BYTES,
  rowBytes,
  SAFETY,
  typesJob,
  UNSEEN_CELL_BYTES,
  windows,
  type ReadJob,
} from "../../src/excel/read-plan";
import { maybeErrors } from "../../src/excel/read-grid";

const area = (rows: number, cols = 4) => ({ sheet: 0, top: 25_000, rows, left: 0, cols });

describe("the read plan", () => {
  it("sizes a row from the measured sample with a margin, and assumes long text where nothing was seen", () => {
    expect(rowBytes(4, { bytes: 30_000, rows: 1_000 })).toBe(Math.ceil(30 * SAFETY));
    expect(rowBytes(4)).toBe(4 * UNSEEN_CELL_BYTES);
    // Never below what empty cells cost.
    expect(rowBytes(10, { bytes: 10, rows: 100 })).toBeGreaterThanOrEqual(30);
  });

  it("cuts every row into exactly one window of at most the window size", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 3, max: 5_000 }),
        fc.integer({ min: 10_000, max: 2_000_000 }),
        (rows, perRow, size) => {
          const jobs = windows(area(rows), perRow, size);
          const covered = jobs.reduce((sum, j) => sum + j.block.rows, 0) === rows;
          const contiguous = jobs.every((j, k) => j.block.top === (k === 0 ? 25_000 : jobs[k - 1].block.top + jobs[k - 1].block.rows));
          const small = jobs.every((j) => j.block.rows === 1 || j.bytes <= size);
          return covered && contiguous && small;
        }
      )
    );
  });

  it("packs jobs in order into batches within the budget, at least one job each", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 3_000_000 }), { minLength: 1, maxLength: 60 }), (sizes) => {
        const queue: ReadJob[] = sizes.map((bytes, i) => ({ kind: "values", block: { ...area(1), top: i }, bytes }));
        const batches: ReadJob[][] = [];
        while (queue.length > 0) batches.push(nextBatch(queue, 4_000_000));
        const inOrder = batches.flat().every((j, i) => j.block.top === i) && batches.flat().length === sizes.length;
        const fits = batches.every((b) => b.length === 1 || b.reduce((sum, j) => sum + j.bytes, 0) <= 4_000_000);
        return inOrder && fits;
      })
    );
  });

  it("halves a refused read by rows, each half keeping the whole estimate, and cannot halve one row", () => {
    const job: ReadJob = { kind: "values", block: area(5), bytes: 1_000 };
    expect(halve(job)).toEqual([
      { kind: "values", block: { ...area(3) }, bytes: 1_000 },
      { kind: "values", block: { ...area(2), top: 25_003 }, bytes: 1_000 },
    ]);
    expect(halve({ ...job, block: area(1) })).toBeNull();
  });

  it("asks for value types only around text that starts with '#'", () => {
    const block = { sheet: 2, top: 100, rows: 3, left: 1, cols: 3 };
    expect(
      maybeErrors(block, [
        ["a", 1, "b"],
        ["c", "d", "e"],
        [true, "", null],
      ])
    ).toBeNull();
    expect(
      maybeErrors(block, [
        ["a", "#N/A", 1],
        ["#备注", 2, 3],
        [4, 5, "#DIV/0!"],
      ])
    ).toEqual({ sheet: 2, top: 100, rows: 3, left: 1, cols: 3 });
    expect(
      maybeErrors(block, [
        [1, 2, 3],
        [4, "#REF!", 6],
        [7, 8, 9],
      ])
    ).toEqual({ sheet: 2, top: 101, rows: 1, left: 2, cols: 1 });
    expect(typesJob({ sheet: 0, top: 0, rows: 10, left: 0, cols: 2 }).bytes).toBeGreaterThan(READ_OVERHEAD_BYTES + 10 * 2 * "Boolean".length);
  });
});
