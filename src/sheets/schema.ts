/**
 * How a sheet of the standard workbook is declared: once, as data (STYLE.md, habit 1).
 * One generic writer and one generic reader per adapter serve every sheet; adding a
 * column is a one-line change in the sheet's declaration under ./contract/.
 */
import type { Settings } from "../domain/settings";

/**
 * How a column's cells are typed:
 * - text: free text; code: an identifier (unit code, evaluator id), trimmed;
 * - integer / number: numeric, with optional min and max;
 * - date: a calendar date (limits follow the campaign year unless `dates` says otherwise);
 * - list: one value of a dropdown list; multi: several names separated by 、，,;
 * - score: a number 0–100 or a grade word (评议等次) mapped by 参数设置;
 * - yesno: 是 or 否 from a dropdown, read as a boolean.
 */
export type ColumnType = "text" | "code" | "integer" | "number" | "date" | "list" | "multi" | "score" | "yesno";

/** Where a dropdown's values come from: a named list on the hidden list sheet, or a column of another sheet. */
export type ListSource =
  { kind: "values"; name: string; values: (settings: Settings) => readonly string[] } | { kind: "column"; sheet: string; header: string };

/**
 * One column of a sheet whose rows read into records of type `T`. Without `T`, a column of
 * any sheet: the erased form, for code that serves every sheet alike (validations, plans).
 */
export interface ColumnSpec<T = never> {
  /** The contract header (BRIEF.md): matched by name, never by position. */
  header: string;
  /** The field of the domain record this column fills: a field `T` really has. */
  field: FieldOf<T>;
  type: ColumnType;
  required?: boolean;
  list?: ListSource;
  min?: number;
  /** True when `min` itself is not allowed (权重: greater than 0, not 0). */
  minExclusive?: boolean;
  max?: number;
  /** Date limits: the campaign year (default) or none. */
  dates?: "campaignYear" | "any";
  /** Width in Excel character units. */
  width?: number;
  /** The input message Excel shows when the cell is selected (plain Excel guides units without the add-in). */
  hint?: string;
  /**
   * The column names a unit, a group or a person: compared literally, so no format character
   * is allowed in it, not even an emoji's joiner (free text may hold an emoji such as 👨‍👩‍👧).
   */
  identifies?: boolean;
  /** Pre-filled by the add-in and locked on a protected sheet (e.g. 参数设置's 参数 names). */
  locked?: boolean;
  /**
   * What a workbook made before this column existed means by its absence (a note shown once
   * at the header row): the column reads as blank there instead of blocking the sheet.
   */
  addedLater?: string;
}

/** input: units fill it; config: the office sets it; output: the add-in writes it (never typed in). */
export type SheetKind = "input" | "config" | "output";

/**
 * The field names of a record type that a column may fill (never `origin`: the reader sets
 * it). Of `never`, any name: a field is named by the record type it belongs to, and the
 * erased schema (SheetSchema<never>) accepts every typed one, since `keyof` turns around.
 */
export type FieldOf<T> = Exclude<keyof T & string, "origin">;

/** A sheet whose rows read into records of type `T` (SheetSchema<Unit> for 单位名册); without `T`, any sheet. */
export interface SheetSchema<T = never> {
  name: string;
  kind: SheetKind;
  /** 谁填写: who fills the sheet (for 填表说明 and the README). */
  filledBy: string;
  /** 用途: what the sheet is for, with the clause of the document it serves. */
  purpose: string;
  columns: readonly ColumnSpec<T>[];
  /** Headers are locked and the sheet protected; the input area stays unlocked. */
  protect: boolean;
}

/** The column of `schema` that fills `field`. Throws on a programmer's typo, never on user data. */
export function columnOf<T>(schema: SheetSchema<T>, field: FieldOf<T>): ColumnSpec<T> {
  const column = schema.columns.find((c) => c.field === field);
  if (!column) throw new Error(`Sheet ${schema.name} has no field ${field}`);
  return column;
}
