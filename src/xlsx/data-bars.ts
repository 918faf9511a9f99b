/**
 * Chart hints in files. exceljs cannot write charts, so the figures a chart would plot get
 * data bars in their own cells instead: one bar rule per plotted value column, from zero to
 * the hint's bar maximum (100 for a rate) or the column's largest value. The numbers stay
 * in the cells, so the bars only add a picture to what is already read.
 */
import type { Worksheet } from "exceljs";
import { a1, type ChartHint, type SheetBlock } from "../sheets/grid";

/** The bars' fill: Excel's default blue data bar. */
const BAR_COLOR = "FF638EC6";

/** The cell ranges that get bars for one hint: each value column below the header row ("B4:B8"). */
export function dataBarRanges(hint: ChartHint): string[] {
  const { top, left, bottom, right } = hint.source;
  if (bottom <= top) return [];
  const refs: string[] = [];
  for (let col = left + 1; col <= right; col++) refs.push(`${a1(top + 1, col)}:${a1(bottom, col)}`);
  return refs;
}

/** Adds data bars for every chart hint of `block` to `ws` (the sheet the block was written to). */
export function addDataBars(ws: Worksheet, block: SheetBlock): void {
  let priority = 1;
  for (const hint of block.charts ?? []) {
    const max = hint.barMax === undefined ? { type: "max" as const } : { type: "num" as const, value: hint.barMax };
    for (const ref of dataBarRanges(hint)) {
      ws.addConditionalFormatting({
        ref,
        rules: [
          {
            type: "dataBar",
            priority: priority++,
            cfvo: [{ type: "num", value: 0 }, max],
            gradient: false,
            // exceljs writes a bar's colour but its types leave it out.
            ...({ color: { argb: BAR_COLOR } } as object),
          },
        ],
      });
    }
  }
}

/** The same data bars as `<conditionalFormatting>` elements, for the zip-level result writer (after `<sheetData>`). */
export function dataBarsXml(block: SheetBlock): string {
  let priority = 1;
  let xml = "";
  for (const hint of block.charts ?? []) {
    const max = hint.barMax === undefined ? '<cfvo type="max"/>' : `<cfvo type="num" val="${hint.barMax}"/>`;
    for (const ref of dataBarRanges(hint)) {
      xml +=
        `<conditionalFormatting sqref="${ref}"><cfRule type="dataBar" priority="${priority++}">` +
        `<dataBar><cfvo type="num" val="0"/>${max}<color rgb="${BAR_COLOR}"/></dataBar></cfRule></conditionalFormatting>`;
    }
  }
  return xml;
}
