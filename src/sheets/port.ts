/**
 * The one small interface both adapters implement (STYLE.md: read a sheet's cells,
 * write a block of cells, apply a schema's formatting). An operation opens one session
 * (Office.js: one Excel.run) and does all its work inside it.
 */
import type { SheetBlock, WorkbookGrids } from "./grid";
import type { WorkbookPlan } from "./plan";

/** Cells to highlight per sheet (A1 addresses), for findings shown on the data. */
export type HighlightMap = ReadonlyMap<string, readonly string[]>;

/** Rows read so far and rows to read in all, across the sheets of one read. */
export type ReadProgress = (rowsRead: number, rowsTotal: number) => void;

export interface WorkbookSession {
  /** Names of every sheet in the workbook, in order. */
  sheetNames(): Promise<string[]>;
  /**
   * Reads the used area of each named sheet, in one round trip where the platform's
   * limits allow (Office.js: up to about 25,000 rows a sheet, then row windows under its
   * 5 MB limit); sheets that do not exist are absent. `progress`, when given, hears
   * the rows read so far and the rows to read, after each round trip of a long read.
   */
  readSheets(names: readonly string[], options?: { progress?: ReadProgress }): Promise<WorkbookGrids>;
  /**
   * Replaces each block's sheet whole, in one round trip (chunked only over the payload
   * limit). With `highlights`, the previous run's highlights are removed and these cells
   * marked in the same round trip (an adapter without highlighting ignores them).
   */
  writeBlocks(blocks: readonly SheetBlock[], options?: { highlights?: HighlightMap }): Promise<void>;
  /** Applies a plan: creates its sheets with cells, formats, dropdowns, limits and protection. */
  applyPlan(plan: WorkbookPlan): Promise<void>;
}

export interface WorkbookPort {
  /** Runs `work` in one session with the workbook (Office.js: exactly one Excel.run). */
  run<T>(work: (session: WorkbookSession) => Promise<T>): Promise<T>;
}
