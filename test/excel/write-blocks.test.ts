/** writeBlocks through the Office.js port: whole-sheet replacement, faithful cells, one sync unless over 5 MB. */
import { createOfficePort, ExcelOperationError } from "../../src/excel";
import type { SheetBlock } from "../../src/sheets/grid";
import { FakeWorkbook, PAYLOAD_LIMIT_BYTES } from "../support/fake-excel";
import { isChinese, rejectionOf, useFake } from "./helpers";

function scoreRows(count: number, text = "备注"): SheetBlock["rows"] {
  return [["单位编码", "得分", "说明"], ...Array.from({ length: count }, (_, i) => [`U${i}`, i % 100, `${text}${i}`])];
}

describe("writeBlocks", () => {
  it("writes two sheets of 20,000 rows in one sync after a read in the same run", async () => {
    const book = new FakeWorkbook();
    book.addSheet("评议评分").setValues("A1", [["单位编码"]]);
    const fake = useFake(book);
    await createOfficePort().run(async (s) => {
      await s.readSheets(["评议评分"]);
      await s.writeBlocks([
        { name: "排名结果", rows: scoreRows(20_000) },
        { name: "问责名单", rows: scoreRows(20_000) },
      ]);
    });
    expect(fake.runCount()).toBe(1);
    expect(fake.syncCount()).toBe(2);
    expect(book.sheet("排名结果").value("C20001")).toBe("备注19999");
    expect(book.sheet("问责名单").grid()).toHaveLength(20_001);
  });

  it("spends one more sync to learn the sheet names when the session has not read them", async () => {
    const fake = useFake();
    fake.workbook.addSheet("Sheet1");
    await createOfficePort().run((s) => s.writeBlocks([{ name: "排名结果", rows: scoreRows(10) }]));
    expect(fake.syncCount()).toBe(2);
  });

  it("chunks 200,000 rows of long text into a few syncs, each under 5 MB, and writes every row", async () => {
    const fake = useFake();
    fake.workbook.addSheet("Sheet1");
    const long = "这是一段用来撑大请求的很长的说明文字".repeat(4);
    await createOfficePort().run(async (s) => {
      await s.sheetNames();
      await s.writeBlocks([
        { name: "校验结果", rows: scoreRows(100_000, long) },
        { name: "督查通报", rows: scoreRows(100_000, long) },
      ]);
    });
    const writes = fake.requests.slice(1);
    expect(writes.length).toBeGreaterThan(4);
    expect(writes.length).toBeLessThan(40);
    writes.forEach((request) => expect(request.bytes).toBeLessThan(PAYLOAD_LIMIT_BYTES));
    expect(fake.workbook.sheet("校验结果").value("C100001")).toBe(`${long}99999`);
    expect(fake.workbook.sheet("督查通报").value("A2")).toBe("U0");
    expect(fake.workbook.sheet("督查通报").grid()).toHaveLength(100_001);
  });

  it("fails with a Chinese ExcelOperationError when chunking is off and the request exceeds 5 MB, writing nothing", async () => {
    const fake = useFake();
    fake.workbook.addSheet("Sheet1");
    const long = "很长的说明".repeat(20);
    const error = await rejectionOf(
      createOfficePort({ requestBudgetBytes: Infinity }).run(async (s) => {
        await s.sheetNames();
        await s.writeBlocks([{ name: "校验结果", rows: scoreRows(40_000, long) }]);
      })
    );
    expect(error).toBeInstanceOf(ExcelOperationError);
    expect(error).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(isChinese((error as Error).message)).toBe(true);
    expect((error as Error).message).toContain("5 MB");
    expect(fake.workbook.sheetNames()).toEqual(["Sheet1"]);
  });

  it("replaces an output sheet whole and leaves every other sheet as it was", async () => {
    const book = new FakeWorkbook();
    book
      .addSheet("单位名册")
      .setValues("A1", [["单位编码"], ["U01"]])
      .protect();
    book.addSheet("排名结果").setValues("A1", [["旧"], ["旧"], ["旧"], ["旧"]]);
    useFake(book);
    await createOfficePort().run(async (s) => {
      await s.sheetNames();
      await s.writeBlocks([{ name: "排名结果", rows: [["新"]] }]);
    });
    expect(book.sheetNames()).toEqual(["单位名册", "排名结果"]);
    expect(book.sheet("排名结果").grid()).toEqual([["新"]]);
    expect(book.sheet("单位名册").grid()).toEqual([["单位编码"], ["U01"]]);
    expect(book.sheet("单位名册").protection.protected).toBe(true);
  });

  it("replaces an output sheet even when it is the only visible sheet", async () => {
    const book = new FakeWorkbook();
    book.addSheet("排名结果").setValues("A1", [["旧"]]);
    useFake(book);
    await createOfficePort().run((s) => s.writeBlocks([{ name: "排名结果", rows: [["新"]] }]));
    expect(book.sheetNames()).toEqual(["排名结果"]);
    expect(book.sheet("排名结果").value("A1")).toBe("新");
  });

  it("writes dates as serials in date format, errors as their text, empty cells empty, and text exactly as given", async () => {
    const book = new FakeWorkbook();
    useFake(book);
    const rows: SheetBlock["rows"] = [
      ["编码", "日期", "错误", "空", "公式样", "布尔"],
      ["001", new Date(Date.UTC(2010, 2, 5)), { error: "#N/A" }, null, "=1+1", true],
    ];
    await createOfficePort().run((s) => s.writeBlocks([{ name: "排名结果", rows }]));
    const sheet = book.sheet("排名结果");
    expect(["A2", "B2", "C2", "D2", "E2", "F2"].map((a) => sheet.value(a))).toEqual(["001", 40242, "#N/A", null, "=1+1", true]);
    expect(sheet.cell("B2")?.numberFormat).toBe("yyyy-mm-dd");
    expect(sheet.cell("E2")?.formula).toBeUndefined();
  });

  it("applies widths in points, bold headings, frozen rows and internal links", async () => {
    const book = new FakeWorkbook();
    useFake(book);
    const block: SheetBlock = {
      name: "问责名单",
      rows: [["问责名单"], ["单位", "依据"], ["甲单位", "工作进度!D5"]],
      widths: [10, 20],
      headingRows: [1, 2],
      frozenRows: 2,
      links: [{ row: 3, col: 2, target: "'工作进度'!D5" }],
    };
    await createOfficePort().run((s) => s.writeBlocks([block]));
    const sheet = book.sheet("问责名单");
    // (chars × 7 px + 5 px padding) × 0.75 pt/px: 10 chars → 56.25 pt, 20 chars → 108.75 pt.
    expect([sheet.columnWidth("A"), sheet.columnWidth("B")]).toEqual([56.25, 108.75]);
    expect([sheet.cell("A1")?.bold, sheet.cell("B2")?.bold, sheet.cell("A3")?.bold]).toEqual([true, true, undefined]);
    expect(sheet.frozenRows).toBe(2);
    expect(sheet.cell("B3")?.hyperlink).toEqual({ documentReference: "'工作进度'!D5", textToDisplay: "工作进度!D5" });
  });
});
