/**
 * Row-level progress while exceljs reads a workbook ("正在读取 评议评分… 120,000/200,001 行").
 * exceljs's load() takes no progress callback, so the worker wraps two of its internal steps
 * for the time of one load: each worksheet's XML passes through a counter of `<row` tags on
 * its way to the parser (the total comes from the sheet's `<dimension>`), and the final
 * reconcile step is announced. When a later exceljs lacks these internals, nothing is
 * wrapped and the pane shows the coarser steps only.
 */
import type { ProgressFn } from "../app/workbench";

/** How often (ms) row counts are sent: often enough to move, rarely enough to cost nothing. */
const REPORT_EVERY_MS = 100;

interface LoadModel {
  sheets?: unknown[];
}

type EntryStep = (this: unknown, stream: AsyncIterable<unknown>, model: LoadModel, sheetNo: string, ...rest: unknown[]) => Promise<unknown>;
type ReconcileStep = (this: unknown, ...args: unknown[]) => unknown;

const count = (n: number) => n.toLocaleString("en-US");

/** The sheet XML chunks, passed through unchanged while `<row` tags are counted and reported. */
async function* countingRows(stream: AsyncIterable<unknown>, report: (rows: number, total: number | null) => void) {
  let rows = 0;
  let total: number | null = null;
  let last = 0;
  for await (const chunk of stream) {
    if (typeof chunk === "string") {
      if (total === null) {
        const dimension = /<dimension\s+ref="[A-Z]+\d+:[A-Z]+(\d+)"/.exec(chunk);
        if (dimension) total = Number(dimension[1]);
      }
      rows += chunk.match(/<row[\s>]/g)?.length ?? 0;
      const time = Date.now();
      if (time - last >= REPORT_EVERY_MS) {
        last = time;
        report(rows, total);
      }
    }
    yield chunk;
  }
  report(rows, rows);
}

/**
 * Wraps exceljs's per-sheet read and reconcile steps on `xlsxPrototype` to report to
 * `progress` (fractions between `from` and `to`), naming sheets from `sheetNames` (by part
 * path); returns the function that unwraps them.
 */
export function watchSheetReads(
  xlsxPrototype: Record<string, unknown>,
  sheetNames: ReadonlyMap<string, string>,
  progress: ProgressFn,
  from: number,
  to: number
): () => void {
  const readEntry = xlsxPrototype._processWorksheetEntry as EntryStep | undefined;
  const reconcile = xlsxPrototype.reconcile as ReconcileStep | undefined;
  if (typeof readEntry !== "function" || typeof reconcile !== "function") return () => undefined;
  let done = 0;
  xlsxPrototype._processWorksheetEntry = function (
    this: unknown,
    stream: AsyncIterable<unknown>,
    model: LoadModel,
    sheetNo: string,
    ...rest: unknown[]
  ) {
    const path = typeof rest[1] === "string" ? rest[1] : "";
    const name = sheetNames.get(path.replace(/^\//, "")) ?? `第 ${sheetNo} 张工作表`;
    const sheets = Math.max(sheetNames.size, model.sheets?.length ?? 0, done + 1);
    const report = (rows: number, total: number | null) => {
      const within = total ? Math.min(1, rows / total) : 0;
      const of = total ? `${count(rows)}/${count(total)} 行` : `${count(rows)} 行`;
      progress(`正在读取 ${name} … ${of}`, from + ((to - from) * (done + within)) / sheets);
    };
    report(0, null);
    const counted = countingRows(stream, report);
    return readEntry.call(this, counted, model, sheetNo, ...rest).finally(() => (done += 1));
  };
  xlsxPrototype.reconcile = function (this: unknown, ...args: unknown[]) {
    progress("正在整理读取的单元格…", to);
    return reconcile.apply(this, args);
  };
  return () => {
    xlsxPrototype._processWorksheetEntry = readEntry;
    xlsxPrototype.reconcile = reconcile;
  };
}
