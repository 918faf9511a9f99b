/** The fake's manual page breaks, row heights and vertical alignment are strict: they refuse what Excel refuses, and breaks need ExcelApi 1.9. */
import { FakeWorkbook, pageBreaksOf } from "../support/fake-excel";
import { codeOf, rejectionOf, runOnSheet, useFake } from "./helpers";

describe("fake page breaks and row heights", () => {
  it("keeps a break above each row added, in order, and each row's height", async () => {
    const { error, sheet } = await runOnSheet((s) => {
      s.horizontalPageBreaks.add("A40");
      s.horizontalPageBreaks.add("C12");
      s.getRange("A2:H3").format.rowHeight = 34;
    });
    expect(String(error)).toContain("no error");
    expect(pageBreaksOf(sheet)).toEqual([12, 40]);
    expect([...sheet.rowHeights]).toEqual([
      [1, 34],
      [2, 34],
    ]);
  });

  it.each([
    ["a break above row 1", (s: Excel.Worksheet) => s.horizontalPageBreaks.add("A1")],
    ["a break at no address", (s: Excel.Worksheet) => s.horizontalPageBreaks.add("第3行")],
    ["a row taller than 409 points", (s: Excel.Worksheet) => (s.getRange("A1").format.rowHeight = 410)],
    ["a negative row height", (s: Excel.Worksheet) => (s.getRange("A1").format.rowHeight = -1)],
    ["an unknown vertical alignment", (s: Excel.Worksheet) => (s.getRange("A1").format.verticalAlignment = "Middle" as Excel.VerticalAlignment)],
  ])("refuses %s with InvalidArgument", async (_label, work) => {
    const { error, sheet } = await runOnSheet(work);
    expect(codeOf(error)).toBe("InvalidArgument");
    expect(pageBreaksOf(sheet)).toEqual([]);
  });

  it("fails with ApiNotFound for a break on an Excel without ExcelApi 1.9, where a row height still works", async () => {
    expect(codeOf((await runOnSheet((s) => s.horizontalPageBreaks.add("A5"), "1.8")).error)).toBe("ApiNotFound");
    expect(String((await runOnSheet((s) => (s.getRange("A5").format.rowHeight = 20), "1.8")).error)).toContain("no error");
  });

  it("refuses a row height on a protected sheet that does not allow formatting rows", async () => {
    const book = new FakeWorkbook();
    const sheet = book.addSheet("结果");
    sheet.protection = { protected: true, options: {} };
    useFake(book);
    const error = await rejectionOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("结果").getRange("A1").format.rowHeight = 20;
        await context.sync();
      })
    );
    expect(codeOf(error)).toBe("AccessDenied");
  });
});
