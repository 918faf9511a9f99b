/**
 * Reading input sheets at any size (the plan and its round-trip formula: ./read-plan).
 * The first round trip learns every requested sheet's used range, reads its first
 * EAGER_ROWS rows with values and value types, its merged areas, and what marking
 * findings on it needs (./highlights), so a small workbook is read in one round trip;
 * the rest of a taller sheet follows in row windows packed under Excel on the web's
 * 5 MB response limit. Grids are placed so that rows[0] is worksheet row 1 and column A.
 */
import { columnLetter, parseA1, type MergedArea, type WorkbookGrids, type SheetGrid } from "../sheets/grid";
import { isOfficeError } from "./errors";
import { probeMarks, type MarkProbe, type MarkState } from "./highlights";
import { GridBuilder, maybeErrors } from "./read-grid";
import { EAGER_ROWS, halve, nextBatch, rowBytes, typesJob, windows, type Block, type ReadJob } from "./read-plan";
import type { SheetDirectory } from "./sheet-directory";
import type { ReadProgress } from "../sheets/port";

interface FirstRead {
  name: string;
  sheet: Excel.Worksheet;
  used: Excel.Range;
  head?: Excel.Range;
  merged?: Excel.RangeAreas;
  marks?: MarkProbe;
}

/** A sheet being read: its proxy (valid after the first round trip) and its grid so far. */
interface SheetRead {
  sheet: Excel.Worksheet;
  builder: GridBuilder;
}

interface Options {
  merges: boolean;
  marks?: MarkState;
  /** Told the rows read and the rows in all after the first round trip and after each window batch. */
  progress?: ReadProgress;
}

const PAYLOAD_LIMITS = new Set(["ResponsePayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded"]);

/** True when Excel refused a round trip for its size. */
function overLimit(error: unknown): boolean {
  return isOfficeError(error) && PAYLOAD_LIMITS.has(error.code);
}

/**
 * Reads the named sheets; sheets that do not exist are absent from the result. One
 * round trip up to about EAGER_ROWS rows a sheet, then as ./read-plan says. A missing
 * sheet is asked for through getItemOrNullObject, and everything derived from it is a
 * null object too, so its reads come back empty instead of failing.
 */
export async function readSheets(
  context: Excel.RequestContext,
  names: readonly string[],
  directory: SheetDirectory,
  options: Options
): Promise<WorkbookGrids> {
  let first: { reads: FirstRead[]; names: string[] };
  let eager = true;
  try {
    first = await firstRead(context, names, directory, options, true);
  } catch (error) {
    // Several sheets tall and wide at once can overflow the first round trip: probe alone, then read in windows.
    if (!overLimit(error)) throw error;
    eager = false;
    first = await firstRead(context, names, directory, options, false);
  }
  const { reads } = first;
  directory.set(first.names);
  options.marks?.record(
    reads.flatMap((r) => (r.marks ? [r.marks] : [])),
    (name) => directory.has(name)
  );
  const sheets: SheetRead[] = [];
  const queue: ReadJob[] = [];
  for (const read of reads) {
    if (!directory.has(read.name)) continue;
    queue.push(...startSheet(read, sheets, eager));
  }
  const pending = queue.reduce((sum, job) => sum + job.block.rows, 0);
  const total = sheets.reduce((sum, s) => sum + s.builder.grid.rows.length, 0) + pending;
  options.progress?.(total - pending, total);
  await readWindows(context, sheets, queue, (rows) => options.progress?.(rows + total - pending, total));
  const grids = new Map<string, SheetGrid>();
  for (const { builder } of sheets) grids.set(builder.grid.name, builder.grid);
  return grids;
}

/** Queues the probe, the first rows, merged areas and marking probes of every sheet, and syncs once. */
async function firstRead(context: Excel.RequestContext, names: readonly string[], directory: SheetDirectory, options: Options, eager: boolean) {
  const worksheets = context.workbook.worksheets.load("items/name");
  const wanted = directory.known ? names.filter((name) => directory.has(name)) : names;
  const reads: FirstRead[] = wanted.map((name) => {
    const sheet = worksheets.getItemOrNullObject(name);
    const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
    // The used part of rows 1..EAGER_ROWS: the whole sheet, for all but tall ones.
    const head = eager ? sheet.getRange(`1:${EAGER_ROWS}`).getUsedRangeOrNullObject(true).load("values,valueTypes,rowIndex,columnIndex") : undefined;
    // ExcelApi 1.13: without it the grid simply carries no merges.
    const merged = options.merges ? sheet.getRange().getMergedAreasOrNullObject().load("address") : undefined;
    // Only where conditional formats exist (ExcelApi 1.6): the session then carries marking state.
    const marks = options.marks ? probeMarks(sheet, name) : undefined;
    return { name, sheet, used, head, merged, marks };
  });
  await context.sync();
  return { reads, names: worksheets.items.map((s) => s.name) };
}

/** Places what the first round trip read of one sheet and returns the windows its remaining rows need. */
function startSheet(read: FirstRead, sheets: SheetRead[], eager: boolean): ReadJob[] {
  const { used, head, merged } = read;
  const right = used.isNullObject ? 0 : used.columnIndex + used.columnCount;
  const builder = new GridBuilder(read.name, right);
  if (merged && !merged.isNullObject) builder.grid.merges = parseAreas(merged.address);
  const index = sheets.push({ sheet: read.sheet, builder }) - 1;
  if (used.isNullObject) return [];
  let sample: { bytes: number; rows: number } | undefined;
  if (head && !head.isNullObject) {
    const values = head.values;
    sample = { bytes: builder.place(head.rowIndex, head.columnIndex, values, head.valueTypes, true), rows: values.length };
  }
  const bottom = used.rowIndex + used.rowCount;
  const top = Math.max(used.rowIndex, eager ? EAGER_ROWS : 0);
  if (bottom <= top) return [];
  const area: Block = { sheet: index, top, rows: bottom - top, left: used.columnIndex, cols: used.columnCount };
  return windows(area, rowBytes(area.cols, sample));
}

/**
 * Reads the queued windows, a batch per round trip, each batch also carrying the value
 * types of the previous batch's cells that may be errors. A batch Excel refuses for its
 * size is read again in halves.
 */
async function readWindows(
  context: Excel.RequestContext,
  sheets: readonly SheetRead[],
  queue: ReadJob[],
  progress: (rows: number) => void
): Promise<void> {
  let read = 0;
  while (queue.length > 0) {
    const batch = nextBatch(queue);
    const loads = batch.map((job) => {
      const { sheet } = sheets[job.block.sheet];
      return { job, range: sheet.getRange(a1(job.block)).load(job.kind === "values" ? "values" : "valueTypes") };
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per batch under the 5 MB response limit: the payload sets the count
      await context.sync();
    } catch (error) {
      const halves = overLimit(error) ? batch.map(halve) : [];
      if (halves.length === 0 || halves.some((h) => h === null)) throw error;
      queue.unshift(...halves.flatMap((h) => h ?? []));
      continue;
    }
    const types: ReadJob[] = [];
    for (const { job, range } of loads) {
      const { builder } = sheets[job.block.sheet];
      if (job.kind === "types") {
        builder.markErrors(job.block, range.valueTypes);
        continue;
      }
      const values = range.values;
      builder.place(job.block.top, job.block.left, values);
      read += job.block.rows;
      const suspects = maybeErrors(job.block, values);
      if (suspects) types.push(typesJob(suspects));
    }
    // Value types go first in the next round trip, so they are read soon after their values.
    queue.unshift(...types);
    progress(read);
  }
}

/** "A2:D20001" for a block (no sheet name: the range is taken from its sheet). */
function a1(block: Block): string {
  return `${columnLetter(block.left + 1)}${block.top + 1}:${columnLetter(block.left + block.cols)}${block.top + block.rows}`;
}

/** "Sheet!A1:C1, 'My sheet'!B4:B6" → merged areas (1-based, inclusive). */
function parseAreas(address: string): MergedArea[] {
  const areas: MergedArea[] = [];
  const pattern = /(?:'(?:[^']|'')*'|[^'!,\s][^'!,]*)!(\$?[A-Z]+\$?\d+)(?::(\$?[A-Z]+\$?\d+))?/g;
  for (const m of address.matchAll(pattern)) {
    const first = parseA1(m[1].replace(/\$/g, ""));
    const last = m[2] ? parseA1(m[2].replace(/\$/g, "")) : first;
    areas.push({ top: first.row, left: first.col, bottom: last.row, right: last.col });
  }
  return areas;
}
