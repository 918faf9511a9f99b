/**
 * The standard workbook as a plan: every sheet's cells, widths, formats, dropdowns,
 * limits and protection, computed purely from the schemas and the settings. Each
 * adapter applies a plan in its own way (exceljs to a file, Office.js to the open
 * workbook); neither decides anything about the contract itself.
 */
import type { IsoDate } from "../domain/types";
import type { CellValue } from "./grid";

/** A data-validation rule, in the terms both Excel and exceljs share. */
export type ValidationRule =
  /** `source` is a formula string such as "='选项'!$A$2:$A$5" (never a Range object, never a long comma list). */
  | { type: "list"; source: string }
  | { type: "whole" | "decimal"; min: number; max: number }
  | { type: "date"; from: IsoDate; to: IsoDate }
  /** `formula` starts with "=" and refers to the range's first cell (relative references follow each cell). */
  | { type: "custom"; formula: string };

export interface ValidationPlan {
  /** A bounded A1 range, e.g. "B2:B2001" (never a whole column). */
  range: string;
  rule: ValidationRule;
  /** Input message title and text shown when a cell is selected. */
  promptTitle?: string;
  prompt?: string;
  /** Error alert text shown when a typed value breaks the rule. */
  error: string;
}

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export interface SheetPlan {
  name: string;
  visibility: SheetVisibility;
  /** rows[0] is worksheet row 1. Dates are serial numbers with a date number format. */
  rows: CellValue[][];
  /** Column widths in Excel character units, by column index. */
  widths: number[];
  /** Rows frozen at the top (the header). */
  frozenRows: number;
  /** Worksheet rows (1-based) styled as headers: bold on a fill, locked. */
  headerRows: number[];
  /** Number formats by bounded range, e.g. { range: "C2:C2001", format: "yyyy-mm-dd" }. */
  numberFormats: { range: string; format: string }[];
  validations: ValidationPlan[];
  /** Protect the sheet (no password: it guards against slips, not people). */
  protect: boolean;
  /** Ranges left unlocked on a protected sheet: the input area. */
  unlocked: string[];
  /** Columns (1-based) whose cells wrap text (long instructions). */
  wrapColumns?: number[];
  /** How the sheet prints as a form (templates); absent: the application's defaults. */
  print?: PlanPrint;
}

/**
 * A form's page setup: A4 in an orientation, fitted one page wide (or onto one page), the
 * header rows repeated on every page, the print area the sheet's rows. Written by the file
 * writers (templates are files); the Office.js adapter makes no templates and ignores it.
 */
export interface PlanPrint {
  orientation: "portrait" | "landscape";
  /** "width": one page wide, as many tall as the rows need; "page": everything on one page. */
  fit: "width" | "page";
  /** Worksheet rows (1-based, inclusive) repeated at the top of every page. */
  titleRows?: { first: number; last: number };
}

/**
 * A protected sheet of records kept for the program (metadata, logs, lists): its first row a
 * frozen header, no input area, no formats, no validations.
 */
export function recordKeepingPlan(name: string, visibility: SheetVisibility, rows: CellValue[][], widths: number[]): SheetPlan {
  return { name, visibility, rows, widths, frozenRows: 1, headerRows: [1], numberFormats: [], validations: [], protect: true, unlocked: [] };
}

/**
 * Validations replaced on a sheet that exists, its cells, formats and protection left as
 * they are (按新年度更新日期限制). A protected sheet is unprotected for the change and
 * protected again.
 */
export interface ValidationUpdate {
  sheet: string;
  /** Bounded A1 ranges whose validations are removed first. */
  clear: string[];
  /** The validations set afterwards. */
  validations: ValidationPlan[];
}

/** The whole standard workbook, sheets in the order they appear. */
export interface WorkbookPlan {
  sheets: SheetPlan[];
  /** Validations to replace on existing sheets (applied after `sheets`); none when absent. */
  validationUpdates?: ValidationUpdate[];
}

/** The number format of every date cell of the workbook. */
export const DATE_FORMAT = "yyyy-mm-dd";
