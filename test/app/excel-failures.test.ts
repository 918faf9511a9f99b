/**
 * Excel's failures during an operation: each is met with an ExcelOperationError whose
 * message is Chinese, and no result is left half-written — the previous results and
 * marks stay whole, and nothing is created that the user would have to clean up.
 */
import { ExcelOperationError } from "../../src/excel";
import { allMarkedCells, markedCells, type FakeWorkbook } from "../support/fake-excel";
import { excelWorkbench, officeFailure, run, snapshot, snapshots, standardWorkbook } from "./fixture";

async function failureOf(promise: Promise<unknown>): Promise<ExcelOperationError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ExcelOperationError);
    return error as ExcelOperationError;
  }
  throw new Error("expected the operation to fail");
}

const chinese = (text: string) => /\p{Script=Han}{6,}/u.test(text);

function everything(book: FakeWorkbook): Record<string, string> {
  return snapshots(book, book.sheetNames());
}

describe("Excel failures during an operation", () => {
  it("一键排名: a write Excel refuses (AccessDenied) leaves the previous results as they were", async () => {
    const { book, fake } = await standardWorkbook();
    await run.rank(excelWorkbench());
    const before = everything(book);
    fake.resetCounters();
    fake.beforeRequest((index) => {
      if (index === 1) throw officeFailure("AccessDenied");
    });

    const error = await failureOf(run.rank(excelWorkbench()));

    expect(error).toMatchObject({ code: "AccessDenied", action: "写入结果工作表" });
    expect(chinese(error.message)).toBe(true);
    expect(error.cause).toMatchObject({ code: "AccessDenied" });
    expect(everything(book)).toEqual(before);
  });

  it("校验: a sheet protected between the read and the write fails the write, and the previous 校验结果 and marks stay whole", async () => {
    const { book, fake } = await standardWorkbook();
    await run.validate(excelWorkbench());
    const oldResult = snapshot(book.sheet("校验结果"));
    const oldMarks = allMarkedCells(book);
    expect(oldMarks.some((m) => m.startsWith("单位名册!"))).toBe(true);
    // The user cleared the rules of 单位名册, so 校验 must add ours again; then protects the sheet while 校验 runs.
    book.sheet("单位名册").conditionalFormats = [];
    const names = book.sheetNames();
    fake.resetCounters();
    fake.beforeRequest((index) => {
      if (index === 1) book.sheet("单位名册").protect();
    });

    const error = await failureOf(run.validate(excelWorkbench()));

    expect(error.code).toBe("AccessDenied");
    expect(chinese(error.message)).toBe(true);
    expect(fake.requests[1].failed).toBe("AccessDenied");
    expect(snapshot(book.sheet("校验结果"))).toEqual(oldResult);
    expect(allMarkedCells(book)).toEqual(oldMarks.filter((m) => !m.startsWith("单位名册!")));
    expect(book.sheetNames()).toEqual(names);

    // Once the sheet is unprotected, the next run completes and marks it again.
    fake.beforeRequest(() => undefined);
    book.sheet("单位名册").protection = { protected: false, options: {} };
    await run.validate(excelWorkbench());
    expect(book.sheetNames().filter((n) => n.includes("~"))).toEqual([]);
    expect(markedCells(book, "单位名册").length).toBeGreaterThan(0);
  });

  it("校验: a cell past Excel's 32,767 characters is reported at its cell and never quoted, so 校验结果 stays small enough to write", async () => {
    // Before issue 18 the warning quoted the whole cell: one 校验结果 row outgrew any request and 校验 failed.
    // (A row over the request limit is still refused before anything is written: test/excel/write-blocks-failures.test.ts.)
    const limit = 1_000_000;
    const { book, fake } = await standardWorkbook(false, { limitBytes: limit });
    const bench = excelWorkbench({ requestLimitBytes: limit, requestBudgetBytes: 800_000 });
    book.sheet("方案报送").setValues("A2", [["Ｚ".repeat(300_000), 40240, "实施方案"]]);
    fake.resetCounters();

    await run.validate(bench);

    const cells = book.sheet("校验结果").grid().flat().map(String);
    expect(cells.some((c) => c.includes("300000 个字符"))).toBe(true);
    expect(Math.max(...cells.map((c) => c.length))).toBeLessThan(2000);
    expect(fake.requests.every((r) => r.bytes < limit && r.failed === undefined)).toBe(true);
  });

  it.each([
    // 补齐 after a sheet was deleted, so that the create operation has something to write.
    { name: "创建标准工作簿", prepare: (book: FakeWorkbook) => book.remove(book.sheet("加减分"), "test"), operation: run.create },
    { name: "一键排名", prepare: () => undefined, operation: run.rank },
    { name: "校验", prepare: () => undefined, operation: run.validate },
  ])("$name: Excel busy with a cell edit is explained in Chinese and nothing changes", async ({ prepare, operation }) => {
    const { book, fake } = await standardWorkbook();
    prepare(book);
    const before = everything(book);
    fake.beforeRequest(() => {
      throw officeFailure("InvalidOperationInCellEditMode");
    });

    const error = await failureOf(operation(excelWorkbench()));

    expect(error.code).toBe("InvalidOperationInCellEditMode");
    expect(error.message).toContain("正在编辑");
    expect(chinese(error.message)).toBe(true);
    expect(fake.syncCount()).toBe(1);
    expect(everything(book)).toEqual(before);
  });
});
