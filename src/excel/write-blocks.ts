/**
 * Writing output sheets: each block replaces its sheet whole (no other sheet is
 * touched) with values, column widths, bold headings, frozen rows, date formats,
 * links and print setup (./page-layout) — in one round trip when the measured payload
 * fits, otherwise in as few row-chunked round trips as Excel on the web's 5 MB limit allows. The marks of 校验
 * (./highlights) travel in the same round trip as its result sheet.
 */
import { DATE_FORMAT } from "../sheets/plan";
import type { CellLink, CellValue, SheetBlock } from "../sheets/grid";
import type { HighlightMap } from "../sheets/port";
import { isCellError } from "../sheets/grid";
import { jsDateToIso } from "../sheets/dates";
import { addCharts, chartBytes } from "./charts";
import { blockValue, charsToPoints, clipToCell, jsonBytes, rectangle, widthOf, type ExcelScalar } from "./cells";
import { packRows, type RowSlice } from "./chunks";
import { excelLikeError } from "./errors";
import {
  installMarkRules,
  MARK_RULE_BYTES,
  MARK_SHEET,
  planMarks,
  probeMarks,
  queueMarkList,
  writeMarkKeys,
  type MarkPlan,
  type MarkState,
} from "./highlights";
import { PAGE_LAYOUT_BYTES, pageBreakBytes, printRowBytes, queuePageLayout, queuePrintCells } from "./page-layout";
import type { SheetDirectory } from "./sheet-directory";

/** Per sheet, what creating and formatting it adds to the first request besides rows. */
const SHEET_OVERHEAD_BYTES = 2_000;
/**
 * Per link: the range's object path, its instantiation and the hyperlink's SetProperty action,
 * besides the target and text. Microsoft's own serializer (test/excel/request-sizes.test.ts) spends
 * about 340 bytes at 6,000 links; ids grow a digit per tenfold, so 420 leaves room at any size.
 * (200 let 20,000 findings reach 5.3 MB in one request, over Excel on the web's 5 MB.)
 */
const LINK_OVERHEAD_BYTES = 420;

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
    return jsonBytes(row) + 1 + linkBytes + printRowBytes(block, r);
  });
  return { block, width, rows, rowBytes, links };
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
  // The link's text replaces the cell's: clipped as the cell was (Excel refuses more than a cell holds).
  return isCellError(value) ? value.error : clipToCell(String(value));
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
  queuePrintCells(sheet, block, width, slice);
  formatDates(sheet, block, width, slice);
  for (let row = slice.start; row < slice.end; row++) {
    for (const link of links.get(row) ?? []) {
      sheet.getRangeByIndexes(link.row - 1, link.col - 1, 1, 1).hyperlink = hyperlinkOf(link.target, displayText(block, link));
    }
  }
}

/** A block being written into a work sheet of its own, which takes the block's name only at the end. */
interface Staged {
  name: string;
  temp: string;
  sheet: Excel.Worksheet;
}

/**
 * Adds the block's work sheet. Writing into a fresh sheet and swapping it in last means
 * that a write which fails part-way (a later chunk refused, the user editing) leaves
 * the previous result sheet whole; the work sheets such a failure leaves behind hold
 * nothing of the user's and are removed by the next write.
 */
function stage(context: Excel.RequestContext, prepared: PreparedBlock, directory: SheetDirectory, pageLayout: boolean): Staged {
  const name = prepared.block.name;
  const leftovers = directory.derivedFrom(name);
  const temp = directory.unusedName(name);
  const sheet = context.workbook.worksheets.add(temp);
  directory.add(temp);
  for (const leftover of leftovers) {
    context.workbook.worksheets.getItem(leftover).delete();
    directory.remove(leftover);
  }
  formatBlock(sheet, prepared);
  queuePageLayout(sheet, prepared.block, pageLayout);
  return { name, temp, sheet };
}

/** Replaces the old sheet by the work sheet (the work sheet exists first, so a workbook is never left without a visible sheet). */
function swap(context: Excel.RequestContext, staged: Staged, directory: SheetDirectory): void {
  if (directory.has(staged.name)) context.workbook.worksheets.getItem(staged.name).delete();
  staged.sheet.name = staged.name;
}

export interface WriteOptions {
  /** Bytes one request may carry: rows are packed into requests of at most this size. */
  budget: number;
  /** Excel's hard limit: a request that cannot be made to fit it is refused before anything is sent. */
  limit: number;
  /** The cells to mark, and what the session's read learnt about the sheets. */
  marks?: { highlights: HighlightMap; state: MarkState };
  /** Set up printed pages (ExcelApi 1.9); without it the print hints other than page setup still apply. */
  pageLayout?: boolean;
}

/** What the list sheet and its header add to the request that starts the list. */
const MARK_SETUP_BYTES = 1_000;

async function planFor(
  context: Excel.RequestContext,
  blocks: readonly SheetBlock[],
  directory: SheetDirectory,
  options: WriteOptions
): Promise<MarkPlan | null> {
  if (!options.marks) return null;
  const { highlights, state } = options.marks;
  const plan = () =>
    planMarks(
      highlights,
      state,
      (name) => directory.has(name),
      blocks.map((b) => b.name)
    );
  const first = plan();
  if (first.unknown.length === 0) return first;
  // Only when this session's read did not probe a flagged sheet: one round trip to learn it.
  const probes = first.unknown.map((name) => probeMarks(context.workbook.worksheets.getItem(name), name));
  await context.sync();
  state.record(probes, () => true);
  return plan();
}

/**
 * Replaces each block's sheet whole and, with `marks`, rewrites the list of marked
 * cells: one sync when the payload fits the budget, else one per chunk of rows.
 */
export async function writeBlocks(
  context: Excel.RequestContext,
  blocks: readonly SheetBlock[],
  directory: SheetDirectory,
  options: WriteOptions
): Promise<void> {
  if (blocks.length === 0 && !options.marks) return;
  await directory.ensure(context);
  const marks = await planFor(context, blocks, directory, options);
  // The list is rewritten whenever there is something to mark or an old list to empty.
  const touchList = marks !== null && (marks.keys.length > 0 || directory.has(MARK_SHEET));
  if (blocks.length === 0 && !touchList) return;
  const prepared = blocks.map(prepare);
  const printed = blocks.filter((b) => b.print).length;
  // The list is the last item: row 0 stands for its setup, rows 1… for its keys.
  const listRows = marks && touchList ? [MARK_SETUP_BYTES, ...marks.keys.map((k) => jsonBytes([k]) + 1)] : [];
  const chunks = packRows(
    [...prepared.map((p) => p.rowBytes), listRows],
    options.budget,
    prepared.length * SHEET_OVERHEAD_BYTES +
      printed * PAGE_LAYOUT_BYTES +
      prepared.reduce((sum, p) => sum + pageBreakBytes(p.block), 0) +
      (marks?.install.length ?? 0) * MARK_RULE_BYTES +
      // Charts (./charts) go with the last chunk; their few hundred bytes are counted up front.
      prepared.reduce((sum, p) => sum + chartBytes(p.block), 0)
  );
  if (chunks.some((c) => c.bytes > options.limit)) {
    throw excelLikeError("RequestPayloadSizeLimitExceeded", "A row is larger than one request may carry.");
  }
  const listItem = prepared.length;
  const listExisted = directory.has(MARK_SHEET);
  // The only step that can meet a protected input sheet goes first: if Excel refuses it, nothing else has happened.
  if (marks) installMarkRules(context, marks);
  const staged = prepared.map((p) => stage(context, p, directory, options.pageLayout === true));
  let list: Excel.Worksheet | undefined;
  for (const [index, chunk] of chunks.entries()) {
    for (const slice of chunk.slices) {
      if (slice.item !== listItem) writeSlice(staged[slice.item].sheet, prepared[slice.item], slice);
      else if (marks) {
        if (slice.start === 0) list = queueMarkList(context, listExisted);
        if (list) writeMarkKeys(list, marks.keys, Math.max(slice.start, 1) - 1, slice.end - 1);
      }
    }
    if (index === chunks.length - 1) {
      // Charts plot cells this request has already queued (./charts).
      staged.forEach((s, i) => addCharts(s.sheet, prepared[i].block));
      staged.forEach((s) => swap(context, s, directory));
    }
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk under the 5 MB limit: the payload, not the rows, sets the count
    await context.sync();
  }
  for (const s of staged) {
    directory.remove(s.temp);
    directory.add(s.name);
  }
  if (touchList) directory.add(MARK_SHEET);
  marks?.install.forEach((name) => options.marks?.state.ruleAdded(name));
}
