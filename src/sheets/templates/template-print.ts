/**
 * How a unit's template prints as a form: A4, turned to landscape when its columns are wider
 * than a portrait page takes at a readable scale, fitted one page wide, its header row on every
 * page; the print area is the sheet's own rows (the unit's rows and the blank rows offered).
 * 填表说明 prints on one page.
 */
import type { PlanPrint } from "../plan";

/** Column units a portrait A4 page holds at about 80%: wider forms print landscape. */
const PORTRAIT_UNITS = 100;

/** The page setup of a template's input sheet of these column widths. */
export function formPrint(widths: readonly number[]): PlanPrint {
  const total = widths.reduce((sum, w) => sum + w, 0);
  return { orientation: total > PORTRAIT_UNITS ? "landscape" : "portrait", fit: "width", titleRows: { first: 1, last: 1 } };
}

/** 填表说明: portrait, on one page. */
export const INSTRUCTIONS_PRINT: PlanPrint = { orientation: "portrait", fit: "page" };
