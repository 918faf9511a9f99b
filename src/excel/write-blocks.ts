/**
 * Writing output sheets: each block replaces its sheet whole (no other sheet is
 * touched) with values, column widths, bold headings, frozen rows, date formats and
 * links — in one round trip when the measured payload fits, otherwise in as few
 * row-chunked round trips as Excel on the web's 5 MB limit allows.
 */
import { DATE_FORMAT } from "../sheets/plan";
import type { CellLink, CellValue, SheetBlock } from "../sheets/grid";
import { isCellError } from "../sheets/grid";
import { jsDateToIso } from "../sheets/dates";
import { blockValue, charsToPoints, jsonBytes, rectangle, widthOf, type ExcelScalar } from "./cells";
import { packRows, type RowSlice } from "./chunks";
import type { SheetDirectory } from "./sheet-directory";

/** Per sheet, what creating and formatting it adds to the first request besides rows. */
const SHEET_OVERHEAD_BYTES = 2_000;
/** Per link: the action and its object path, besides the target and text. */
const LINK_OVERHEAD_BYTES = 200;

interface PreparedBlock {
  block: SheetBlock;
  width: number;
  rows: ExcelScalar[][];
  rowBytes: number[];
  links: Map<number, CellLink[]>;
}

function prepare(block: SheetBlock): PreparedBlock {
  const width = widthOf(block.rows);
  const rows = rectangle(block.rows, width, blockValue);
  const links = new Map<number, CellLink[]>();
  for (const link of block.links ?? []) links.set(link.row - 1, [...(links.get(link.row - 1) ?? []), link]);
  const rowBytes = rows.map((row, r) => {
    const linkBytes = (links.get(r) ?? []).reduce((sum, l) => sum + LINK_OVERHEAD_BYTES + jsonBytes(l.target) + jsonBytes(displayText(block, l)), 0);
    return jsonBytes(row) + 1 + linkBytes;
  });
  return { block, width, rows, rowBytes, links };
}

/**
 * Replaces or creates the sheet. The old sheet is renamed out of the way and deleted
 * after its successor exists, so a workbook is never left without a visible sheet.
 */
function freshSheet(context: Excel.RequestContext, name: string, directory: SheetDirectory): Excel.Worksheet {
  const worksheets = context.workbook.worksheets;
  if (!directory.has(name)) return worksheets.add(name);
  const old = worksheets.getItem(name);
  old.name = directory.unusedName(name);
  const fresh = worksheets.add(name);
  old.delete();
  return fresh;
}

function formatBlock(sheet: Excel.Worksheet, { block, width }: PreparedBlock): void {
  (block.widths ?? []).forEach((chars, col) => {
    if (chars > 0) sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = charsToPoints(chars);
  });
  for (const row of block.headingRows ?? []) sheet.getRangeByIndexes(row - 1, 0, 1, width).format.font.bold = true;
  if ((block.frozenRows ?? 0) > 0) sheet.freezePanes.freezeRows(block.frozenRows ?? 0);
}

function displayText(block: SheetBlock, link: CellLink): string {
  const value: CellValue | undefined = block.rows[link.row - 1]?.[link.col - 1];
  if (value === null || value === undefined) return link.target;
  if (value instanceof Date) return jsDateToIso(value) ?? "";
  return isCellError(value) ? value.error : String(value);
}

/** An internal target ("'工作进度'!D5") is a document reference; a URL is an address. */
function hyperlinkOf(target: string, text: string): Excel.RangeHyperlink {
  return /^(https?:|mailto:)/i.test(target) ? { address: target, textToDisplay: text } : { documentReference: target, textToDisplay: text };
}

/** Date cells get the workbook's date format, one range per run of consecutive dates in a column. */
function formatDates(sheet: Excel.Worksheet, block: SheetBlock, width: number, slice: RowSlice): void {
  for (let col = 0; col < width; col++) {
    let runStart = -1;
    for (let row = slice.start; row <= slice.end; row++) {
      const isDate = row < slice.end && block.rows[row]?.[col] instanceof Date;
      if (isDate && runStart < 0) runStart = row;
      if (!isDate && runStart >= 0) {
        const length = row - runStart;
        sheet.getRangeByIndexes(runStart, col, length, 1).numberFormat = Array.from({ length }, () => [DATE_FORMAT]);
        runStart = -1;
      }
    }
  }
}

function writeSlice(sheet: Excel.Worksheet, prepared: PreparedBlock, slice: RowSlice): void {
  const { block, width, rows, links } = prepared;
  sheet.getRangeByIndexes(slice.start, 0, slice.end - slice.start, width).values = rows.slice(slice.start, slice.end);
  formatDates(sheet, block, width, slice);
  for (let row = slice.start; row < slice.end; row++) {
    for (const link of links.get(row) ?? []) {
      sheet.getRangeByIndexes(link.row - 1, link.col - 1, 1, 1).hyperlink = hyperlinkOf(link.target, displayText(block, link));
    }
  }
}

/** Replaces each block's sheet whole: one sync when the payload fits `budget`, else one per chunk of rows. */
export async function writeBlocks(
  context: Excel.RequestContext,
  blocks: readonly SheetBlock[],
  directory: SheetDirectory,
  budget: number
): Promise<void> {
  if (blocks.length === 0) return;
  await directory.ensure(context);
  const prepared = blocks.map(prepare);
  const chunks = packRows(
    prepared.map((p) => p.rowBytes),
    budget,
    prepared.length * SHEET_OVERHEAD_BYTES
  );
  const sheets = prepared.map((p) => freshSheet(context, p.block.name, directory));
  prepared.forEach((p, i) => formatBlock(sheets[i], p));
  for (const chunk of chunks) {
    for (const slice of chunk.slices) writeSlice(sheets[slice.item], prepared[slice.item], slice);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk under the 5 MB limit: the payload, not the rows, sets the count
    await context.sync();
  }
  blocks.forEach((b) => directory.add(b.name));
}
