/** Asserts that a written workbook prints each output sheet as its block's print hints say (read back by ./print-reader). */
import { a1, type SheetBlock } from "../../src/sheets/grid";
import type { SheetPrint } from "./print-reader";

/** "'问责名单'!$8:$8" and "问责名单!$8:$8" alike, as name!$8:$8. */
const unquoted = (ref: string) => ref.replace(/^'(.*)'!/, (_, name: string) => `${name.replace(/''/g, "'")}!`);

/** Checks every block with print hints against what the file says about its sheet. */
export function expectPrinted(sheets: ReadonlyMap<string, SheetPrint>, blocks: readonly SheetBlock[]): void {
  for (const block of blocks) {
    const print = block.print!;
    expect(print).toBeDefined();
    const sheet = sheets.get(block.name)!;
    expect({ name: block.name, found: sheet !== undefined }).toEqual({ name: block.name, found: true });
    expect({
      name: block.name,
      ...pick(sheet.pageSetup, ["paperSize", "orientation", "fitToWidth", "fitToHeight"]),
      fitToPage: sheet.fitToPage,
    }).toEqual({
      name: block.name,
      paperSize: "9",
      orientation: print.orientation,
      fitToWidth: "1",
      fitToHeight: "0",
      fitToPage: true,
    });
    expect(sheet.horizontalCentered).toBe(true);
    const titles = print.titleRows;
    expect(sheet.printTitles === null ? null : unquoted(sheet.printTitles)).toBe(titles ? `${block.name}!$${titles.first}:$${titles.last}` : null);

    // A block that lays out its own pages: the same breaks and fixed heights, row by row.
    expect({ name: block.name, breaks: sheet.pageBreaks }).toEqual({ name: block.name, breaks: print.pageBreaks ?? [] });
    const heights = new Map((print.rowHeights ?? []).flatMap((h, r) => (h === null || h === undefined ? [] : [[r + 1, h] as const])));
    expect({ name: block.name, heights: sheet.rowHeights }).toEqual({ name: block.name, heights });

    const width = Math.max(...block.rows.map((r) => r.length));
    const wrap = new Set(print.wrapColumns ?? []);
    const formats = new Map((print.numberFormats ?? []).map((f) => [f.col, f.format]));
    const filled = new Set(print.highlightRows ?? []);
    block.rows.forEach((cells, r) => {
      for (let c = 0; c < width; c++) {
        const ref = a1(r + 1, c + 1);
        const value = cells[c];
        const style = sheet.cells.get(ref);
        if (value !== null && value !== undefined && wrap.has(c + 1)) expect({ ref, wrap: style?.wrap }).toEqual({ ref, wrap: true });
        if (value !== null && value !== undefined && print.alignTop) expect({ ref, vertical: style?.vertical }).toEqual({ ref, vertical: "top" });
        if (typeof value === "number" && formats.has(c + 1)) expect({ ref, format: style?.format }).toEqual({ ref, format: formats.get(c + 1) });
        expect({ ref, fill: style?.fill ?? null }).toEqual({ ref, fill: filled.has(r + 1) ? "FFFFF2CC" : null });
      }
    });
  }
}

function pick(record: Record<string, string>, keys: string[]): Record<string, string | undefined> {
  return Object.fromEntries(keys.map((k) => [k, record[k]]));
}
