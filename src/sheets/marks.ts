/**
 * The contract of 校验's highlights, shared by both adapters: a very hidden list of
 * flagged cells, and one conditional format per input sheet that fills a cell while its
 * key is in the list (see src/excel/highlights.ts for why this is provably clean).
 */
import type { SheetPlan } from "./plan";

/** The very hidden sheet that holds the list of flagged cells. */
export const MARK_SHEET = "校验标记";

/** The text above the list. */
export const MARK_HEADER = "校验标记：提升年工作台每次校验时重写此列，请勿修改";

/** Excel's own "light red fill" of its highlight presets. */
export const MARK_FILL = "#FFC7CE";

/** The key of a flagged cell in the list, e.g. "工作进度!D5". */
export function markKey(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

/** Our rule for `sheet`: true where "sheet!<this cell's relative address>" is in the list. */
export function markFormula(sheet: string): string {
  const prefix = `${sheet}!`.replace(/"/g, '""');
  return `=ISNUMBER(MATCH("${prefix}"&ADDRESS(ROW(),COLUMN(),4),INDIRECT("'${MARK_SHEET}'!$A:$A"),0))`;
}

/** Sheets users type into — visible, with an input area — carry the marking rule from the start. */
export function takesMarks(plan: SheetPlan): boolean {
  return plan.visibility === "visible" && (!plan.protect || plan.unlocked.length > 0);
}
