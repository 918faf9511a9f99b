/**
 * How the fake turns what an add-in writes into what a cell holds, the way Excel
 * parses typed input: "" empties a cell, "'" forces text, "=" (or, for what is not a
 * number, "+", "-" and "@") starts a formula,
 * numbers, percentages, TRUE/FALSE, ISO dates and error literals are converted, and
 * null leaves the cell unchanged. Values travel as JSON, so a Date arrives as its
 * ISO string (text, not a date): an adapter that forgets to convert dates is caught.
 */
import { officeError } from "./errors";

/** What a cell holds: an error cell is `{ error: "#N/A" }`. */
export type FakeValue = string | number | boolean | { error: string } | null;

export interface CellInput {
  value: FakeValue;
  formula?: string;
  /** Set when Excel would pick a date format for a typed date. */
  dateFormat?: boolean;
}

const ERROR_LITERALS = new Set(["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"]);
const MS_PER_DAY = 86_400_000;

/** Excel's serial for a calendar date, in the fake's own arithmetic (1900 system with the fictitious 1900-02-29). */
export function fakeSerial(year: number, month: number, day: number): number {
  const days = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / MS_PER_DAY);
  return days < 61 ? days - 1 : days;
}

function parseDate(text: string): number | null {
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return fakeSerial(year, month, day);
}

/** Excel's limits: a cell holds at most 32,767 characters, a formula at most 8,192. */
export const MAX_CELL_CHARS = 32_767;
export const MAX_FORMULA_CHARS = 8_192;

function withinCell(text: string, location: string): string {
  if (text.length > MAX_CELL_CHARS) throw officeError("InvalidArgument", location, `A cell can hold at most ${MAX_CELL_CHARS} characters.`);
  return text;
}

function withinFormula(formula: string, location: string): string {
  if (formula.length > MAX_FORMULA_CHARS)
    throw officeError("InvalidArgument", location, `A formula can be at most ${MAX_FORMULA_CHARS} characters long.`);
  return formula;
}

/** Converts one written value; `undefined` means "leave the cell as it is" (null in the array). */
export function coerceInput(raw: unknown, location: string): CellInput | undefined {
  // The request is JSON: a Date becomes its ISO string, NaN and Infinity become null.
  const wire: unknown = raw instanceof Date ? raw.toJSON() : raw;
  if (wire === null || wire === undefined) return undefined;
  if (typeof wire === "number") return Number.isFinite(wire) ? { value: wire } : undefined;
  if (typeof wire === "boolean") return { value: wire };
  if (typeof wire !== "string") throw officeError("InvalidArgument", location, "A cell value must be a string, number or boolean.");
  const text = wire;
  if (text === "") return { value: null };
  if (text.startsWith("'")) return { value: withinCell(text.slice(1), location) };
  if (text.startsWith("=") && text.length > 1) return { value: null, formula: withinFormula(text, location) };
  withinCell(text, location);
  const trimmed = text.trim();
  if (ERROR_LITERALS.has(trimmed.toUpperCase())) return { value: { error: trimmed.toUpperCase() } };
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return { value: Number(trimmed) };
  if (/^[+-]?(\d+\.?\d*|\.\d+)%$/.test(trimmed)) return { value: Number(trimmed.slice(0, -1)) / 100 };
  // What is not a number but starts with + - or @ Excel takes for a formula too ("+A1" is "=+A1").
  if (/^[+\-@]./.test(text)) return { value: null, formula: withinFormula(`=${text}`, location) };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  const serial = parseDate(trimmed);
  if (serial !== null) return { value: serial, dateFormat: true };
  return { value: text };
}

/** Checks that `input` is a 2-D array of exactly `rows` × `cols`, as Excel does for values, formulas and numberFormat. */
export function checkMatrix(input: unknown, rows: number, cols: number, location: string): unknown[][] {
  const ok = Array.isArray(input) && input.length === rows && input.every((row) => Array.isArray(row) && row.length === cols);
  if (!ok) {
    throw officeError(
      "InvalidArgument",
      location,
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
    );
  }
  return input as unknown[][];
}
