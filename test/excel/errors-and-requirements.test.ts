/** Excel's failures in Chinese, requirement sets said plainly, and jump-to-cell in one round trip. */
import { checkRequirements, createOfficePort, ExcelOperationError, selectCell } from "../../src/excel";
import { FakeWorkbook } from "../support/fake-excel";
import { isChinese, rejectionOf, useFake } from "./helpers";

describe("Excel failures", () => {
  it("turns an unloaded property read inside a run into a Chinese ExcelOperationError that keeps the cause", async () => {
    const book = new FakeWorkbook();
    book.addSheet("表");
    useFake(book);
    const unloaded = await rejectionOf(
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("表").getRange("A1");
        await context.sync();

        return range.values;
      })
    );
    const error = await rejectionOf(
      createOfficePort().run(async () => {
        throw unloaded;
      })
    );
    expect(error).toBeInstanceOf(ExcelOperationError);
    expect(error).toMatchObject({ code: "PropertyNotLoaded", cause: unloaded });
    expect(isChinese((error as Error).message)).toBe(true);
  });

  it.each([
    ["AccessDenied", "保护"],
    ["RequestPayloadSizeLimitExceeded", "5 MB"],
    ["ItemNotFound", "找不到"],
    ["InvalidArgument", "不接受"],
    ["GeneralException", "内部出错"],
    ["InvalidOperationInCellEditMode", "编辑"],
  ])("explains %s in plain Chinese", (code, words) => {
    const error = new ExcelOperationError(code, "写入结果工作表", { code });
    expect(error.message.startsWith("写入结果工作表失败：")).toBe(true);
    expect(error.message).toContain(words);
  });

  it("names an unknown code instead of hiding it", () => {
    expect(new ExcelOperationError("SomethingNew", "", null).message).toContain("SomethingNew");
  });

  it("lets a bug in the work itself through unchanged, never disguised as an Excel problem", async () => {
    useFake();
    const bug = new TypeError("x is undefined");
    await expect(createOfficePort().run(async () => Promise.reject(bug))).rejects.toBe(bug);
  });
});

describe("checkRequirements", () => {
  it("is satisfied by a current Excel", () => {
    useFake(new FakeWorkbook(), { excelApi: "1.17" });
    expect(checkRequirements()).toEqual({ ok: true, missing: [], degraded: [], message: "" });
  });

  it("says in Chinese which required feature an old Excel lacks", () => {
    useFake(new FakeWorkbook(), { excelApi: "1.7" });
    const check = checkRequirements();
    expect(check.ok).toBe(false);
    expect(check.missing).toEqual(["数据验证（下拉列表与输入限制）（ExcelApi 1.8）"]);
    expect(check.message).toContain("数据验证");
  });

  it("stays usable without the optional sets and says what is skipped", () => {
    useFake(new FakeWorkbook(), { excelApi: "1.9" });
    const check = checkRequirements();
    expect(check.ok).toBe(true);
    expect(check.degraded).toEqual(["识别合并单元格（ExcelApi 1.13）"]);
    expect(isChinese(check.message)).toBe(true);
  });

  it("reports everything missing outside Excel", () => {
    expect(checkRequirements().ok).toBe(false);
  });
});

describe("selectCell", () => {
  it("shows the sheet and selects the cell in one Excel.run and one sync", async () => {
    const book = new FakeWorkbook();
    book.addSheet("甲");
    book.addSheet("工作进度");
    const fake = useFake(book);
    await selectCell("工作进度", "D5");
    expect([fake.runCount(), fake.syncCount()]).toEqual([1, 1]);
    expect(book.active?.name).toBe("工作进度");
    expect(book.selection).toEqual({ sheet: "工作进度", address: "D5" });
  });

  it("explains a missing sheet in Chinese", async () => {
    useFake().workbook.addSheet("甲");
    const error = await rejectionOf(selectCell("不存在", "A1"));
    expect(error).toMatchObject({ name: "ExcelOperationError", code: "ItemNotFound" });
    expect((error as Error).message).toContain("不存在");
  });
});
