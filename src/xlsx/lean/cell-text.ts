/**
 * Reading a sheet cell's pieces straight from the scanned text, by position and character
 * code, without making strings: its A1 reference, its r/s/t attributes, a shared-string
 * index and a plain decimal number. At a million rows each string not made is time and
 * garbage saved; anything unusual falls back to the general (string-making) reading.
 */

/** The 1-based column of the A1 reference at `buf[from]` ("AB12" → 28); 0 when it has none. */
export function columnAt(buf: string, from: number): number {
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
export function columnOf(ref: string): number {
  return columnAt(ref, 0);
}

/** True when `buf` holds `text` at `at` (compared by codes: a builtin call per cell costs more). */
export function sameText(buf: string, at: number, text: string): boolean {
  if (at + text.length > buf.length) return false;
  for (let k = 0; k < text.length; k++) if (buf.charCodeAt(at + k) !== text.charCodeAt(k)) return false;
  return true;
}

/** True for the character codes of 0 to 9. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The unsigned integer at `buf[from]`; -1 when no digit is there. */
export function integerAt(buf: string, from: number): number {
  let n = -1;
  for (let i = from; i < buf.length; i++) {
    const code = buf.charCodeAt(i);
    if (code < 48 || code > 57) break;
    n = (n < 0 ? 0 : n * 10) + code - 48;
  }
  return n;
}

/** Powers of ten a double holds exactly (10^0 to 10^22): dividing by one of them rounds correctly. */
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The plain decimal ("73.5", "-12", "0.25") in `buf[from, to)`, read without a new string;
 * NaN for anything else (exponents, "+", spaces, more than 15 digits), which the caller then
 * reads with parseFloat. With at most 15 digits the digits form an exact integer and one
 * division by an exact power of ten rounds once, so the result is the one parseFloat gives.
 */
export function plainDecimalIn(buf: string, from: number, to: number): number {
  let i = from;
  const negative = buf.charCodeAt(i) === 45;
  if (negative) i++;
  let digits = 0;
  let mantissa = 0;
  let scale = 0;
  let dot = false;
  for (; i < to; i++) {
    const code = buf.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + code - 48;
      digits++;
      if (dot) scale++;
    } else if (code === 46 && !dot) dot = true;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const value = scale === 0 ? mantissa : mantissa / EXACT_POWERS_OF_TEN[scale];
  return negative ? -value : value;
}

/**
 * Where the values of a tag's `r`, `s` and `t` attributes start (after the quote) in its
 * attribute text `buf[from, to)`; -1 for each one absent. One pass over the few characters
 * of the tag: a search per name would run on past the tag when the name is absent.
 */
export interface CellAttributes {
  r: number;
  s: number;
  t: number;
}

export function readCellAttributes(buf: string, from: number, to: number, found: CellAttributes): void {
  found.r = found.s = found.t = -1;
  let i = from;
  while (i < to) {
    let code = buf.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13) {
      i++;
      continue;
    }
    const nameStart = i;
    while (i < to && code !== 61 && code !== 32 && code !== 9 && code !== 10 && code !== 13) code = buf.charCodeAt(++i);
    const nameLength = i - nameStart;
    while (i < to && (code = buf.charCodeAt(i)) !== 34 && code !== 39) i++;
    if (i >= to) return;
    const valueStart = i + 1;
    const valueEnd = buf.indexOf(code === 34 ? '"' : "'", valueStart);
    if (valueEnd < 0 || valueEnd >= to) return;
    if (nameLength === 1) {
      const name = buf.charCodeAt(nameStart);
      if (name === 114) found.r = valueStart;
      else if (name === 115) found.s = valueStart;
      else if (name === 116) found.t = valueStart;
    }
    i = valueEnd + 1;
  }
}

/** The cell types (t attribute) as shared strings, so reading one makes no new string. */
const CELL_TYPES = ["s", "str", "inlineStr", "b", "e", "d", "n"];

export function cellTypeAt(buf: string, at: number): string {
  // The usual one-letter type, t="s", read by its codes.
  if (buf.charCodeAt(at) === 115 && buf.charCodeAt(at + 1) === buf.charCodeAt(at - 1)) return "s";
  const end = buf.indexOf(buf[at - 1], at);
  for (const t of CELL_TYPES) if (t.length === end - at && buf.startsWith(t, at)) return t;
  return buf.slice(at, end);
}
