/** applyPlan through the Office.js port: at most three syncs, and a workbook that guides units in plain Excel. */
import { createOfficePort, ExcelOperationError } from "../../src/excel";
import { FakeWorkbook } from "../support/fake-excel";
import { isChinese, rejectionOf, useFake } from "./helpers";
import { SMALL_PLAN } from "./plan-fixture";
import { defaultSettings } from "../../src/domain/settings";
import { contractPlan } from "../../src/sheets/build-plan";
import { SCORES_SHEET } from "../../src/sheets/contract";

async function applySmallPlan(book = new FakeWorkbook()) {
  if (book.sheets.length === 0) book.addSheet("Sheet1");
  const fake = useFake(book);
  await createOfficePort().run((s) => s.applyPlan(SMALL_PLAN));
  return fake;
}

describe("applyPlan", () => {
  it("creates every sheet in three syncs inside one Excel.run, pausing recalculation while it fills", async () => {
    const fake = await applySmallPlan();
    expect(fake.runCount()).toBe(1);
    expect(fake.syncCount()).toBe(3);
    expect(fake.calculationSuspensions()).toBe(1);
    expect(fake.workbook.sheetNames()).toEqual(["Sheet1", "填表说明", "工作进度", "单位名册", "选项", "元数据"]);
  });

  it("writes the cells as planned: codes stay text, date serials get the date format", async () => {
    const book = (await applySmallPlan()).workbook;
    const sheet = book.sheet("工作进度");
    expect(sheet.grid()).toEqual([
      ["序号", "填报单位编码", "填报日期", "进度(%)", "状态"],
      [1, "001", 40242, 50, "推进中"],
    ]);
    expect([sheet.cell("C2")?.numberFormat, sheet.cell("C201")?.numberFormat]).toEqual(["yyyy-mm-dd", "yyyy-mm-dd"]);
  });

  it("puts dropdowns with formula-string sources and limits with prompts and stop alerts on the input columns", async () => {
    const sheet = (await applySmallPlan()).workbook.sheet("工作进度");
    expect(sheet.validationAt("B150")?.rule).toEqual({ list: { inCellDropDown: true, source: "='单位名册'!$A$2:$A$500" } });
    expect(sheet.validationAt("C9")?.rule).toEqual({ date: { formula1: "2010-01-01", formula2: "2010-12-31", operator: "Between" } });
    expect(sheet.validationAt("D9")?.rule).toEqual({ wholeNumber: { formula1: 0, formula2: 100, operator: "Between" } });
    expect(sheet.validationAt("E2")?.rule).toEqual({ list: { inCellDropDown: true, source: "='选项'!$A$2:$A$4" } });
    const b = sheet.validationAt("B2");
    expect(b?.errorAlert).toMatchObject({ showAlert: true, style: "Stop", message: "请选择单位名册中已有的单位编码。" });
    expect(Array.from(b?.prompt?.title ?? "").length).toBeLessThanOrEqual(32);
    expect(b?.prompt?.message).toBe("从下拉列表中选择。");
    expect(sheet.validationAt("B202")).toBeUndefined();
  });

  it("gives 评议评分's 得分 a custom rule for 0–100 or a grade word, written for the range's first cell", async () => {
    const settings = defaultSettings(2010);
    const fake = useFake();
    // The dropdowns of the other columns point at these sheets.
    for (const name of ["Sheet1", "单位名册", "评议主体", "选项"]) fake.workbook.addSheet(name);
    await createOfficePort().run((s) => s.applyPlan({ sheets: [contractPlan(SCORES_SHEET, [], settings)] }));
    const sheet = fake.workbook.sheet("评议评分");
    const expected = '=OR(AND(ISNUMBER(D2),D2>=0,D2<=100),D2="满意",D2="基本满意",D2="不满意")';
    expect(sheet.validationAt("D2")?.rule).toEqual({ custom: { formula: expected } });
    expect(sheet.validationAt("D2001")?.rule).toEqual({ custom: { formula: expected } });
    expect(sheet.validationAt("D2")?.prompt?.message).toContain("满意、基本满意、不满意");
    expect(sheet.validationAt("D2")?.errorAlert?.message).toMatch(/^「得分」应为0–100 的分数，或评议等次：满意、基本满意、不满意/);
  });

  it("locks headers, unlocks the input area before protecting, and hides the list and metadata sheets", async () => {
    const book = (await applySmallPlan()).workbook;
    const sheet = book.sheet("工作进度");
    expect(sheet.protection.protected).toBe(true);
    expect([sheet.lockedAt("A1"), sheet.cell("B1")?.bold, sheet.cell("B1")?.fill]).toEqual([true, true, "#DDEBF7"]);
    expect([sheet.lockedAt("B2"), sheet.lockedAt("E201")]).toEqual([false, false]);
    expect(sheet.lockedAt("F2")).toBe(true);
    expect([book.sheet("选项").visibility, book.sheet("元数据").visibility, book.sheet("填表说明").visibility]).toEqual([
      "Hidden",
      "VeryHidden",
      "Visible",
    ]);
  });

  it("lets a unit type into the input area but not over a header afterwards, as Excel would", async () => {
    const fake = await applySmallPlan();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("工作进度").getRange("B3").values = [["002"]];
      await context.sync();
    });
    expect(fake.workbook.sheet("工作进度").value("B3")).toBe(2);
    const overHeader = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("工作进度").getRange("A1").values = [["改"]];
      await context.sync();
    });
    await expect(overHeader).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("sets widths in points, header rows, wrapping and frozen rows", async () => {
    const book = (await applySmallPlan()).workbook;
    expect(book.sheet("填表说明").columnWidth("B")).toBe(476.25); // (90 × 7 + 5) × 0.75
    expect(book.sheet("填表说明").cell("B2")?.wrap).toBe(true);
    expect(book.sheet("工作进度").frozenRows).toBe(1);
    expect(book.sheet("填表说明").frozenRows).toBe(0);
  });

  it("reuses a protected planned sheet that exists — unprotected first, cleared, protected again — in three syncs", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1").setValues("A1", [["别动"]]);
    const old = book
      .addSheet("选项")
      .setValues("A1", [["旧列表"], ["x"], ["y"], ["z"], ["w"]])
      .protect();
    const fake = await applySmallPlan(book);
    expect(fake.syncCount()).toBe(3);
    expect(book.sheet("选项")).toBe(old);
    expect(old.grid()).toEqual([["状态"], ["未开始"], ["推进中"], ["已完成"]]);
    expect(old.protection.protected).toBe(true);
    expect(book.sheet("Sheet1").grid()).toEqual([["别动"]]);
  });

  it("reuses an unprotected planned sheet without unprotecting it (Excel refuses that)", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1");
    const old = book.addSheet("单位名册").setValues("A1", [["旧表头"]]);
    await applySmallPlan(book);
    expect(book.sheet("单位名册")).toBe(old);
    expect(old.grid()).toEqual([["单位编码", "单位名称", "得分上限"]]);
    expect(old.protection.protected).toBe(true);
  });

  it("meets a sheet protected between two round trips with a Chinese ExcelOperationError (AccessDenied)", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1");
    book.addSheet("单位名册");
    const fake = useFake(book);
    fake.beforeRequest((index) => {
      if (index === 1) book.sheet("单位名册").protect();
    });
    const error = await rejectionOf(createOfficePort().run((s) => s.applyPlan(SMALL_PLAN)));
    expect(error).toBeInstanceOf(ExcelOperationError);
    expect(error).toMatchObject({ code: "AccessDenied", action: "创建工作表" });
    expect(isChinese((error as Error).message)).toBe(true);
    expect((error as ExcelOperationError).cause).toMatchObject({ code: "AccessDenied" });
  });

  it("explains a planned sheet locked with a password in Chinese", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1");
    book.addSheet("选项").protect("秘密");
    useFake(book);
    const error = await rejectionOf(createOfficePort().run((s) => s.applyPlan(SMALL_PLAN)));
    expect(error).toMatchObject({ code: "InvalidArgument", name: "ExcelOperationError" });
    expect(isChinese((error as Error).message)).toBe(true);
  });

  it("does not pause recalculation where ExcelApi 1.6 is missing", async () => {
    const fake = useFake();
    fake.workbook.addSheet("Sheet1");
    await createOfficePort({ supports: (v) => v !== "1.6" }).run((s) => s.applyPlan(SMALL_PLAN));
    expect(fake.calculationSuspensions()).toBe(0);
    expect(fake.syncCount()).toBe(3);
  });
});
