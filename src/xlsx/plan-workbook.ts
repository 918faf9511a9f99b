/**
 * A workbook built at the zip level from an input package: sheets of the contract replaced
 * whole from their plans (./plan-sheet-xml) and result sheets from blocks, every other part
 * copied as its compressed bytes (./result-workbook). `tisheng collect --out` writes the
 * merged master this way instead of re-reading and re-serialising it through exceljs.
 */
import type { SheetBlock } from "../sheets/grid";
import type { SheetPlan } from "../sheets/plan";
import { planLooks, planSheetXml } from "./plan-sheet-xml";
import { appendPlanStyles, type PlanStyles } from "./plan-styles";
import { resultWorkbookChunks } from "./result-workbook";
import type { ZipCodec } from "./zip/write-zip";

/** `input` with each plan's sheet replaced (or added, after the others) and each block's result sheet, as zip chunks. */
export function planWorkbookChunks(input: Uint8Array, plans: readonly SheetPlan[], blocks: readonly SheetBlock[], codec: ZipCodec): Uint8Array[] {
  const looks = plans.flatMap(planLooks);
  let styles: PlanStyles | undefined;
  const stylesOf = (): PlanStyles => {
    if (!styles) throw new Error("The plan sheets were written before their styles");
    return styles;
  };
  return resultWorkbookChunks(input, blocks, undefined, codec, {
    styles: (xml) => {
      styles = appendPlanStyles(xml, looks);
      return styles.xml;
    },
    sheets: plans.map((plan) => ({
      name: plan.name,
      state: plan.visibility,
      xml: (selected: boolean) => planSheetXml(plan, (look) => stylesOf().idOf(look), stylesOf().markDxf, selected),
    })),
  });
}
