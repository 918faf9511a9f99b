/**
 * One worksheet's XML to the neutral grid, streamed: the values exceljs would give (shared
 * and inline strings, numbers, dates by the cell's style, booleans, errors, formula
 * results) and the merged areas. Rows and cells without an `r` attribute (the standard
 * allows them; openpyxl and Excel read them) take the position that follows the previous one.
 */
import type { CellValue, MergedArea, SheetGrid } from "../../sheets/grid";
import { EXCEL_MAX_COLUMN, EXCEL_MAX_ROW } from "../limits";
import { REFUSALS } from "../refusal";
import { attribute, attributeAt, decodeXmlText, scanXml } from "./fast-xml";

/** What the sheet's cells refer to: the shared strings, which styles are dates, the date system. */
export interface SheetContext {
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
  maxDepth: number;
}

const MS_PER_DAY = 86_400_000;
/** Serial 25569 is 1970-01-01 in the 1900 system; the 1904 system counts 1462 days fewer. */
const UNIX_EPOCH_SERIAL = 25569;
const DAYS_1900_TO_1904 = 1462;

/** A date serial as the Date exceljs gives for it (UTC, rounded to the millisecond). */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1900_TO_1904 : 0)) * MS_PER_DAY));
}

/** The 1-based column of the A1 reference at `buf[from]` ("AB12" → 28); 0 when it has none. */
function columnAt(buf: string, from: number): number {
  let col = 0;
  for (let i = from; i < buf.length; i++) {
    const code = buf.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + code - 64;
    else if (code >= 97 && code <= 122) col = col * 26 + code - 96;
    else if (code !== 36) break;
  }
  return col;
}

/** The 1-based column of an A1 reference's letters. */
function columnOf(ref: string): number {
  return columnAt(ref, 0);
}

/** The unsigned integer at `buf[from]`; -1 when no digit is there. */
function integerAt(buf: string, from: number): number {
  let n = -1;
  for (let i = from; i < buf.length; i++) {
    const code = buf.charCodeAt(i);
    if (code < 48 || code > 57) break;
    n = (n < 0 ? 0 : n * 10) + code - 48;
  }
  return n;
}

/** The cell types (t attribute) as shared strings, so reading one makes no new string. */
const CELL_TYPES = ["s", "str", "inlineStr", "b", "e", "d", "n"];

function cellTypeAt(buf: string, at: number): string {
  const end = buf.indexOf(buf[at - 1], at);
  for (const t of CELL_TYPES) if (t.length === end - at && buf.startsWith(t, at)) return t;
  return buf.slice(at, end);
}

/** The 1-based row of an A1 reference's digits ("AB12" → 12). */
function rowOf(ref: string): number {
  const m = /(\d+)\s*$/.exec(ref);
  return m ? Number(m[1]) : 0;
}

function mergeOf(ref: string): MergedArea | undefined {
  const [from, to] = ref.split(":");
  if (to === undefined) return undefined;
  const area = { top: rowOf(from), left: columnOf(from), bottom: rowOf(to), right: columnOf(to) };
  return area.top > 0 && area.left > 0 && area.bottom >= area.top && area.right >= area.left ? area : undefined;
}

/** Reads one sheet's XML chunks into a grid named `name`. */
export async function readSheetXml(chunks: AsyncIterable<Uint8Array>, name: string, context: SheetContext): Promise<SheetGrid> {
  const where = `工作表「${name}」`;
  const rows: CellValue[][] = [];
  const merges: MergedArea[] = [];
  let row = 0;
  let col = 0;
  let cells: CellValue[] = [];
  let type: string | undefined;
  let style = 0;
  let text = "";
  let hasText = false;
  let inValue = false;
  let inInline = false;
  let inInlineText = false;
  let phonetic = 0;

  const valueOf = (): CellValue => {
    if (!hasText) return null;
    switch (type) {
      case "s": {
        const s = context.sharedStrings[parseInt(text, 10)];
        return s === undefined ? null : s;
      }
      case "str":
      case "inlineStr":
        return decodeXmlText(text);
      case "b":
        return parseInt(text, 10) !== 0;
      case "e":
        return { error: decodeXmlText(text) };
      case "d":
        return new Date(decodeXmlText(text));
      default: {
        const n = parseFloat(text);
        return context.dateStyles[style] ? serialToDate(n, context.date1904) : n;
      }
    }
  };

  await scanXml(
    chunks,
    {
      open: (tag, buf, from, to) => {
        switch (tag) {
          case "row": {
            const r = attributeAt(buf, from, to, "r");
            row = r >= 0 ? integerAt(buf, r) : row + 1;
            if (!(row >= 1 && row <= EXCEL_MAX_ROW)) throw REFUSALS.outsideGrid(where);
            col = 0;
            cells = [];
            break;
          }
          case "c": {
            const r = to - from > 1 ? attributeAt(buf, from, to, "r") : -1;
            col = r >= 0 ? columnAt(buf, r) : col + 1;
            if (!(col >= 1 && col <= EXCEL_MAX_COLUMN)) throw REFUSALS.outsideGrid(where);
            const t = to - from > 1 ? attributeAt(buf, from, to, "t") : -1;
            type = t >= 0 ? cellTypeAt(buf, t) : undefined;
            const s = to - from > 1 ? attributeAt(buf, from, to, "s") : -1;
            style = s >= 0 ? Math.max(0, integerAt(buf, s)) : 0;
            text = "";
            hasText = false;
            break;
          }
          case "v":
            inValue = true;
            hasText = true;
            break;
          case "is":
            inInline = true;
            break;
          case "rPh":
            phonetic++;
            break;
          case "t":
            if (inInline && phonetic === 0) hasText = inInlineText = true;
            break;
          case "mergeCell": {
            const ref = attribute(buf, from, to, "ref");
            const area = ref !== undefined ? mergeOf(ref) : undefined;
            if (area) merges.push(area);
            break;
          }
        }
      },
      close: (tag) => {
        switch (tag) {
          case "v":
            inValue = false;
            break;
          case "is":
            inInline = false;
            break;
          case "rPh":
            phonetic--;
            break;
          case "t":
            inInlineText = false;
            break;
          case "c": {
            const value = valueOf();
            if (value === null) break;
            while (cells.length < col - 1) cells.push(null);
            if (cells.length === col - 1) cells.push(value);
            else cells[col - 1] = value;
            break;
          }
          case "row":
            if (cells.length === 0) break;
            while (rows.length < row - 1) rows.push([]);
            rows[row - 1] = cells;
            break;
        }
      },
      text: (buf, from, to) => {
        if (inValue || inInlineText) text += buf.slice(from, to);
      },
    },
    where,
    context.maxDepth
  );
  return { name, rows, merges };
}
