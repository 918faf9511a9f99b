/**
 * A sheet plan's formatting as a list of measured operations: widths, number formats,
 * header style, wrapping, data validation, unlocked input ranges and frozen rows.
 * Measuring before queuing lets the first request be sized before anything is sent.
 */
import { parseA1 } from "../sheets/grid";
import type { SheetPlan, ValidationPlan, ValidationRule, ValidationUpdate } from "../sheets/plan";
import { charsToPoints, jsonBytes } from "./cells";

/** The fill behind header rows (a pale blue that prints well in grey). */
export const HEADER_FILL = "#DDEBF7";
/** Excel's limits for a validation's input message and error alert. */
const TITLE_LIMIT = 32;
const MESSAGE_LIMIT = 255;
/** Framing of one operation in a request, besides its arguments. */
const OP_OVERHEAD_BYTES = 120;

export interface FormatOp {
  bytes: number;
  apply(sheet: Excel.Worksheet): void;
}

function op(payload: unknown, apply: (sheet: Excel.Worksheet) => void): FormatOp {
  return { bytes: OP_OVERHEAD_BYTES + jsonBytes(payload), apply };
}

/** At most `limit` characters (Excel rejects longer prompt and alert texts). */
export function clip(text: string, limit: number): string {
  const chars = Array.from(text);
  return chars.length <= limit ? text : `${chars.slice(0, limit - 1).join("")}…`;
}

/** A plan's rule in Office.js terms; a list source stays a formula string, never a Range. */
function dataValidationRule(rule: ValidationRule): Excel.DataValidationRule {
  switch (rule.type) {
    case "list":
      return { list: { inCellDropDown: true, source: rule.source } };
    case "whole":
      return { wholeNumber: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
    case "decimal":
      return { decimal: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
    case "date":
      return { date: { formula1: rule.from, formula2: rule.to, operator: "Between" } };
    case "custom":
      return { custom: { formula: rule.formula } };
  }
}

/** One validation's rule, error alert and prompt as measured operations. */
function validationOps(v: ValidationPlan): FormatOp[] {
  const rule = dataValidationRule(v.rule);
  const alert: Excel.DataValidationErrorAlert = { showAlert: true, style: "Stop", title: "输入有误", message: clip(v.error, MESSAGE_LIMIT) };
  const ops = [
    op(rule, (s) => (s.getRange(v.range).dataValidation.rule = rule)),
    op(alert, (s) => (s.getRange(v.range).dataValidation.errorAlert = alert)),
  ];
  if (v.prompt !== undefined || v.promptTitle !== undefined) {
    const prompt: Excel.DataValidationPrompt = {
      showPrompt: true,
      title: clip(v.promptTitle ?? "", TITLE_LIMIT),
      message: clip(v.prompt ?? "", MESSAGE_LIMIT),
    };
    ops.push(op(prompt, (s) => (s.getRange(v.range).dataValidation.prompt = prompt)));
  }
  return ops;
}

/** Rows and columns of a bounded A1 range ("C2:C2001" → 2000 × 1). */
function rangeSize(address: string): { rows: number; cols: number } {
  const [first, last = first] = address.split(":");
  const a = parseA1(first);
  const b = parseA1(last);
  return { rows: Math.abs(b.row - a.row) + 1, cols: Math.abs(b.col - a.col) + 1 };
}

/** Consecutive columns of equal width as [first column, count, chars]. */
function widthRuns(widths: readonly number[]): [number, number, number][] {
  const runs: [number, number, number][] = [];
  widths.forEach((chars, col) => {
    if (!(chars > 0)) return;
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === col && last[2] === chars) last[1]++;
    else runs.push([col, 1, chars]);
  });
  return runs;
}

/** An update's operations on an existing sheet: its old validations removed, then the new ones set. */
export function validationUpdateOps(update: ValidationUpdate): FormatOp[] {
  return [...update.clear.map((range) => op(range, (s) => s.getRange(range).dataValidation.clear())), ...update.validations.flatMap(validationOps)];
}

/** Every formatting operation of one sheet, in the order they must run (locks before protection, which comes later). */
export function formatOps(plan: SheetPlan, width: number): FormatOp[] {
  const height = Math.max(plan.rows.length, 1);
  const ops: FormatOp[] = [];
  for (const [col, count, chars] of widthRuns(plan.widths)) {
    ops.push(op(chars, (s) => (s.getRangeByIndexes(0, col, 1, count).format.columnWidth = charsToPoints(chars))));
  }
  for (const { range, format } of plan.numberFormats) {
    const { rows, cols } = rangeSize(range);
    const formats = Array.from({ length: rows }, () => new Array<string>(cols).fill(format));
    ops.push(op(formats, (s) => (s.getRange(range).numberFormat = formats)));
  }
  for (const row of plan.headerRows) {
    ops.push(
      op(row, (s) => {
        const header = s.getRangeByIndexes(row - 1, 0, 1, width).format;
        header.font.bold = true;
        header.fill.color = HEADER_FILL;
        header.protection.locked = true;
      })
    );
  }
  // wrapColumns: 1-based columns whose cells wrap (long instructions).
  for (const col of plan.wrapColumns ?? []) ops.push(op(col, (s) => (s.getRangeByIndexes(0, col - 1, height, 1).format.wrapText = true)));
  for (const v of plan.validations) ops.push(...validationOps(v));
  for (const range of plan.unlocked) ops.push(op(range, (s) => (s.getRange(range).format.protection.locked = false)));
  if (plan.frozenRows > 0) ops.push(op(plan.frozenRows, (s) => s.freezePanes.freezeRows(plan.frozenRows)));
  return ops;
}
