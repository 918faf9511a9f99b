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
import { MINIMAL_STYLES } from "./result-styles";
import { concatChunks, deflatedEntry, zipChunks, type ZipCodec } from "./zip/write-zip";

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
      ...(plan.print?.titleRows ? { titleRows: plan.print.titleRows } : {}),
    })),
  });
}

const encoder = new TextEncoder();

/** The smallest package the zip-level writer can add sheets to: a workbook with no sheet yet and the minimal styles. */
function emptyPackage(codec: ZipCodec): Uint8Array {
  const parts: [string, string][] = [
    [
      "[Content_Types].xml",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        "</Types>",
    ],
    [
      "_rels/.rels",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        "</Relationships>",
    ],
    [
      "xl/workbook.xml",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        '<bookViews><workbookView activeTab="0"/></bookViews><sheets></sheets></workbook>',
    ],
    [
      "xl/_rels/workbook.xml.rels",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
        "</Relationships>",
    ],
    ["xl/styles.xml", MINIMAL_STYLES],
  ];
  return concatChunks(zipChunks(parts.map(([name, text]) => deflatedEntry(name, encoder.encode(text), codec))));
}

/**
 * A new workbook of `plans`, in order, written at the zip level: the same sheets the exceljs
 * adapter makes of them (tested side by side), without building an exceljs model or zipping
 * through JSZip, which took most of the time of making 150 templates.
 */
export function newPlanWorkbook(plans: readonly SheetPlan[], codec: ZipCodec): Uint8Array {
  return concatChunks(planWorkbookChunks(emptyPackage(codec), plans, [], codec));
}
