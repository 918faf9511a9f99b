/**
 * Which sheet of the contract holds each kind of campaign record, typed: the schema of
 * `units` is a SheetSchema<Unit>, and so on, so the generic reader and writer go between
 * rows and records with no cast (参数设置 is read and written from the settings instead).
 */
import type { CampaignData } from "../domain/types";
import type { RecordOf } from "../domain/validation/partial";
import {
  ADJUSTMENTS_SHEET,
  GROUPS_SHEET,
  INSPECTION_SHEET,
  PLANS_SHEET,
  PROGRESS_SHEET,
  SCORES_SHEET,
  SUPERVISION_SHEET,
  TASKS_SHEET,
  UNITS_SHEET,
  VIOLATIONS_SHEET,
} from "./contract";
import type { CellValue } from "./grid";
import type { SheetSchema } from "./schema";
import { rowsOf } from "./write-rows";

/** The schema of each record kind, bound to its record type. */
export type RecordSheets = { [K in keyof CampaignData]: SheetSchema<RecordOf<K>> };

/** Each record kind's sheet, in workbook reading order (groups and units first: later sheets refer to them). */
export const RECORD_SHEETS: RecordSheets = {
  groups: GROUPS_SHEET,
  units: UNITS_SHEET,
  tasks: TASKS_SHEET,
  progress: PROGRESS_SHEET,
  plans: PLANS_SHEET,
  inspections: INSPECTION_SHEET,
  supervision: SUPERVISION_SHEET,
  scores: SCORES_SHEET,
  adjustments: ADJUSTMENTS_SHEET,
  violations: VIOLATIONS_SHEET,
};

/** The record kinds, in the order of RECORD_SHEETS. */
export const RECORD_KINDS: readonly (keyof CampaignData)[] = [
  "groups",
  "units",
  "tasks",
  "progress",
  "plans",
  "inspections",
  "supervision",
  "scores",
  "adjustments",
  "violations",
];

/** The record kind the contract sheet `name` holds; undefined for 参数设置 and sheets outside the contract. */
export function recordKindOf(name: string): keyof CampaignData | undefined {
  return RECORD_KINDS.find((kind) => RECORD_SHEETS[kind].name === name);
}

/** The rows of cells for the records of `kind` in `data`, in its sheet's column order. */
export function recordRows<K extends keyof CampaignData>(kind: K, data: CampaignData): CellValue[][] {
  return rowsOf(RECORD_SHEETS[kind], data[kind]);
}
