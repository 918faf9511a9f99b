/**
 * Office.js writer: every output sheet is set up for printing (the fake's pageLayout state),
 * with wrapped text, score formats, review fills, fixed row heights and manual page breaks,
 * in the same round trips as before; without ExcelApi 1.9 the page setup and the breaks are
 * left out and nothing fails.
 */
import { createOfficePort } from "../../src/excel";
import { a1, type SheetBlock } from "../../src/sheets/grid";
import { FakeWorkbook, pageBreaksOf, pageLayoutOf, type FakeSheet } from "../support/fake-excel";
import { allOutputBlocks, longNotice, validation } from "../sheets/results/print-fixture";
import { useFake } from "./helpers";

async function write(blocks: SheetBlock[], options: { excelApi?: string; budget?: number } = {}) {
  const book = new FakeWorkbook();
  book.addSheet("单位名册").setValues("A1", [["单位编码"]]);
  const fake = useFake(book, options.excelApi ? { excelApi: options.excelApi } : {});
  await createOfficePort({ requestBudgetBytes: options.budget }).run(async (s) => {
    await s.sheetNames();
    await s.writeBlocks(blocks);
  });
  return fake;
}

/** Wrap, number formats, fills and fixed row heights of `sheet` as `block` hints them. */
function expectCells(sheet: FakeSheet, block: SheetBlock): void {
  const print = block.print!;
  const heights = new Map((print.rowHeights ?? []).flatMap((h, r) => (h === null ? [] : [[r, h] as const])));
  expect({ name: block.name, heights: sheet.rowHeights }).toEqual({ name: block.name, heights });
  const width = Math.max(...block.rows.map((r) => r.length));
  const wrap = new Set(print.wrapColumns ?? []);
  const formats = new Map((print.numberFormats ?? []).map((f) => [f.col, f.format]));
  const filled = new Set(print.highlightRows ?? []);
  block.rows.forEach((cells, r) => {
    for (let c = 0; c < width; c++) {
      const ref = a1(r + 1, c + 1);
      const cell = sheet.cell(ref);
      if (wrap.has(c + 1)) expect({ ref, wrap: cell?.wrap }).toEqual({ ref, wrap: true });
      if (print.alignTop && cells[c] !== null && cells[c] !== undefined) expect({ ref, vertical: cell?.vAlign }).toEqual({ ref, vertical: "Top" });
      const format = typeof cells[c] === "number" ? formats.get(c + 1) : undefined;
      if (formats.has(c + 1)) expect({ ref, format: cell?.numberFormat }).toEqual({ ref, format });
      expect({ ref, fill: cell?.fill }).toEqual({ ref, fill: filled.has(r + 1) ? "#FFF2CC" : undefined });
    }
  });
}

describe("Office.js writer: print-ready output sheets", () => {
  it("sets up every output sheet's pages: A4, orientation, one page wide, centred, header rows repeated", async () => {
    const blocks = allOutputBlocks();
    const fake = await write(blocks);
    for (const block of blocks) {
      const print = block.print!;
      const titles = print.titleRows ? `$${print.titleRows.first}:$${print.titleRows.last}` : null;
      expect({ name: block.name, ...pageLayoutOf(fake.workbook.sheet(block.name)) }).toEqual({
        name: block.name,
        orientation: print.orientation === "landscape" ? "Landscape" : "Portrait",
        paperSize: "A4",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        centerHorizontally: true,
        printTitleRows: titles,
        // The title and its time at the top, page numbers at the foot, where the block asks for them.
        centerHeader: print.pageHeader ?? "",
        centerFooter: print.pageNumbers ? "第 &P 页 共 &N 页" : "",
      });
      expect({ name: block.name, breaks: pageBreaksOf(fake.workbook.sheet(block.name)) }).toEqual({
        name: block.name,
        breaks: print.pageBreaks ?? [],
      });
      expectCells(fake.workbook.sheet(block.name), block);
    }
    // The input sheet keeps Excel's defaults.
    expect(pageLayoutOf(fake.workbook.sheet("单位名册")).paperSize).toBe("Letter");
  });

  it("ends the pages of a long 督查通报 where the notice laid them out, in the same two round trips", async () => {
    const block = longNotice();
    expect(block.print!.pageBreaks!.length).toBeGreaterThan(2);
    const fake = await write([block]);
    expect(fake.syncCount()).toBe(2);
    const sheet = fake.workbook.sheet(block.name);
    expect(pageBreaksOf(sheet)).toEqual(block.print!.pageBreaks);
    expectCells(sheet, block);
  });

  it("adds no round trip: the same syncs with print hints as without", async () => {
    const blocks = allOutputBlocks();
    const plain = blocks.map((b) => ({ ...b, print: undefined }));
    const withPrint = await write(blocks);
    const syncs = withPrint.syncCount();
    const bytes = withPrint.requests[1].bytes;
    const without = await write(plain);
    expect(syncs).toBe(without.syncCount());
    expect(syncs).toBe(2);
    // The page setup travels in the payload and is counted there.
    expect(bytes).toBeGreaterThan(without.requests[1].bytes);
  });

  it("keeps formats and fills right across row-chunked round trips", async () => {
    const blocks = [validation(2_000), ...allOutputBlocks().filter((b) => b.name === "问责名单")];
    const budget = 60_000;
    const plain = await write(
      blocks.map((b) => ({ ...b, print: undefined })),
      { budget }
    );
    const largestPlain = Math.max(...plain.requests.map((r) => r.bytes));
    const fake = await write(blocks, { budget });
    expect(fake.syncCount()).toBeGreaterThan(3);
    // The hints' bytes are counted with their rows: no chunk grows past what the writer sends without them.
    for (const request of fake.requests.slice(1)) expect(request.bytes).toBeLessThan(largestPlain * 1.02);
    for (const block of blocks) expectCells(fake.workbook.sheet(block.name), block);
    expect(pageLayoutOf(fake.workbook.sheet("校验结果")).printTitleRows).toBe(
      `$${blocks[0].print!.titleRows!.first}:$${blocks[0].print!.titleRows!.first}`
    );
  });

  it("leaves the page setup out on an Excel without ExcelApi 1.9, and still wraps, formats and fills", async () => {
    const blocks = allOutputBlocks();
    const fake = await write(blocks, { excelApi: "1.8" });
    expect(fake.requests.every((r) => r.failed === undefined)).toBe(true);
    for (const block of blocks) {
      const sheet = fake.workbook.sheet(block.name);
      expect(pageLayoutOf(sheet)).toEqual({
        orientation: "Portrait",
        paperSize: "Letter",
        zoom: { scale: 100 },
        centerHorizontally: false,
        printTitleRows: null,
        centerHeader: "",
        centerFooter: "",
      });
      // Manual page breaks need ExcelApi 1.9 too; the fixed row heights (ExcelApi 1.1) stay, so wrapped text still shows whole.
      expect(pageBreaksOf(sheet)).toEqual([]);
      expectCells(sheet, block);
    }
  });
});
