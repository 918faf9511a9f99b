/** The fake's cells: protection, validation, dimensions, typed-input parsing, requirement sets, formats. */
import { FakeWorkbook, installFakeExcel, type FakeExcelHandle } from "../support/fake-excel";

let fake: FakeExcelHandle;
afterEach(() => fake?.uninstall());

function setup(book = new FakeWorkbook(), excelApi?: string): FakeWorkbook {
  fake = installFakeExcel({ workbook: book, excelApi });
  return book;
}

async function attempt(work: (context: Excel.RequestContext) => void): Promise<void> {
  await Excel.run(async (context) => {
    work(context);
    await context.sync();
  });
}

describe("the fake's protection of cells", () => {
  it("refuses a write to a locked cell of a protected sheet with AccessDenied (cells start locked)", async () => {
    setup().addSheet("护").protect();
    await expect(attempt((c) => (c.workbook.worksheets.getItem("护").getRange("B2").values = [["x"]]))).rejects.toMatchObject({
      code: "AccessDenied",
    });
  });

  it("accepts writes to cells unlocked before protecting, and refuses changing the lock while protected", async () => {
    const book = setup();
    book.addSheet("表");
    await attempt((c) => {
      const sheet = c.workbook.worksheets.getItem("表");
      sheet.getRange("B2:B10").format.protection.locked = false;
      sheet.protection.protect();
    });
    await attempt((c) => (c.workbook.worksheets.getItem("表").getRange("B3").values = [["可写"]]));
    expect(book.sheet("表").value("B3")).toBe("可写");
    await expect(attempt((c) => (c.workbook.worksheets.getItem("表").getRange("C3").values = [["锁"]]))).rejects.toMatchObject({
      code: "AccessDenied",
    });
    await expect(attempt((c) => (c.workbook.worksheets.getItem("表").getRange("C3").format.protection.locked = false))).rejects.toMatchObject({
      code: "AccessDenied",
    });
  });

  it("refuses column widths and validation on a protected sheet unless its options allow them", async () => {
    setup().addSheet("护").protect();
    await expect(attempt((c) => (c.workbook.worksheets.getItem("护").getRange("A:A").format.columnWidth = 90))).rejects.toMatchObject({
      code: "AccessDenied",
    });
    await expect(
      attempt((c) => (c.workbook.worksheets.getItem("护").getRange("A2").dataValidation.rule = { list: { inCellDropDown: true, source: "是,否" } }))
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });
});

describe("the fake's data validation", () => {
  it("refuses a list source that is a Range object with InvalidArgument", async () => {
    setup().addSheet("选项");
    const run = attempt((c) => {
      const lists = c.workbook.worksheets.getItem("选项");
      lists.getRange("B2").dataValidation.rule = { list: { inCellDropDown: true, source: lists.getRange("A1:A3") } };
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("accepts a formula string whose sheet exists, and refuses one whose sheet does not", async () => {
    const book = setup();
    book.addSheet("表");
    book.addSheet("选项");
    await attempt(
      (c) =>
        (c.workbook.worksheets.getItem("表").getRange("B2:B9").dataValidation.rule = { list: { inCellDropDown: true, source: "='选项'!$A$1:$A$3" } })
    );
    expect(book.sheet("表").validationAt("B5")?.rule).toEqual({ list: { inCellDropDown: true, source: "='选项'!$A$1:$A$3" } });
    const missing = attempt(
      (c) =>
        (c.workbook.worksheets.getItem("表").getRange("C2").dataValidation.rule = { list: { inCellDropDown: true, source: "='没有'!$A$1:$A$3" } })
    );
    await expect(missing).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses a comma list over 255 characters, a Between without formula2, and a prompt title over 32 characters", async () => {
    setup().addSheet("表");
    const long = Array.from({ length: 60 }, (_, i) => `选项${i}`).join(",");
    await expect(
      attempt((c) => (c.workbook.worksheets.getItem("表").getRange("A1").dataValidation.rule = { list: { inCellDropDown: true, source: long } }))
    ).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    const between = { wholeNumber: { formula1: 0, operator: "Between" as const } };
    await expect(attempt((c) => (c.workbook.worksheets.getItem("表").getRange("A1").dataValidation.rule = between))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    const prompt = { showPrompt: true, title: "标".repeat(33), message: "说明" };
    await expect(attempt((c) => (c.workbook.worksheets.getItem("表").getRange("A1").dataValidation.prompt = prompt))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });

  it("accepts a custom rule whose formula is a string starting with =, and refuses one without = or over 255 characters", async () => {
    const book = setup();
    book.addSheet("表");
    const set = (formula: unknown) =>
      attempt((c) => (c.workbook.worksheets.getItem("表").getRange("A2:A9").dataValidation.rule = { custom: { formula } } as never));
    await set('=OR(A2="是",A2="否")');
    expect(book.sheet("表").validationAt("A5")?.rule).toEqual({ custom: { formula: '=OR(A2="是",A2="否")' } });
    await expect(set('OR(A2="是")')).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(set(42)).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(set(`=OR(${Array.from({ length: 60 }, (_, i) => `A2=${i}`).join(",")})`)).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("the fake's values", () => {
  it("refuses a values array whose dimensions do not match the range with InvalidArgument", async () => {
    setup().addSheet("表");
    await expect(attempt((c) => (c.workbook.worksheets.getItem("表").getRange("A1:B2").values = [[1, 2]]))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await expect(attempt((c) => (c.workbook.worksheets.getItem("表").getRange("A1:B1").values = [[1, 2, 3]]))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });

  it("parses written text as Excel parses typing, and leaves a cell alone for null", async () => {
    const book = setup();
    book.addSheet("表").setValues("H1", [["保留"]]);
    await attempt(
      (c) =>
        (c.workbook.worksheets.getItem("表").getRange("A1:H1").values = [
          ["001", "'001", "#N/A", "2010-03-05", "TRUE", new Date(Date.UTC(2010, 2, 5)), "=A1", null],
        ])
    );
    const sheet = book.sheet("表");
    expect(["A1", "B1", "C1", "D1", "E1", "F1", "H1"].map((a) => sheet.value(a))).toEqual([
      1,
      "001",
      { error: "#N/A" },
      40242,
      true,
      "2010-03-05T00:00:00.000Z",
      "保留",
    ]);
    expect(sheet.cell("G1")?.formula).toBe("=A1");
  });

  it("reads error cells as their text in values and as Error in valueTypes", async () => {
    setup()
      .addSheet("表")
      .setValues("A1", [[{ error: "#DIV/0!" }, "文字", 3, null]]);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("表").getRange("A1:D1").load("values,valueTypes");
      await context.sync();
      expect(range.values).toEqual([["#DIV/0!", "文字", 3, ""]]);
      expect(range.valueTypes).toEqual([["Error", "String", "Double", "Empty"]]);
    });
  });
});

describe("the fake's requirement sets", () => {
  it("answers isSetSupported from the configured version and fails newer APIs with ApiNotFound", async () => {
    setup(new FakeWorkbook(), "1.8").addSheet("表").merge("A1:B1");
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("表").getRange().getMergedAreasOrNullObject().load("address");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("the fake's formats", () => {
  it("keeps custom conditional formats with a stable type, counts and clears them", async () => {
    const book = setup();
    book.addSheet("表");
    await attempt((c) => {
      const format = c.workbook.worksheets.getItem("表").getRange("A2:C9").conditionalFormats.add("Custom");
      format.custom.rule.formula = '=$A2=""';
      format.custom.format.fill.color = "#FFC7CE";
    });
    expect(book.sheet("表").conditionalFormatsAt("B3")).toEqual([expect.objectContaining({ type: "Custom", formula: '=$A2=""', fill: "#FFC7CE" })]);
    await Excel.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("表").getRange("B3").conditionalFormats;
      const count = formats.getCount();
      formats.load("items/type");
      await context.sync();
      expect(count.value).toBe(1);
      expect(formats.items.map((f) => f.type)).toEqual(["Custom"]);
      formats.clearAll();
      await context.sync();
    });
    expect(book.sheet("表").conditionalFormats).toEqual([]);
  });

  it("reports merged areas by address", async () => {
    setup().addSheet("表").merge("A1:C1").merge("B4:B6");
    await Excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem("表").getRange().getMergedAreasOrNullObject().load("address");
      await context.sync();
      expect(areas.address).toBe("表!A1:C1, 表!B4:B6");
    });
  });
});
