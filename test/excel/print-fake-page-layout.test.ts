/** The fake's pageLayout is strict: it refuses what Excel refuses, needs ExcelApi 1.9, and counts in the payload. */
import { FakeWorkbook, pageLayoutOf } from "../support/fake-excel";
import { codeOf, runOnSheet, useFake } from "./helpers";

describe("fake pageLayout", () => {
  it("keeps what was set", async () => {
    const { error, sheet } = await runOnSheet((s) => {
      s.pageLayout.orientation = "Landscape";
      s.pageLayout.paperSize = "A4";
      s.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      s.pageLayout.centerHorizontally = true;
      s.pageLayout.setPrintTitleRows("$3:$4");
      s.pageLayout.headersFooters.defaultForAllPages.centerHeader = "问责名单";
      s.pageLayout.headersFooters.defaultForAllPages.centerFooter = "第 &P 页 共 &N 页";
    });
    expect(String(error)).toContain("no error");
    expect(pageLayoutOf(sheet)).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
      printTitleRows: "$3:$4",
      centerHeader: "问责名单",
      centerFooter: "第 &P 页 共 &N 页",
    });
  });

  it.each([
    ["a print title that is not whole rows", (s: Excel.Worksheet) => s.pageLayout.setPrintTitleRows("A1:B2")],
    ["print title rows in reverse", (s: Excel.Worksheet) => s.pageLayout.setPrintTitleRows("$4:$2")],
    ["row 0", (s: Excel.Worksheet) => s.pageLayout.setPrintTitleRows("$0:$1")],
    ["a scale with fit to pages", (s: Excel.Worksheet) => (s.pageLayout.zoom = { scale: 80, horizontalFitToPages: 1 })],
    ["a fraction of a page", (s: Excel.Worksheet) => (s.pageLayout.zoom = { horizontalFitToPages: 0.5 })],
    ["a header over 255 characters", (s: Excel.Worksheet) => (s.pageLayout.headersFooters.defaultForAllPages.centerHeader = "长".repeat(256))],
    ["an unknown orientation", (s: Excel.Worksheet) => (s.pageLayout.orientation = "Sideways" as Excel.PageOrientation)],
    ["an unknown paper", (s: Excel.Worksheet) => (s.pageLayout.paperSize = "A9" as Excel.PaperType)],
  ])("refuses %s with InvalidArgument", async (_label, work) => {
    const { error, sheet } = await runOnSheet(work);
    expect(codeOf(error)).toBe("InvalidArgument");
    expect(pageLayoutOf(sheet).printTitleRows).toBeNull();
  });

  it("fails with ApiNotFound on an Excel without ExcelApi 1.9", async () => {
    const { error } = await runOnSheet((s) => (s.pageLayout.orientation = "Landscape"), "1.8");
    expect(codeOf(error)).toBe("ApiNotFound");
  });

  it("counts page setup in the request's bytes", async () => {
    const book = new FakeWorkbook();
    book.addSheet("结果");
    const fake = useFake(book);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("结果").getRange("A1").values = [["x"]];
      await context.sync();
      const sheet = context.workbook.worksheets.getItem("结果");
      sheet.getRange("A1").values = [["x"]];
      sheet.pageLayout.setPrintTitleRows("$1:$1");
      await context.sync();
    });
    expect(fake.requests[1].bytes).toBeGreaterThan(fake.requests[0].bytes);
  });
});
