/** readSheets through the Office.js port: one round trip for any number of sheets, cells converted faithfully. */
import { createOfficePort } from "../../src/excel";
import { CONTRACT_SHEETS } from "../../src/sheets/contract";
import { FakeWorkbook } from "../support/fake-excel";
import { useFake } from "./helpers";

describe("readSheets", () => {
  it("reads all eleven contract sheets in one sync inside one Excel.run", async () => {
    const book = new FakeWorkbook();
    CONTRACT_SHEETS.forEach((schema, i) => book.addSheet(schema.name).setValues("A1", [[schema.columns[0].header], [`第${i}行`]]));
    const fake = useFake(book);
    const grids = await createOfficePort().run((s) => s.readSheets(CONTRACT_SHEETS.map((c) => c.name)));
    expect(fake.syncCount()).toBe(1);
    expect(fake.runCount()).toBe(1);
    expect(grids.size).toBe(11);
    expect(grids.get(CONTRACT_SHEETS[3].name)?.rows).toEqual([[CONTRACT_SHEETS[3].columns[0].header], ["第3行"]]);
  });

  it("leaves sheets that do not exist out, and gives an empty sheet no rows", async () => {
    const book = new FakeWorkbook();
    book.addSheet("空表");
    book.addSheet("有数").setValues("A1", [["甲"]]);
    useFake(book);
    const grids = await createOfficePort().run((s) => s.readSheets(["空表", "有数", "不存在"]));
    expect([...grids.keys()].sort()).toEqual(["有数", "空表"].sort());
    expect(grids.get("空表")?.rows).toEqual([]);
  });

  it("places a used range that starts at C3 so rows[0] is row 1 and column A", async () => {
    const book = new FakeWorkbook();
    book.addSheet("偏移").setValues("C3", [
      ["单位编码", "得分"],
      ["U01", 88],
    ]);
    useFake(book);
    const grid = (await createOfficePort().run((s) => s.readSheets(["偏移"]))).get("偏移");
    expect(grid?.rows).toEqual([
      [null, null, null, null],
      [null, null, null, null],
      [null, null, "单位编码", "得分"],
      [null, null, "U01", 88],
    ]);
  });

  it("reads error cells as CellError, text that looks like an error as text, and empty strings as null", async () => {
    const book = new FakeWorkbook();
    book.addSheet("评分").setValues("A1", [[{ error: "#N/A" }, "#N/A 是文字", "", 0, false]]);
    useFake(book);
    const grid = (await createOfficePort().run((s) => s.readSheets(["评分"]))).get("评分");
    expect(grid?.rows[0]).toEqual([{ error: "#N/A" }, "#N/A 是文字", null, 0, false]);
  });

  it("keeps dates as serial numbers for the reader to convert", async () => {
    const book = new FakeWorkbook();
    book.addSheet("日期").setValues("A1", [[40242]]);
    book.sheet("日期").ensure(0, 0).numberFormat = "yyyy-mm-dd";
    useFake(book);
    const grid = (await createOfficePort().run((s) => s.readSheets(["日期"]))).get("日期");
    expect(grid?.rows[0][0]).toBe(40242);
  });

  it("reports merged areas where ExcelApi 1.13 exists, and skips them without failing where it does not", async () => {
    const book = new FakeWorkbook();
    book
      .addSheet("合并")
      .setValues("A1", [["标题"]])
      .merge("A1:C1")
      .merge("B4:B6");
    useFake(book);
    const withMerges = (await createOfficePort().run((s) => s.readSheets(["合并"]))).get("合并");
    expect(withMerges?.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: 4, left: 2, bottom: 6, right: 2 },
    ]);
    useFake(book, { excelApi: "1.12" });
    const without = (await createOfficePort().run((s) => s.readSheets(["合并"]))).get("合并");
    expect(without?.rows).toEqual([["标题"]]);
    expect(without?.merges).toBeUndefined();
  });

  it("lists sheet names in one sync", async () => {
    const book = new FakeWorkbook();
    ["甲", "乙", "丙"].forEach((n) => book.addSheet(n));
    const fake = useFake(book);
    expect(await createOfficePort().run((s) => s.sheetNames())).toEqual(["甲", "乙", "丙"]);
    expect(fake.syncCount()).toBe(1);
  });
});
