/**
 * A1 addresses for the fake: its own small parser (independent of src/, so the fake
 * does not share the adapter's bugs). Rectangles are 0-based and inclusive of `rows`
 * by `cols` cells.
 */
import { officeError } from "./errors";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "A" for 0, "AA" for 26. */
export function columnName(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Parses "C3", "$A$1:B20", "A:C", "2:5", optionally "'Sheet'!A1"; throws InvalidArgument like Excel. */
export function parseAddress(address: string): Rect {
  const bang = address.lastIndexOf("!");
  const local = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").trim().toUpperCase();
  const cells = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(local);
  if (cells) {
    const r1 = Number(cells[2]) - 1;
    const c1 = columnNumber(cells[1]) - 1;
    const r2 = cells[4] ? Number(cells[4]) - 1 : r1;
    const c2 = cells[3] ? columnNumber(cells[3]) - 1 : c1;
    return checked({ row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 }, address);
  }
  const columns = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(local);
  if (columns) {
    const c1 = columnNumber(columns[1]) - 1;
    const c2 = columnNumber(columns[2]) - 1;
    return checked({ row: 0, col: Math.min(c1, c2), rows: MAX_ROWS, cols: Math.abs(c2 - c1) + 1 }, address);
  }
  const rows = /^(\d+):(\d+)$/.exec(local);
  if (rows) {
    const r1 = Number(rows[1]) - 1;
    const r2 = Number(rows[2]) - 1;
    return checked({ row: Math.min(r1, r2), col: 0, rows: Math.abs(r2 - r1) + 1, cols: MAX_COLS }, address);
  }
  throw officeError("InvalidArgument", "Worksheet.getRange", `Invalid address: ${address}`);
}

/** Throws InvalidArgument for a rectangle outside the grid, as Excel does. */
export function checked(rect: Rect, what: string): Rect {
  const ok =
    Number.isInteger(rect.row) &&
    Number.isInteger(rect.col) &&
    rect.row >= 0 &&
    rect.col >= 0 &&
    rect.rows >= 1 &&
    rect.cols >= 1 &&
    rect.row + rect.rows <= MAX_ROWS &&
    rect.col + rect.cols <= MAX_COLS;
  if (!ok) throw officeError("InvalidArgument", "Range", `Range outside the worksheet: ${what}`);
  return rect;
}

/** "A1" or "A1:C3" (no sheet). */
export function localAddress(rect: Rect): string {
  const first = `${columnName(rect.col)}${rect.row + 1}`;
  if (rect.rows === 1 && rect.cols === 1) return first;
  return `${first}:${columnName(rect.col + rect.cols - 1)}${rect.row + rect.rows}`;
}

/** Sheet names are quoted in addresses when they hold anything but letters, digits, "_" or "." (as Excel does). */
export function qualifiedAddress(sheet: string, rect: Rect): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet);
  const name = plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${localAddress(rect)}`;
}

/** True when two rectangles share a cell. */
export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** True when `outer` contains every cell of `inner`. */
export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}
