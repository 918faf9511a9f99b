/**
 * Native charts for an output block's chart hints (ExcelApi 1.1), queued on the sheet the
 * block is being written to, in the same round trip as its cells: a chart is created over
 * cells already queued for writing, so it plots the values the request sets.
 */
import type { ChartHint, SheetBlock } from "../sheets/grid";
import { jsonBytes } from "./cells";

/**
 * Office.js names of the hinted chart types. String values, not the Excel.ChartType enum:
 * the enum is a runtime object of office.js, and the names are what Excel receives anyway.
 */
const CHART_TYPES: Record<ChartHint["type"], "ColumnClustered" | "BarClustered" | "Pie" | "Doughnut"> = {
  columnClustered: "ColumnClustered",
  barClustered: "BarClustered",
  pie: "Pie",
  doughnut: "Doughnut",
};

/** Per chart: the add, the title and the position, with their object paths. */
const CHART_OVERHEAD_BYTES = 600;

/** What a block's charts add to the request that creates them. */
export function chartBytes(block: SheetBlock): number {
  return (block.charts ?? []).reduce((sum, hint) => sum + CHART_OVERHEAD_BYTES + jsonBytes(hint.title), 0);
}

/**
 * Queues one chart per hint on `sheet`: over the hint's source cells, series by column (the
 * first row names the series, the first column the categories), titled, and placed over
 * the hinted cells. Call it after the block's cells are queued, before the sync.
 */
export function addCharts(sheet: Excel.Worksheet, block: SheetBlock): void {
  for (const hint of block.charts ?? []) {
    const { top, left, bottom, right } = hint.source;
    const source = sheet.getRangeByIndexes(top - 1, left - 1, bottom - top + 1, right - left + 1);
    const chart = sheet.charts.add(CHART_TYPES[hint.type], source, "Columns");
    chart.title.text = hint.title;
    const { row, col, rows, cols } = hint.position;
    chart.setPosition(sheet.getRangeByIndexes(row - 1, col - 1, 1, 1), sheet.getRangeByIndexes(row + rows - 2, col + cols - 2, 1, 1));
  }
}
