/**
 * Excel's limits and refusals, in the fake and in the adapter: no cell over 32,767 characters
 * and no formula over 8,192 (output text is clipped, a record refused before anything is
 * written), no activate() of a hidden sheet, set-gated unfreeze and visibility, DialogApi
 * answered, an input sheet protected with the office's own password named, and Excel on the
 * web's throttling and expired sessions said in words.
 */
import { createOfficePort, ExcelOperationError, selectCell } from "../../src/excel";
import { MAX_CELL_CHARS } from "../../src/excel/cells";
import type { SheetPlan } from "../../src/sheets/plan";
import { FakeWorkbook, type FakeSheet } from "../support/fake-excel";
import { isChinese, rejectionOf, useFake } from "./helpers";

const LONG = "长".repeat(MAX_CELL_CHARS + 10);

/** A plan that rewrites `name` with `rows`, protected as input sheets are. */
const planOf = (name: string, rows: SheetPlan["rows"]): SheetPlan => ({
  name,
  visibility: "visible",
  rows,
  widths: [],
  frozenRows: 1,
  headerRows: [1],
  numberFormats: [],
  validations: [],
  protect: true,
  unlocked: [],
});

const cellsOf = (sheet: FakeSheet) => JSON.stringify(sheet.grid());

/** Writes `values` into A1 of a fresh sheet through Excel.run; the error it ended with, or undefined. */
async function writeA1(values: unknown[][], property: "values" | "formulas" = "values"): Promise<unknown> {
  const book = new FakeWorkbook();
  book.addSheet("结果");
  useFake(book);
  try {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("结果").getRange("A1");
      if (property === "values") range.values = values as Excel.Range["values"];
      else range.formulas = values as Excel.Range["formulas"];
      await context.sync();
    });
    return undefined;
  } catch (error) {
    return error;
  }
}

describe("the fake refuses what Excel refuses", () => {
  it("refuses a cell over 32,767 characters, as text or through an apostrophe, and accepts one at the limit", async () => {
    expect(await writeA1([["长".repeat(MAX_CELL_CHARS)]])).toBeUndefined();
    expect(await writeA1([[LONG]])).toEqual(expect.objectContaining({ code: "InvalidArgument" }));
    expect(await writeA1([[`'${LONG}`]])).toEqual(expect.objectContaining({ code: "InvalidArgument" }));
  });

  it("refuses a formula over 8,192 characters", async () => {
    const formula = `=LEN("${"x".repeat(8_200)}")`;
    expect(await writeA1([[formula]], "formulas")).toEqual(expect.objectContaining({ code: "InvalidArgument" }));
    expect(await writeA1([['=LEN("x")']], "formulas")).toBeUndefined();
  });

  it("refuses to activate a hidden sheet", async () => {
    const book = new FakeWorkbook();
    book.addSheet("可见");
    book.addSheet("隐藏").visibility = "Hidden";
    useFake(book);
    const error = await rejectionOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("隐藏").activate();
        await context.sync();
      })
    );
    expect(error).toEqual(expect.objectContaining({ code: "InvalidOperation" }));
  });

  it("needs ExcelApi 1.7 to unfreeze and 1.2 to set visibility", async () => {
    const book = new FakeWorkbook();
    book.addSheet("甲");
    book.addSheet("乙");
    useFake(book, { excelApi: "1.1" });
    for (const work of [(s: Excel.Worksheet) => s.freezePanes.unfreeze(), (s: Excel.Worksheet) => (s.visibility = "Hidden")]) {
      const error = await rejectionOf(
        Excel.run(async (context) => {
          work(context.workbook.worksheets.getItem("乙"));
          await context.sync();
        })
      );
      expect(error).toEqual(expect.objectContaining({ code: "ApiNotFound" }));
    }
  });

  it("answers isSetSupported for DialogApi as Excel does (1.1 and 1.2 by default, none when told)", () => {
    useFake(new FakeWorkbook());
    expect(Office.context.requirements.isSetSupported("DialogApi", "1.1")).toBe(true);
    expect(Office.context.requirements.isSetSupported("DialogApi", "1.2")).toBe(true);
    expect(Office.context.requirements.isSetSupported("DialogApi", "1.3")).toBe(false);
    useFake(new FakeWorkbook(), { dialogApi: "0" });
    expect(Office.context.requirements.isSetSupported("DialogApi", "1.1")).toBe(false);
  });
});

describe("the adapter within Excel's limits", () => {
  it("clips an output cell's text at 32,767 characters, ending in …, and writes the rest as given", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1");
    useFake(book);
    await createOfficePort().run(async (s) => {
      await s.sheetNames();
      await s.writeBlocks([{ name: "校验结果", rows: [["说明"], [`单位编码“${LONG}”不在单位名册中`], ["短"]] }]);
    });
    const text = book.sheet("校验结果").value("A2") as string;
    expect(text).toHaveLength(MAX_CELL_CHARS);
    expect(text.endsWith("…")).toBe(true);
    expect(text.startsWith("单位编码“长")).toBe(true);
    expect(book.sheet("校验结果").value("A3")).toBe("短");
  });

  it("refuses a record too long for a cell before writing anything, naming the sheet and the cell", async () => {
    const book = new FakeWorkbook();
    book.addSheet("工作进度").setValues("A1", [["进展情况"], ["原有内容"]]);
    const fake = useFake(book);
    const before = cellsOf(book.sheet("工作进度"));
    const error = await rejectionOf(createOfficePort().run((s) => s.applyPlan({ sheets: [planOf("工作进度", [["进展情况"], ["短"], [LONG]])] })));
    expect(error).toBeInstanceOf(ExcelOperationError);
    const message = (error as Error).message;
    expect(message).toContain("「工作进度」A3");
    expect(message).toContain("32,767");
    expect(message).toContain("没有改动任何工作表");
    expect(cellsOf(book.sheet("工作进度"))).toBe(before);
    expect(fake.requests.every((r) => r.failed === undefined)).toBe(true);
  });
});

describe("an input sheet protected with the office's own password", () => {
  it("names the sheet, says its password is never needed, and leaves every sheet as it was", async () => {
    const book = new FakeWorkbook();
    book
      .addSheet("工作进度")
      .setValues("A1", [["进展情况"], ["甲"]])
      .protect();
    book
      .addSheet("方案报送")
      .setValues("A1", [["方案名称"], ["乙"]])
      .protect("office-own");
    useFake(book);
    const before = [cellsOf(book.sheet("工作进度")), cellsOf(book.sheet("方案报送"))];
    const error = await rejectionOf(
      createOfficePort().run((s) => s.applyPlan({ sheets: [planOf("工作进度", [["进展情况"], ["新"]]), planOf("方案报送", [["方案名称"], ["新"]])] }))
    );
    const message = (error as Error).message;
    expect(isChinese(message)).toBe(true);
    expect(message).toContain("「方案报送」设有密码保护");
    expect(message).toContain("从不需要");
    expect(message).toContain("撤消工作表保护");
    expect(message).not.toContain("「工作进度」");
    expect([cellsOf(book.sheet("工作进度")), cellsOf(book.sheet("方案报送"))]).toEqual(before);
    expect(book.sheet("工作进度").protection.protected).toBe(true);
    expect(book.sheet("方案报送").protection).toEqual(expect.objectContaining({ protected: true, password: "office-own" }));
  });
});

describe("jumping to a hidden sheet", () => {
  it("says the sheet is hidden and how to show it", async () => {
    const book = new FakeWorkbook();
    book.addSheet("校验结果");
    book.addSheet("评议评分").visibility = "Hidden";
    useFake(book);
    const error = await rejectionOf(selectCell("评议评分", "D7"));
    expect((error as Error).message).toContain("工作表“评议评分”已隐藏");
    expect((error as Error).message).toContain("取消隐藏");
  });
});

describe("Excel on the web's throttling and expired sessions", () => {
  it.each([
    ["ActivityLimitReached", "等一两分钟"],
    ["InvalidOrTimedOutSession", "刷新浏览器页面"],
  ])("says what %s means and what to do", (code, advice) => {
    const message = new ExcelOperationError(code, "写入结果工作表", { code }).message;
    expect(message).toContain(advice);
    expect(message).not.toContain("错误代码");
    expect(isChinese(message)).toBe(true);
  });
});

describe("a write Excel refuses as too large", () => {
  it("is split into smaller requests and written whole, every request Excel took under its limit", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1");
    // Excel's count is the judge: here it allows 1 MB, while the adapter believes 5 MB and plans 4 MB requests.
    const fake = useFake(book, { limitBytes: 1_000_000 });
    const rows = [["单位编码", "说明"], ...Array.from({ length: 20_000 }, (_, i) => [`U${i}`, "这是一段用来撑大请求的说明文字".repeat(3)])];
    await createOfficePort().run(async (s) => {
      await s.sheetNames();
      await s.writeBlocks([{ name: "校验结果", rows }]);
    });
    expect(book.sheet("校验结果").grid()).toHaveLength(rows.length);
    expect(book.sheet("校验结果").value("A20001")).toBe("U19999");
    expect(book.sheetNames()).toEqual(["Sheet1", "校验结果"]);
    expect(fake.requests.some((r) => r.failed === "RequestPayloadSizeLimitExceeded")).toBe(true);
    expect(fake.requests.filter((r) => r.failed === undefined).every((r) => r.bytes < 1_000_000)).toBe(true);
  });
});

describe("a plan Excel refuses as too large", () => {
  it("is applied again in smaller requests, every row written and the sheet protected as planned", async () => {
    const book = new FakeWorkbook();
    book
      .addSheet("工作进度")
      .setValues("A1", [["进展情况"], ["旧"]])
      .protect();
    const fake = useFake(book, { limitBytes: 1_000_000 });
    const rows = [["进展情况"], ...Array.from({ length: 20_000 }, (_, i) => [`第${i}条：按计划推进，已完成阶段任务。`.repeat(2)])];
    await createOfficePort().run((s) => s.applyPlan({ sheets: [planOf("工作进度", rows)] }));
    expect(book.sheet("工作进度").grid()).toHaveLength(rows.length);
    expect(book.sheet("工作进度").value("A20001")).toBe(rows[20_000][0]);
    expect(book.sheet("工作进度").protection.protected).toBe(true);
    expect(fake.requests.some((r) => r.failed === "RequestPayloadSizeLimitExceeded")).toBe(true);
  });
});
