/**
 * One worksheet's XML to the neutral grid, streamed: the values exceljs would give (shared
 * and inline strings, numbers, dates by the cell's style, booleans, errors, formula
 * results) and the merged areas. Rows and cells without an `r` attribute (the standard
 * allows them; openpyxl and Excel read them) take the position that follows the previous one.
 */
import type { CellValue, MergedArea, SheetGrid } from "../../sheets/grid";
import { EXCEL_MAX_COLUMN, EXCEL_MAX_ROW } from "../limits";
import { REFUSALS } from "../refusal";
import { parseXml } from "./xml-events";

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

/** The 1-based column of an A1 reference's letters ("AB12" → 28); 0 when it has none. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + code - 64;
    else if (code >= 97 && code <= 122) col = col * 26 + code - 96;
    else if (code !== 36) break;
  }
  return col;
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
        return text;
      case "b":
        return parseInt(text, 10) !== 0;
      case "e":
        return { error: text };
      case "d":
        return new Date(text);
      default: {
        const n = parseFloat(text);
        return context.dateStyles[style] ? serialToDate(n, context.date1904) : n;
      }
    }
  };

  await parseXml(
    chunks,
    {
      open: (tag, a) => {
        switch (tag) {
          case "row":
            row = a.r !== undefined ? parseInt(a.r, 10) : row + 1;
            if (!(row >= 1 && row <= EXCEL_MAX_ROW)) throw REFUSALS.outsideGrid(where);
            col = 0;
            cells = [];
            break;
          case "c":
            col = a.r !== undefined ? columnOf(a.r) : col + 1;
            if (!(col >= 1 && col <= EXCEL_MAX_COLUMN)) throw REFUSALS.outsideGrid(where);
            type = a.t;
            style = a.s !== undefined ? parseInt(a.s, 10) : 0;
            text = "";
            hasText = false;
            break;
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
            const area = a.ref !== undefined ? mergeOf(a.ref) : undefined;
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
      text: (chunk) => {
        if (inValue || inInlineText) text += chunk;
      },
    },
    where,
    context.maxDepth
  );
  return { name, rows, merges };
}
