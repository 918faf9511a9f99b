/**
 * One worksheet's XML to the neutral grid, streamed: the values exceljs would give (shared
 * and inline strings, numbers, dates by the cell's style, booleans, errors, formula
 * results) and the merged areas. Rows and cells without an `r` attribute (the standard
 * allows them; openpyxl and Excel read them) take the position that follows the previous one.
 */
import { a1, type CellValue, type MergedArea, type SheetGrid } from "../../sheets/grid";
import { EXCEL_MAX_COLUMN, EXCEL_MAX_ROW } from "../limits";
import { REFUSALS } from "../refusal";
import { cellTypeAt, columnAt, columnOf, integerAt, isDigit, plainDecimalIn, readCellAttributes, sameText, type CellAttributes } from "./cell-text";
import { attribute, decodeXmlText, scanXml } from "./fast-xml";
import type { SharedStrings } from "./shared-strings";

/** What the sheet's cells refer to: the shared strings, which styles are dates, the date system. */
export interface SheetContext {
  /** Undefined when the workbook has no shared strings part: a cell referring to one is damage. */
  sharedStrings: SharedStrings | undefined;
  dateStyles: readonly boolean[];
  date1904: boolean;
  maxDepth: number;
}

const GT = 62;
const MS_PER_DAY = 86_400_000;
/** Serial 25569 is 1970-01-01 in the 1900 system; the 1904 system counts 1462 days fewer. */
const UNIX_EPOCH_SERIAL = 25569;
const DAYS_1900_TO_1904 = 1462;

/** A date serial as the Date exceljs gives for it (UTC, rounded to the millisecond). */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1900_TO_1904 : 0)) * MS_PER_DAY));
}

/** A t="d" cell's ISO 8601 text as a Date; without a zone it is the wall-clock time, read as UTC like every date here. */
function isoDate(text: string): Date | string {
  const trimmed = text.trim();
  const zoned = /(?:Z|[+-]\d\d:?\d\d)$/i.test(trimmed) || !trimmed.includes("T") ? trimmed : `${trimmed}Z`;
  const date = new Date(zoned);
  return Number.isNaN(date.getTime()) ? text : date;
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
  // A cell's text: usually one piece, kept as its place in the scanned buffer (no new string);
  // pieces split across chunks or runs are joined into `joined`.
  let pieces = 0;
  let pieceBuf = "";
  let pieceFrom = 0;
  let pieceTo = 0;
  let joined = "";
  let hasText = false;
  let inValue = false;
  let inInline = false;
  let inInlineText = false;
  let phonetic = 0;
  const attributes: CellAttributes = { r: -1, s: -1, t: -1 };
  let badBytes = false;

  const textOf = (): string => (pieces === 1 ? pieceBuf.slice(pieceFrom, pieceTo) : joined);

  const valueOf = (): CellValue => {
    if (!hasText) return null;
    switch (type) {
      case "s": {
        const index = pieces === 1 && isDigit(pieceBuf.charCodeAt(pieceFrom)) ? integerAt(pieceBuf, pieceFrom) : parseInt(textOf(), 10);
        if (Number.isNaN(index) && textOf().trim() === "") return null;
        const table = context.sharedStrings;
        if (!table) throw REFUSALS.missingPart(`共享文本表（${where}单元格 ${a1(row, col)} 引用了它）`);
        const s = table.strings[index];
        if (s === undefined) throw REFUSALS.missingPart(`${where}单元格 ${a1(row, col)} 引用的共享文本`);
        if (table.damaged.has(index)) throw REFUSALS.badCellText(where, a1(row, col));
        return s;
      }
      case "str":
      case "inlineStr":
        return checkedText(decodeXmlText(textOf()));
      case "b": {
        const text = textOf().trim();
        return text === "" ? null : text === "1" || text === "true";
      }
      case "e":
        return { error: checkedText(decodeXmlText(textOf())) };
      case "d":
        return isoDate(checkedText(decodeXmlText(textOf())));
      default: {
        const fast = pieces === 1 ? plainDecimalIn(pieceBuf, pieceFrom, pieceTo) : NaN;
        const n = Number.isNaN(fast) ? Number(textOf().trim() || NaN) : fast;
        // An empty <v></v> is a blank cell; text that is no finite number (1e309, "abc") is
        // handed on as text, so validation says at the cell what is written there.
        if (!Number.isFinite(n)) return textOf().trim() === "" ? null : checkedText(decodeXmlText(textOf()));
        return context.dateStyles[style] ? serialToDate(n, context.date1904) : n;
      }
    }
  };

  /** Text met after bytes that were not UTF-8 holds U+FFFD where they were: refused at its cell. */
  const checkedText = (text: string): string => {
    if (badBytes && text.includes("\uFFFD")) throw REFUSALS.badCellText(where, a1(row, col));
    return text;
  };

  /** Puts the cell just read into its row (blank cells leave nothing). */
  const endCell = (): void => {
    const value = valueOf();
    if (value === null) return;
    while (cells.length < col - 1) cells.push(null);
    if (cells.length === col - 1) cells.push(value);
    else if (cells[col - 1] !== null) throw REFUSALS.duplicateCell(where, a1(row, col));
    else cells[col - 1] = value;
  };

  await scanXml(
    chunks,
    {
      open: (tag, buf, from, to) => {
        switch (tag) {
          case "row": {
            readCellAttributes(buf, from, to, attributes);
            row = attributes.r >= 0 ? integerAt(buf, attributes.r) : row + 1;
            if (!(row >= 1 && row <= EXCEL_MAX_ROW)) throw REFUSALS.outsideGrid(where);
            col = 0;
            cells = [];
            break;
          }
          case "c": {
            readCellAttributes(buf, from, to, attributes);
            col = attributes.r >= 0 ? columnAt(buf, attributes.r) : col + 1;
            if (!(col >= 1 && col <= EXCEL_MAX_COLUMN)) throw REFUSALS.outsideGrid(where);
            type = attributes.t >= 0 ? cellTypeAt(buf, attributes.t) : undefined;
            style = attributes.s >= 0 ? Math.max(0, integerAt(buf, attributes.s)) : 0;
            pieces = 0;
            joined = "";
            hasText = false;
            // The usual cell, <c …><v>text</v></c>, read here in one step (see ScanHandlers.open).
            const value = buf.charCodeAt(to) === GT && sameText(buf, to + 1, "<v>") ? to + 4 : -1;
            const valueEnd = value < 0 ? -1 : buf.indexOf("<", value);
            if (valueEnd > value && sameText(buf, valueEnd, "</v></c>")) {
              pieces = 1;
              pieceBuf = buf;
              pieceFrom = value;
              pieceTo = valueEnd;
              hasText = true;
              endCell();
              return valueEnd + 8;
            }
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
          case "c":
            endCell();
            break;
          case "row":
            if (cells.length === 0) break;
            while (rows.length < row - 1) rows.push([]);
            // Two <row> elements for one row: which one Excel would keep is not ours to guess.
            if ((rows[row - 1]?.length ?? 0) > 0) throw REFUSALS.duplicateRow(where, row);
            rows[row - 1] = cells;
            break;
        }
      },
      text: (buf, from, to) => {
        if (!(inValue || inInlineText)) return;
        if (pieces === 0) {
          pieceBuf = buf;
          pieceFrom = from;
          pieceTo = to;
        } else {
          if (pieces === 1) joined = pieceBuf.slice(pieceFrom, pieceTo);
          joined += buf.slice(from, to);
        }
        pieces++;
      },
      invalidBytes: () => {
        badBytes = true;
      },
    },
    where,
    context.maxDepth
  );
  return { name, rows, merges };
}
