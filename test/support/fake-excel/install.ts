/**
 * Installs the fake as the host: globalThis.Excel (run, with its counters),
 * globalThis.Office (requirement sets, onReady) and globalThis.OfficeExtension.Error.
 * Every Excel.run gets a fresh request context over the same in-memory workbook, and
 * pending operations are sent when the batch ends, as Office.js does.
 */
import { FakeRequestContext, PAYLOAD_LIMIT_BYTES, type FakeState, type RequestRecord } from "./context";
import { FakeOfficeError } from "./errors";
import { FakeWorkbook } from "./model";
import { FakeWorkbookObject } from "./worksheet";

export interface FakeExcelOptions {
  workbook?: FakeWorkbook;
  /** The newest ExcelApi version this Excel supports (default "1.17"). */
  excelApi?: string;
  /** Request and response limit in bytes (default 5 MB, Excel on the web's). */
  limitBytes?: number;
  /** The newest DialogApi version this Excel supports (default "1.2"; "0" for none). */
  dialogApi?: string;
}

export interface FakeExcelHandle {
  workbook: FakeWorkbook;
  /** Round trips: syncs that carried at least one operation (an empty sync sends nothing). */
  syncCount(): number;
  /** Calls of Excel.run. */
  runCount(): number;
  /** Every round trip, in order: operations, request bytes, response bytes, failure code. */
  readonly requests: readonly RequestRecord[];
  /** How often suspendApiCalculationUntilNextSync reached the workbook. */
  calculationSuspensions(): number;
  /** Changes the newest supported ExcelApi version. */
  setExcelApi(version: string): void;
  /** Runs `hook(index)` before each round trip is applied, e.g. to protect a sheet as a user would between two syncs. */
  beforeRequest(hook: (index: number) => void): void;
  /** Forgets the counters (not the workbook). */
  resetCounters(): void;
  /** Restores whatever Excel, Office and OfficeExtension were before. */
  uninstall(): void;
}

function versionAtMost(version: string, newest: string): boolean {
  const [a1, a2] = version.split(".").map(Number);
  const [b1, b2] = newest.split(".").map(Number);
  return a1 < b1 || (a1 === b1 && (a2 ?? 0) <= (b2 ?? 0));
}

/** Sets the fake up as Excel for the current test; call `uninstall()` afterwards. */
export function installFakeExcel(options: FakeExcelOptions = {}): FakeExcelHandle {
  let excelApi = options.excelApi ?? "1.17";
  const state: FakeState = {
    workbook: options.workbook ?? new FakeWorkbook(),
    requests: [],
    runs: 0,
    calculationSuspensions: 0,
    limitBytes: options.limitBytes ?? PAYLOAD_LIMIT_BYTES,
    supports: (set, version) =>
      (set === "ExcelApi" && versionAtMost(String(version), excelApi)) ||
      (set === "DialogApi" && versionAtMost(String(version), options.dialogApi ?? "1.2")),
  };

  async function run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
    state.runs++;
    const context = new FakeRequestContext(state);
    context.workbook = new FakeWorkbookObject(context);
    const pending = batch(context);
    if (!pending || typeof (pending as Promise<T>).then !== "function") {
      throw new FakeOfficeError("RunMustReturnPromise", 'The batch function passed to the ".run" method didn\'t return a promise.');
    }
    const result = await pending;
    // Office.js syncs once more when the batch ends: anything still queued is sent then.
    await context.sync();
    return result;
  }

  const globals = globalThis as Record<string, unknown>;
  const saved = { Excel: globals.Excel, Office: globals.Office, OfficeExtension: globals.OfficeExtension };
  globals.Excel = { run, RequestContext: FakeRequestContext };
  globals.Office = {
    context: { requirements: { isSetSupported: (name: string, version?: string | number) => state.supports(name, String(version ?? "1.1")) } },
    onReady: async (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return info;
    },
    HostType: { Excel: "Excel" },
  };
  globals.OfficeExtension = { Error: FakeOfficeError };

  return {
    workbook: state.workbook,
    syncCount: () => state.requests.length,
    runCount: () => state.runs,
    requests: state.requests,
    calculationSuspensions: () => state.calculationSuspensions,
    setExcelApi: (version) => {
      excelApi = version;
    },
    beforeRequest: (hook) => {
      state.beforeRequest = hook;
    },
    resetCounters: () => {
      state.requests.length = 0;
      state.runs = 0;
      state.calculationSuspensions = 0;
    },
    uninstall: () => {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete globals[key];
        else globals[key] = value;
      }
    },
  };
}
