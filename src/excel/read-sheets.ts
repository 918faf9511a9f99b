/**
 * Reading input sheets: every requested sheet's used range — values, value types and
 * position — and its merged areas, all in one round trip, placed so that rows[0] of
 * the grid is worksheet row 1 and column A whatever cell the used range starts at. The
 * same round trip learns what marking findings on the sheet needs (./highlights), so
 * that a later write in the session needs no round trip of its own for it.
 */
import { parseA1, type CellValue, type MergedArea, type SheetGrid, type WorkbookGrids } from "../sheets/grid";
import { readValue } from "./cells";
import { probeMarks, type MarkProbe, type MarkState } from "./highlights";
import type { SheetDirectory } from "./sheet-directory";

interface PendingRead {
  name: string;
  used: Excel.Range;
  merged?: Excel.RangeAreas;
  marks?: MarkProbe;
}

/**
 * Reads the named sheets in one sync; sheets that do not exist are absent from the
 * result. A missing sheet is asked for through getItemOrNullObject, and everything
 * derived from it is a null object too, so its reads come back empty instead of failing.
 */
export async function readSheets(
  context: Excel.RequestContext,
  names: readonly string[],
  directory: SheetDirectory,
  options: { merges: boolean; marks?: MarkState }
): Promise<WorkbookGrids> {
  const worksheets = context.workbook.worksheets.load("items/name");
  const wanted = directory.known ? names.filter((name) => directory.has(name)) : names;
  const reads: PendingRead[] = wanted.map((name) => {
    const sheet = worksheets.getItemOrNullObject(name);
    const used = sheet.getUsedRangeOrNullObject(true).load("values,valueTypes,rowIndex,columnIndex");
    // ExcelApi 1.13: without it the grid simply carries no merges.
    const merged = options.merges ? sheet.getRange().getMergedAreasOrNullObject().load("address") : undefined;
    // Only where conditional formats exist (ExcelApi 1.6): the session then carries marking state.
    const marks = options.marks ? probeMarks(sheet, name) : undefined;
    return { name, used, merged, marks };
  });
  await context.sync();
  directory.set(worksheets.items.map((s) => s.name));
  options.marks?.record(
    reads.flatMap((r) => (r.marks ? [r.marks] : [])),
    (name) => directory.has(name)
  );
  const grids = new Map<string, SheetGrid>();
  for (const read of reads) {
    if (directory.has(read.name)) grids.set(read.name, toGrid(read));
  }
  return grids;
}

function toGrid({ name, used, merged }: PendingRead): SheetGrid {
  const grid: SheetGrid = { name, rows: [] };
  if (merged && !merged.isNullObject) grid.merges = parseAreas(merged.address);
  if (used.isNullObject) return grid;
  const top = used.rowIndex;
  const left = used.columnIndex;
  const values = used.values;
  const types = used.valueTypes;
  const width = left + (values[0]?.length ?? 0);
  // Rows and columns before the used range are empty: pad them so rows[r][c] is row r+1, column c+1.
  for (let r = 0; r < top; r++) grid.rows.push(new Array<CellValue>(width).fill(null));
  values.forEach((line, r) => {
    const row = new Array<CellValue>(width).fill(null);
    line.forEach((value, c) => (row[left + c] = readValue(value, types[r]?.[c])));
    grid.rows.push(row);
  });
  return grid;
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
