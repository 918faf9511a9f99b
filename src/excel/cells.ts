/**
 * Cell values between the neutral grid (src/sheets/grid.ts) and Office.js: what
 * `range.values` returns becomes a CellValue, and a CellValue becomes something Excel
 * stores as meant — a date as its serial, an error as its text, and text as text.
 */
import { clipText, EXCEL_CELL_CHARS } from "../domain/text";
import type { CellValue } from "../sheets/grid";
import { a1, isCellError } from "../sheets/grid";
import { isoToSerial, jsDateToIso } from "../sheets/dates";
import { ExcelOperationError } from "./errors";

/** What the adapter writes into `range.values`. */
export type ExcelScalar = string | number | boolean;

/**
 * Text exactly as given. Excel parses what `range.values` receives as if it were
 * typed: "001" becomes 1, "2010-03-05" a date, "TRUE" a boolean, and "=…", "+…", "-…"
 * and "@…" a formula (so would a unit's "=HYPERLINK(…)" typed as text). A leading
 * apostrophe keeps the text literal and is not part of the cell's value; text that
 * starts with a Chinese character cannot be parsed and needs none. No writer of this
 * adapter writes a formula into a cell: every string goes through here.
 */
export function literalText(text: string): string {
  return text === "" || /^\p{Script=Han}/u.test(text) ? text : `'${text}`;
}

/** Excel's cell limit: a cell holds at most 32,767 characters (UTF-16 units); writing more fails. */
export const MAX_CELL_CHARS = EXCEL_CELL_CHARS;

/** `text` cut to Excel's cell limit, ending in "…" when cut (never inside a surrogate pair); the file writers clip alike. */
export function clipToCell(text: string): string {
  return clipText(text, MAX_CELL_CHARS);
}

/**
 * A cell of an output block or a plan: empty → "", date → serial, error → its text, text kept
 * literal (never a formula) and clipped to Excel's cell limit. Output sheets quote the user's
 * words in messages, so their text may run past the limit; a plan's cells are checked first
 * (refuseOverlong), since clipping a record would lose what the user typed.
 */
export function blockValue(value: CellValue): ExcelScalar {
  if (value === null) return "";
  if (value instanceof Date) {
    const iso = jsDateToIso(value);
    return iso === null ? "" : isoToSerial(iso);
  }
  if (isCellError(value)) return literalText(value.error);
  if (typeof value === "string") return literalText(clipToCell(value));
  return value;
}

/**
 * Refuses a planned sheet holding text longer than a cell can, naming the cell: a plan writes
 * records, and clipping one would lose what a user typed. Called before anything is written.
 */
export function refuseOverlong(sheet: string, rows: readonly CellValue[][]): void {
  for (let r = 0; r < rows.length; r++) {
    const line = rows[r];
    for (let c = 0; c < line.length; c++) {
      const value = line[c];
      if (typeof value !== "string" || value.length <= MAX_CELL_CHARS) continue;
      const count = (n: number) => n.toLocaleString("en-US");
      throw new ExcelOperationError(
        "CellTooLong",
        "",
        null,
        `「${sheet}」${a1(r + 1, c + 1)} 的文字有 ${count(value.length)} 个字符，超过 Excel 单元格 ${count(MAX_CELL_CHARS)} 个字符的上限，Excel 无法写入，所以没有改动任何工作表。请把这段文字缩短后再试。`
      );
    }
  }
}

/** One cell as read: `type` is its `valueTypes` entry, so "#N/A" is an error only when Excel says so. */
export function readValue(value: unknown, type: string | undefined): CellValue {
  if (type === "Error") return { error: String(value) };
  if (value === null || value === undefined || value === "" || type === "Empty") return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** Rows padded to one width (Excel wants a rectangle), each cell converted by `convert`. */
export function rectangle(rows: readonly CellValue[][], width: number, convert: (value: CellValue) => ExcelScalar): ExcelScalar[][] {
  return rows.map((row) => {
    const line: ExcelScalar[] = new Array<ExcelScalar>(width);
    for (let c = 0; c < width; c++) line[c] = convert(row[c] ?? null);
    return line;
  });
}

/** The widest row, at least 1 (a range needs a column). */
export function widthOf(rows: readonly CellValue[][]): number {
  return rows.reduce((max, row) => Math.max(max, row.length), 1);
}

/**
 * Column width in points for a width in characters. Excel measures characters in the
 * default font's digit width (7 px for Calibri 11 and 等线 11) plus 5 px of padding;
 * a point is 0.75 px. So Excel's default 8.43 characters is 64 px, 48 points.
 */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** UTF-8 length of a string (what a request carries), counted without allocating. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Size of a value in a request: its JSON in UTF-8. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}
