/**
 * Printing in the zip-level result workbook: the page setup parts of a generated sheet's
 * XML (fit to one page wide, A4 in the hinted orientation, centred), the per-cell looks
 * the print hints ask for (wrapped text, score formats, the fill of rows needing review),
 * fixed row heights and manual page breaks (the print titles, _xlnm.Print_Titles defined
 * names, are added to workbook.xml by ./workbook-xml).
 */
import { centredHeader, PAGE_NUMBER_FOOTER, type CellValue, type PrintHints, type SheetBlock } from "../sheets/grid";
import { escapeXml } from "./result-xml";

/** OOXML's paper size code of A4. */
const PAPER_A4 = 9;

/** A cell's style: its base (what the sheet writer gives it without print hints) and what the hints add. */
export interface CellLook {
  base: "plain" | "bold" | "date" | "link";
  wrap: boolean;
  /** At the top of the row without wrapping (PrintHints.alignTop); a wrapped cell is at the top anyway. */
  top?: boolean;
  format: string | null;
  fill: string | null;
}

/** The identity of a look, for sharing one style among all cells that have it. */
export function lookKey(look: CellLook): string {
  return `${look.base}|${look.wrap ? 1 : 0}|${look.top ? 1 : 0}|${look.format ?? ""}|${look.fill ?? ""}`;
}

/** A block's print hints, indexed for the cell loop. */
export interface CellPrint {
  wrap: ReadonlySet<number>;
  top: boolean;
  formats: ReadonlyMap<number, string>;
  fill: ReadonlyMap<number, string>;
}

/** The hints of `print` by column and row, or null when the block has none. */
export function cellPrintOf(print: PrintHints | undefined, fill: string): CellPrint | null {
  if (!print) return null;
  return {
    wrap: new Set(print.wrapColumns ?? []),
    top: print.alignTop === true,
    formats: new Map((print.numberFormats ?? []).map((f) => [f.col, f.format])),
    fill: new Map((print.highlightRows ?? []).map((r) => [r, fill])),
  };
}

/** What the hints add to the cell at 1-based (row, col), or null when they add nothing. */
export function printLook(hints: CellPrint, base: CellLook["base"], row: number, col: number, value: CellValue): CellLook | null {
  const present = value !== null && value !== undefined;
  const wrap = present && hints.wrap.has(col);
  const top = present && !wrap && hints.top;
  const format = typeof value === "number" ? (hints.formats.get(col) ?? null) : null;
  const fill = hints.fill.get(row) ?? null;
  if (!(wrap || top || format || fill)) return null;
  return top ? { base, wrap, top, format, fill } : { base, wrap, format, fill };
}

/** `<sheetPr>`, the worksheet's first child: fit to page is what makes fitToWidth count. */
export function sheetPrXml(block: SheetBlock): string {
  return block.print?.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "";
}

/** `<printOptions>` before and `<pageSetup>` after the page margins (their schema order). */
export function pageSetupXml(block: SheetBlock): { before: string; after: string } {
  const print = block.print;
  if (!print) return { before: "", after: "" };
  // fitToHeight 0: as many pages tall as the rows need; only the width is fitted.
  const fit = print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : "";
  const setup = `<pageSetup paperSize="${PAPER_A4}" orientation="${print.orientation}"${fit}/>`;
  return { before: '<printOptions horizontalCentered="1"/>', after: setup + headerFooterXml(print) + rowBreaksXml(print.pageBreaks ?? []) };
}

/** `<headerFooter>` (after `<pageSetup>`, before `<rowBreaks>`): the title at the top, 第 &P 页 共 &N 页 at the foot. */
function headerFooterXml(print: PrintHints): string {
  const header = print.pageHeader ? `<oddHeader>${escapeXml(centredHeader(print.pageHeader))}</oddHeader>` : "";
  const footer = print.pageNumbers ? `<oddFooter>${escapeXml(`&C${PAGE_NUMBER_FOOTER}`)}</oddFooter>` : "";
  return header || footer ? `<headerFooter>${header}${footer}</headerFooter>` : "";
}

/** `<rowBreaks>`: a manual break above each row (OOXML names the last row of the page before it, 0-based: row − 1). */
function rowBreaksXml(rows: readonly number[]): string {
  const breaks = rows.filter((row) => row > 1);
  if (breaks.length === 0) return "";
  const tags = breaks.map((row) => `<brk id="${row - 1}" max="16383" man="1"/>`).join("");
  return `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${tags}</rowBreaks>`;
}

/** The attributes of a `<row>` whose height the print hints fix (customHeight), or "". */
export function rowHeightAttrs(print: PrintHints | undefined, row: number): string {
  const height = print?.rowHeights?.[row - 1];
  return height === null || height === undefined ? "" : ` ht="${height}" customHeight="1"`;
}
