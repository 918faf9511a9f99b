/** The standard workbook's contract: every sheet, in workbook order. */
import type { SheetSchema } from "../schema";
import { GROUPS_SHEET, SETTINGS_SHEET, TASKS_SHEET, UNITS_SHEET } from "./config-sheets";
import { ADJUSTMENTS_SHEET, SCORES_SHEET, SUPERVISION_SHEET, VIOLATIONS_SHEET } from "./review-sheets";
import { INSPECTION_SHEET, PLANS_SHEET, PROGRESS_SHEET } from "./unit-sheets";

export * from "./config-sheets";
export * from "./review-sheets";
export * from "./unit-sheets";
export { LISTS, LIST_SHEET, STATIC_LISTS } from "./lists";

/** Every input and config sheet of BRIEF.md, in the order the workbook shows them. */
export const CONTRACT_SHEETS: readonly SheetSchema[] = [
  SETTINGS_SHEET,
  GROUPS_SHEET,
  UNITS_SHEET,
  TASKS_SHEET,
  PROGRESS_SHEET,
  PLANS_SHEET,
  INSPECTION_SHEET,
  SUPERVISION_SHEET,
  SCORES_SHEET,
  ADJUSTMENTS_SHEET,
  VIOLATIONS_SHEET,
];

/**
 * True when any contract sheet is among `names` (a workbook's sheet names, or the sheets a
 * read returned): a 提升年 workbook, which 创建 completes (补齐) rather than creates.
 */
export function hasContractSheet(names: Iterable<string>): boolean {
  const present = new Set(names);
  return CONTRACT_SHEETS.some((s) => present.has(s.name));
}

/** 填表说明: the instructions sheet. */
export const INSTRUCTIONS_SHEET = "填表说明";
/** The hidden metadata sheet (schema version, campaign year, created at). */
export const META_SHEET = "元数据";
/** The schema version written into the metadata sheet; bump it when the contract changes. */
export const SCHEMA_VERSION = "1.0";

/** Output sheets: written by the add-in, replaced whole, never typed in. */
export const OUTPUT_SHEETS = {
  validation: "校验结果",
  ranking: "排名结果",
  accountability: "问责名单",
  explanation: "排名说明",
  supervision: "督查通报",
  dashboard: "工作看板",
} as const;
