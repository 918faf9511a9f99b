/**
 * The WorkbookPort over Office.js: each `run` is exactly one Excel.run, and the
 * session's methods work inside that one request context with the fewest round trips
 * the work allows (see each method). Platform failures surface as ExcelOperationError.
 */
import type { WorkbookPort, WorkbookSession } from "../sheets/port";
import { applyPlan } from "./apply-plan";
import { REQUEST_BUDGET_BYTES, REQUEST_LIMIT_BYTES } from "./chunks";
import { asExcelError, isRequestSizeRefusal, step } from "./errors";
import { MarkState } from "./highlights";
import { readSheets } from "./read-sheets";
import { isExcelApiSupported } from "./requirements";
import { SheetDirectory } from "./sheet-directory";
import { writeBlocks } from "./write-blocks";

export interface OfficePortOptions {
  /** Bytes one request may carry (default REQUEST_BUDGET_BYTES, under the 5 MB limit); Infinity turns chunking off. */
  requestBudgetBytes?: number;
  /** Excel's request limit (default REQUEST_LIMIT_BYTES, 5 MB): a write that cannot fit it is refused before it starts. */
  requestLimitBytes?: number;
  /** Requirement-set check (default: Office.context.requirements). */
  supports?: (excelApiVersion: string) => boolean;
}

/** The smallest request a write is split into before a size refusal is passed on. */
const MIN_RETRY_BUDGET = 64 * 1024;

/**
 * Runs `write` with requests of at most `budget` bytes; when Excel still refuses one as too large
 * (its count differs from our estimate), runs it again with half the budget, after `forget` drops
 * what the session believed about the sheets. A block write is safe to repeat: it fills work sheets
 * that replace the result sheets only in its last request, and removes those an earlier try left
 * behind; a plan clears and fills its sheets again.
 */
async function inSmallerRequests(budget: number, write: (budget: number) => Promise<void>, forget: () => void): Promise<void> {
  for (let size = budget; ; size = Math.floor(size / 2)) {
    try {
      return await write(size);
    } catch (error) {
      if (!isRequestSizeRefusal(error) || size / 2 < MIN_RETRY_BUDGET) throw error;
      forget();
    }
  }
}

function createSession(context: Excel.RequestContext, options: OfficePortOptions): WorkbookSession {
  const directory = new SheetDirectory();
  const supports = options.supports ?? isExcelApiSupported;
  const budget = options.requestBudgetBytes ?? REQUEST_BUDGET_BYTES;
  const limit = options.requestLimitBytes ?? REQUEST_LIMIT_BYTES;
  // Marking findings needs conditional formats (ExcelApi 1.6); without them the marks are left out.
  const marks = supports("1.6") ? new MarkState() : undefined;
  // After a failure the workbook may be half-changed: forget what this session believed about its sheets.
  const guarded = <T>(action: string, work: () => Promise<T>) =>
    step(action, async () => {
      try {
        return await work();
      } catch (error) {
        directory.forget();
        marks?.forget();
        throw error;
      }
    });
  return {
    /** One sync. */
    /** Free when this session already read the names (its own writes keep them current); else one sync. */
    sheetNames: () =>
      guarded("读取工作表名称", async () => {
        await directory.ensure(context);
        return directory.all();
      }),
    /** One sync for any number of sheets up to about 25,000 rows each; taller ones in windows (./read-plan states the count). */
    readSheets: (names, readOptions) =>
      guarded("读取工作表", () => readSheets(context, names, directory, { merges: supports("1.13"), marks, progress: readOptions?.progress })),
    /**
     * One sync when it fits one request (plus one to learn the sheet names if this session
     * has not read them, and one to probe flagged sheets its read did not cover).
     */
    writeBlocks: (blocks, writeOptions) =>
      guarded("写入结果工作表", () =>
        inSmallerRequests(
          budget,
          (size) =>
            writeBlocks(context, blocks, directory, {
              budget: size,
              limit,
              marks: marks && writeOptions?.highlights ? { highlights: writeOptions.highlights, state: marks } : undefined,
              // Page setup needs ExcelApi 1.9; without it result sheets print with Excel's defaults.
              pageLayout: supports("1.9"),
            }),
          () => {
            directory.forget();
            marks?.forget();
          }
        )
      ),
    /** Three syncs for the standard workbook (two when this session already knows the sheet names and none exists). */
    applyPlan: (plan) =>
      guarded("创建工作表", () => {
        const apply = (size: number) =>
          applyPlan(context, plan, directory, { budget: size, suspendCalculation: supports("1.6"), markRules: supports("1.6") });
        // A plan is safe to repeat (sheets are cleared and filled again) unless it updates protected sheets' validations:
        // a repeat would find them unprotected by the refused try and leave them so.
        return plan.validationUpdates?.length ? apply(budget) : inSmallerRequests(budget, apply, () => directory.forget());
      }),
  };
}

/** The Office.js adapter: a WorkbookPort over the workbook open in Excel. */
export function createOfficePort(options: OfficePortOptions = {}): WorkbookPort {
  return {
    async run<T>(work: (session: WorkbookSession) => Promise<T>): Promise<T> {
      try {
        return await Excel.run(async (context) => await work(createSession(context, options)));
      } catch (error) {
        throw asExcelError(error, "");
      }
    },
  };
}
