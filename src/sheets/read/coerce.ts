/**
 * Turns one cell into a typed value for its column, accepting what people really type
 * (numeric text, full-width digits, text dates, grade words) with a warning, and
 * reporting what cannot be read as an error at the cell. Never throws on user data.
 */
import * as R from "../../domain/catalogue/reading-rules";
import { findingOf, type Finding } from "../../domain/findings";
import { campaignYearRange, type Settings } from "../../domain/settings";
import type { IsoDate } from "../../domain/types";
import { suggestionFor } from "../../domain/validation/suggest";
import { isValidIso, jsDateToIso, serialToIso } from "../dates";
import { a1, isBlank, isCellError, type CellValue } from "../grid";
import type { ColumnSpec } from "../schema";
import {
  EXCEL_CELL_CHARS,
  formatCharsIn,
  hasFormatChars,
  hasFullWidth,
  toHalfWidth,
  trimAll,
  withoutEmojiFormat,
  withoutFormatChars,
} from "../../domain/text";

export interface CoerceContext {
  sheet: string;
  settings: Settings;
  /** Allowed values of static lists, by list name. */
  lists: ReadonlyMap<string, ReadonlySet<string>>;
  findings: Finding[];
}

/** The absence of a value: the cell was blank (and not required) or could not be read (an error was reported). */
export const NO_VALUE = Symbol("no value");

/**
 * Where a cell is: its A1 address, or its 1-based row and column. The reader passes the
 * position and the address is spelled only when a finding needs it: a million rows of
 * clean cells would otherwise make four million address strings that nothing reads.
 */
export type CellAt = string | { readonly row: number; readonly col: number };
export type Coerced = string | number | boolean | string[] | IsoDate | null | typeof NO_VALUE;

/** What an optional blank cell reads as: text-like fields are empty strings, the rest null. */
const BLANK_VALUE: Record<ColumnSpec["type"], Coerced> = {
  text: "",
  code: "",
  list: "",
  multi: [],
  integer: null,
  number: null,
  score: null,
  date: null,
  yesno: null,
};

/** Reads `raw` at `cell` as `column` requires; findings go to ctx.findings. Blank optional cells give null. */
export function coerceCell(raw: CellValue, column: ColumnSpec, cell: CellAt, ctx: CoerceContext): Coerced {
  if (isCellError(raw)) {
    report(ctx, R.CELL_FORMULA_ERROR, cell, { header: column.header, value: raw.error, allowed: allowedOf(column, ctx) });
    return NO_VALUE;
  }
  if (typeof raw === "string" && raw.length > EXCEL_CELL_CHARS) {
    // More than Excel can hold: a file saved by another tool, or edited by hand. Refused, never cut silently.
    report(ctx, R.CELL_TOO_LONG, cell, { header: column.header, length: raw.length, limit: EXCEL_CELL_CHARS });
    return NO_VALUE;
  }
  if (typeof raw === "string" && hasFormatChars(raw) && !isBlank(raw) && !onlyEmojiFormat(raw, column)) {
    // Never folded away: the cell must be retyped, so the workbook itself no longer holds two look-alike values.
    const chars = formatCharsIn(raw).join("、");
    report(ctx, R.CELL_FORMAT_CHARS, cell, { header: column.header, chars, value: trimAll(withoutFormatChars(raw)) });
    return NO_VALUE;
  }
  if (isBlank(raw)) {
    if (column.required) {
      report(ctx, R.CELL_REQUIRED, cell, { header: column.header });
      return NO_VALUE;
    }
    return BLANK_VALUE[column.type];
  }
  switch (column.type) {
    case "text":
      return typeof raw === "string" ? trimAll(raw) : textOf(raw);
    case "code":
      return cleanText(textOf(raw), column, cell, ctx);
    case "integer":
    case "number":
      return readNumber(raw, column, cell, ctx);
    case "score":
      return readScore(raw, column, cell, ctx);
    case "date":
      return readDate(raw, column, cell, ctx);
    case "list":
      return readListValue(raw, column, cell, ctx);
    case "yesno": {
      const value = typeof raw === "boolean" ? (raw ? "是" : "否") : readListValue(raw, column, cell, ctx);
      return value === NO_VALUE ? NO_VALUE : value === "是";
    }
    case "multi":
      return splitNames(textOf(raw));
  }
}

/** True when every format character of `raw` is part of an emoji, in free text (never in a code, a list value or a name). */
function onlyEmojiFormat(raw: string, column: ColumnSpec): boolean {
  return column.type === "text" && !column.identifies && !hasFormatChars(withoutEmojiFormat(raw));
}

/** Splits a list of names typed with 、，,；; or line breaks. */
export function splitNames(text: string): string[] {
  return text
    .split(/[、，,；;\n]+/)
    .map((s) => trimAll(s))
    .filter((s) => s !== "");
}

/**
 * A cell's value as a message quotes it: a date reads yyyy-mm-dd (a Date, or a serial in a
 * date column), never as a serial such as 40237 or a JSON timestamp; an error value as #N/A.
 */
export function cellText(raw: CellValue | undefined, column?: Pick<ColumnSpec, "type">): string {
  if (raw === null || raw === undefined) return "";
  if (isCellError(raw)) return raw.error;
  if (column?.type === "date" && typeof raw === "number") return serialToIso(raw) ?? String(raw);
  return textOf(raw);
}

function textOf(raw: CellValue): string {
  if (raw instanceof Date) return jsDateToIso(raw) ?? "";
  if (typeof raw === "number") return String(raw);
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  return String(raw);
}

/** Trims and folds full-width forms, warning when either changed what was typed. */
function cleanText(text: string, column: ColumnSpec, cell: CellAt, ctx: CoerceContext): string {
  const fullWidth = hasFullWidth(text);
  const trimmed = trimAll(fullWidth ? toHalfWidth(text) : text);
  if (fullWidth) report(ctx, R.CELL_FULL_WIDTH, cell, { header: column.header, value: text, normalized: trimmed });
  else if (trimmed !== text) report(ctx, R.CELL_STRAY_SPACES, cell, { header: column.header, normalized: trimmed });
  return trimmed;
}

function parseNumberText(text: string): number | null {
  const t = trimAll(toHalfWidth(text)).replace(/,/g, "");
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)%?$/.test(t)) return null;
  return t.endsWith("%") ? Number(t.slice(0, -1)) : Number(t);
}

function readNumber(raw: CellValue, column: ColumnSpec, cell: CellAt, ctx: CoerceContext): number | typeof NO_VALUE {
  let value: number | null = typeof raw === "number" ? raw : null;
  if (typeof raw === "string") {
    value = parseNumberText(raw);
    if (value !== null) {
      const rule = hasFullWidth(raw) ? R.CELL_FULL_WIDTH : R.CELL_NUMERIC_TEXT;
      report(ctx, rule, cell, { header: column.header, value: raw, number: value, normalized: String(value) });
    }
  }
  const allowed = allowedOf(column, ctx);
  if (value === null || !Number.isFinite(value) || (column.type === "integer" && !Number.isInteger(value))) {
    report(ctx, R.CELL_NOT_NUMBER, cell, { header: column.header, value: textOf(raw), allowed });
    return NO_VALUE;
  }
  return inRange(value, column, cell, ctx) ? value : NO_VALUE;
}

function inRange(value: number, column: ColumnSpec, cell: CellAt, ctx: CoerceContext): boolean {
  const { min, max } = column;
  const aboveMin = min === undefined || (column.minExclusive ? value > min : value >= min);
  if (aboveMin && (max === undefined || value <= max)) return true;
  report(ctx, R.CELL_OUT_OF_RANGE, cell, { header: column.header, allowed: allowedOf(column, ctx), value });
  return false;
}

/** The limits of a numeric column in words: "0 到 100 之间", "大于 0 且不大于 100", "不小于 1"; "" when it has none. */
function rangeText(column: Pick<ColumnSpec, "min" | "minExclusive" | "max">): string {
  const { min, max } = column;
  if (min !== undefined && !column.minExclusive && max !== undefined) return `${min} 到 ${max} 之间`;
  const bounds: string[] = [];
  if (min !== undefined) bounds.push(column.minExclusive ? `大于 ${min}` : `不小于 ${min}`);
  if (max !== undefined) bounds.push(`不大于 ${max}`);
  return bounds.join(" 且");
}

function readScore(raw: CellValue, column: ColumnSpec, cell: CellAt, ctx: CoerceContext): number | typeof NO_VALUE {
  if (typeof raw === "string") {
    const word = trimAll(raw);
    const grade = ctx.settings.grades.find((g) => g.word === word);
    if (grade) return grade.points;
    const value = parseNumberText(raw);
    if (value !== null) {
      const rule = hasFullWidth(raw) ? R.CELL_FULL_WIDTH : R.CELL_NUMERIC_TEXT;
      report(ctx, rule, cell, { header: column.header, value: raw, number: value, normalized: String(value) });
      return inRange(value, column, cell, ctx) ? value : NO_VALUE;
    }
  }
  if (typeof raw === "number" && Number.isFinite(raw)) return inRange(raw, column, cell, ctx) ? raw : NO_VALUE;
  const grades = ctx.settings.grades.map((g) => `${g.word}=${g.points}`).join("、");
  report(ctx, R.CELL_NOT_SCORE, cell, { header: column.header, value: textOf(raw), grades });
  return NO_VALUE;
}

/** Reads a date typed as a date, an Excel serial, or text such as 2010-3-5, 2010/3/5, 2010.3.5 or 2010年3月5日. */
export function parseDateText(text: string): IsoDate | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(trimAll(toHalfWidth(text)));
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
  return isValidIso(iso) ? iso : null;
}

function readDate(raw: CellValue, column: ColumnSpec, cell: CellAt, ctx: CoerceContext): IsoDate | typeof NO_VALUE {
  let date: IsoDate | null = null;
  if (raw instanceof Date) date = jsDateToIso(raw);
  else if (typeof raw === "number") date = serialToIso(raw);
  else if (typeof raw === "string") {
    date = parseDateText(raw);
    if (date) report(ctx, R.CELL_TEXT_DATE, cell, { header: column.header, value: raw, date });
  }
  if (!date) {
    report(ctx, R.CELL_NOT_DATE, cell, { header: column.header, value: textOf(raw), example: `${ctx.settings.year}-03-05` });
    return NO_VALUE;
  }
  if (column.dates !== "any") {
    const { from, to } = campaignYearRange(ctx.settings);
    if (date < from || date > to) {
      report(ctx, R.CELL_DATE_OUT_OF_YEAR, cell, { header: column.header, year: ctx.settings.year, from, to, date });
      return NO_VALUE;
    }
  }
  return date;
}

function readListValue(raw: CellValue, column: ColumnSpec, cell: CellAt, ctx: CoerceContext): string | typeof NO_VALUE {
  const value = cleanText(textOf(raw), column, cell, ctx);
  const list = column.list;
  if (!list || list.kind !== "values") return value;
  const allowed = ctx.lists.get(list.name);
  if (!allowed || allowed.has(value)) return value;
  report(ctx, R.CELL_NOT_IN_LIST, cell, {
    header: column.header,
    value,
    allowed: [...allowed].join("、"),
    suggestion: suggestionFor(value, allowed),
  });
  return NO_VALUE;
}

function allowedOf(column: ColumnSpec, ctx: CoerceContext): string {
  switch (column.type) {
    case "integer":
      return `${boundedText(column)}整数`;
    case "number":
    case "score":
      return `${boundedText(column)}数字`;
    case "date":
      return `日期（例如 ${ctx.settings.year}-03-05）`;
    default:
      return "文字";
  }
}

/** "0 到 100 之间的", "大于 0 且不大于 100 的", or nothing for a column without limits. */
function boundedText(column: ColumnSpec): string {
  const range = rangeText(column);
  if (range === "") return "";
  return /\d$/.test(range) ? `${range} 的` : `${range}的`;
}

function report(ctx: CoerceContext, rule: R.ReadingRule, cell: CellAt, params: Record<string, string | number>): void {
  ctx.findings.push(findingOf(rule, ctx.sheet, typeof cell === "string" ? cell : a1(cell.row, cell.col), params));
}
