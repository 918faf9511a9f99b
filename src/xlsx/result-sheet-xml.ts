/**
 * A generated sheet (a SheetBlock) as worksheet XML, written directly: inline strings, so
 * the shared strings of the input need not be touched; numbers; dates as serials with a
 * date style; bold headings; column widths; a frozen header; links to cells as
 * `<hyperlink location=…>`, which need no relationship part.
 */
import { a1, columnLetter, isCellError, type CellValue, type SheetBlock } from "../sheets/grid";
import { HIGHLIGHT_FILL } from "../sheets/grid";
import { cellPrintOf, pageSetupXml, printLook, rowHeightAttrs, sheetPrXml, type CellLook } from "./result-print";
import { dataBarsXml } from "./data-bars";
import { escapeXml, inlineStringCell } from "./result-xml";
import { concatChunks } from "./zip/write-zip";

/** The cellXfs indices the generated sheets use (see ./result-styles). */
export interface ResultStyleIds {
  bold: number;
  date: number;
  link: number;
}

const MS_PER_DAY = 86_400_000;
/** Serial 0 of the 1900 date system as Excel counts after 1900-03-01 (its fictitious 1900-02-29 included). */
const EPOCH = Date.UTC(1899, 11, 30);

function cellXml(ref: string, value: CellValue, style: number): string {
  const s = style > 0 ? ` s="${style}"` : "";
  if (value === null || value === undefined) return style > 0 ? `<c r="${ref}"${s}/>` : "";
  if (typeof value === "number") {
    // NaN and infinities have no representation in a cell: write them as Excel's own #NUM! text.
    if (!Number.isFinite(value)) return inline(ref, "#NUM!", s);
    return `<c r="${ref}"${s}><v>${value}</v></c>`;
  }
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (value instanceof Date) return `<c r="${ref}"${s}><v>${(value.getTime() - EPOCH) / MS_PER_DAY}</v></c>`;
  // Output sheets never carry live errors: an error cell is written as its text.
  if (isCellError(value)) return inline(ref, value.error, s);
  return inline(ref, value, s);
}

const inline = inlineStringCell;

function sheetView(block: SheetBlock, selected: boolean): string {
  const tab = selected ? ' tabSelected="1"' : "";
  const frozen = block.frozenRows ?? 0;
  if (frozen <= 0) return `<sheetViews><sheetView workbookViewId="0"${tab}/></sheetViews>`;
  const top = `A${frozen + 1}`;
  return (
    `<sheetViews><sheetView workbookViewId="0"${tab}>` +
    `<pane ySplit="${frozen}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`
  );
}

/**
 * Collects XML text as UTF-8 bytes, encoding every few thousand pieces: a million-row sheet
 * never becomes one string (Chinese text makes V8 strings two bytes a character, and a
 * string has a length limit), only its bytes, once.
 */
class Utf8Sink {
  private pieces: string[] = [];
  private readonly chunks: Uint8Array[] = [];
  private readonly encoder = new TextEncoder();

  push(...texts: string[]): void {
    for (const text of texts) this.pieces.push(text);
    if (this.pieces.length >= 4096) this.flush();
  }

  private flush(): void {
    if (this.pieces.length > 0) this.chunks.push(this.encoder.encode(this.pieces.join("")));
    this.pieces = [];
  }

  bytes(): Uint8Array {
    this.flush();
    return concatChunks(this.chunks);
  }
}

/**
 * The worksheet XML of `block`, as UTF-8 bytes; `selected` marks it as the workbook's active
 * tab. `lookId` gives the style of a cell its print hints change (./result-styles).
 */
export function sheetXmlBytes(block: SheetBlock, styles: ResultStyleIds, selected: boolean, lookId?: (look: CellLook) => number): Uint8Array {
  const hints = lookId ? cellPrintOf(block.print, HIGHLIGHT_FILL) : null;
  const headings = new Set(block.headingRows ?? []);
  const linked = new Map((block.links ?? []).map((l) => [a1(l.row, l.col), l]));
  // Loops, not spread arguments: a sheet can have a million rows and links, past the call stack's limit.
  let width = Math.max(block.widths?.length ?? 0, 1);
  for (const row of block.rows) width = Math.max(width, row?.length ?? 0);
  const height = Math.max(block.rows.length, 1);
  const parts = new Utf8Sink();
  parts.push(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    sheetPrXml(block),
    `<dimension ref="A1:${columnLetter(width)}${height}"/>`,
    sheetView(block, selected),
    '<sheetFormatPr defaultRowHeight="15"/>'
  );
  if (block.widths && block.widths.length > 0) {
    parts.push("<cols>", ...block.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`), "</cols>");
  }
  parts.push("<sheetData>");
  block.rows.forEach((cells = [], r) => {
    const row = r + 1;
    const fixed = rowHeightAttrs(block.print, row);
    if (cells.length === 0 && !fixed) return;
    let xml = "";
    // A highlighted row is filled across its whole width, empty cells included.
    const rowCells = hints?.fill.has(row) && cells.length < width ? [...cells, ...Array<CellValue>(width - cells.length).fill(null)] : cells;
    rowCells.forEach((value, c) => {
      const ref = a1(row, c + 1);
      const base: CellLook["base"] = linked.has(ref) ? "link" : headings.has(row) ? "bold" : value instanceof Date ? "date" : "plain";
      const look = hints && lookId ? printLook(hints, base, row, c + 1, value) : null;
      const style = look ? lookId!(look) : { link: styles.link, bold: styles.bold, date: styles.date, plain: 0 }[base];
      xml += cellXml(ref, linked.has(ref) && (value === null || value === undefined) ? linked.get(ref)!.target : value, style);
    });
    if (xml || fixed) parts.push(`<row r="${row}"${fixed}>${xml}</row>`);
  });
  // Files cannot hold the block's charts: its figures get data bars, as the exceljs writer gives them.
  parts.push("</sheetData>", dataBarsXml(block));
  const links = block.links ?? [];
  if (links.length > 0) {
    parts.push("<hyperlinks>");
    for (const l of links) parts.push(`<hyperlink ref="${a1(l.row, l.col)}" location="${escapeXml(l.target)}" display="${escapeXml(l.target)}"/>`);
    parts.push("</hyperlinks>");
  }
  const setup = pageSetupXml(block);
  parts.push(setup.before, '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>', setup.after, "</worksheet>");
  return parts.bytes();
}

/** The very hidden list of marked cells (column A), read by the input sheets' marking rule. */
export function markListBlock(name: string, header: string, keys: readonly string[]): SheetBlock {
  return { name, rows: [[header], ...keys.map((k) => [k])] };
}
