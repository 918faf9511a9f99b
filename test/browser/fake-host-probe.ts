/**
 * What the fake host exposes on `window.__tisheng`, shared by the bundle (which fills it)
 * and the test (which reads it through page.evaluate). Only types: nothing here runs.
 */
import type { FakeValue, FakeWorkbook } from "../support/fake-excel";

/** One Excel.run as the fake host saw it. */
export interface RunRecord {
  /** Round trips this run made (syncs that carried at least one operation). */
  syncs: number;
  /** Request and response bytes of each of those round trips, in order. */
  requests: { ops: number; bytes: number; responseBytes: number; failed?: string }[];
  /** True when another Excel.run was in flight at the same time (its syncs would be mixed in). */
  overlapped: boolean;
  /** The error code when the run failed. */
  failed?: string;
}

/** The test's window into the fake workbook. */
export interface FakeHostProbe {
  /** The fake workbook itself, for ad-hoc inspection inside page.evaluate (it does not cross to Node). */
  workbook: FakeWorkbook;
  /** Every Excel.run so far, in the order they started. */
  runs: RunRecord[];
  /** Round trips so far, all runs together. */
  syncCount(): number;
  sheetNames(): string[];
  /** Values of a sheet from A1 to the bottom-right of its used range; null when the sheet is missing. */
  grid(sheet: string): FakeValue[][] | null;
  /** The sheet and the cell (no sheet prefix) last selected through range.select(). */
  selection(): { sheet: string; address: string } | null;
  /** The active sheet's name. */
  activeSheet(): string | null;
}

/** The window of a page whose office.js is the fake host. */
export interface FakeHostWindow {
  __tisheng: FakeHostProbe;
}
