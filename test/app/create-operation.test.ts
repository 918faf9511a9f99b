/** 创建标准工作簿 and 补齐缺失工作表 in Excel: within three syncs, adding only what is missing and touching nothing else. */
import { STANDARD_SHEETS } from "../../src/app/create-operation";
import { FakeWorkbook } from "../support/fake-excel";
import { excelWorkbench, run, snapshots, standardWorkbook, useFake } from "./fixture";

describe("创建标准工作簿 inside Excel", () => {
  it("creates the whole standard workbook with the demo data in at most three syncs of one Excel.run", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1").setValues("A1", [["用户原有内容"]]);
    const fake = useFake(book);
    const outcome = await run.create(excelWorkbench());
    expect(outcome.ok).toBe(true);
    expect(fake.runCount()).toBe(1);
    expect(fake.syncCount()).toBeLessThanOrEqual(3);
    expect(outcome.summary?.created).toEqual(STANDARD_SHEETS);
    for (const name of STANDARD_SHEETS) expect(book.find(name)).toBeDefined();
    // The demo fills the evaluation sheets: thousands of score rows arrive in the same few syncs.
    expect(book.sheet("评议评分").grid().length).toBeGreaterThan(1000);
    expect(book.sheet("Sheet1").grid()).toEqual([["用户原有内容"]]);
  });

  it("补齐: adds only the two deleted sheets, blank, and leaves every other sheet exactly as it was", async () => {
    const { book, fake } = await standardWorkbook();
    book.remove(book.sheet("加减分"), "test");
    book.remove(book.sheet("督查记录"), "test");
    const others = book.sheetNames();
    const before = snapshots(book, others);

    const outcome = await run.create(excelWorkbench());

    expect(outcome.ok).toBe(true);
    expect(outcome.summary?.created.sort()).toEqual(["加减分", "督查记录"].sort());
    expect(outcome.message).toContain("补齐");
    expect(fake.syncCount()).toBeLessThanOrEqual(3);
    expect(snapshots(book, others)).toEqual(before);
    // Re-created with their headers, and without demo rows: 补齐 never mixes sample data into a real campaign.
    expect(book.sheet("加减分").grid()).toEqual([["单位编码", "分值", "事由"]]);
    expect(book.sheet("督查记录").grid()).toHaveLength(1);
    expect(book.sheet("督查记录").protection.protected).toBe(true);
  });

  it("does nothing when every standard sheet exists: one sync to read the names, no change", async () => {
    const { book, fake } = await standardWorkbook();
    const before = snapshots(book, book.sheetNames());
    const outcome = await run.create(excelWorkbench());
    expect(outcome).toMatchObject({ ok: true, summary: { created: [] } });
    expect(outcome.message).toContain("未做任何修改");
    expect(fake.syncCount()).toBe(1);
    expect(snapshots(book, book.sheetNames())).toEqual(before);
  });
});

describe("rows past the template's 模板行数", () => {
  it("stay open for entry on a protected input sheet (regression: input cells were unlocked only to row 2,001)", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1");
    useFake(book);
    await run.create(excelWorkbench());
    const scores = book.sheet("评议评分");
    expect(scores.protection.protected).toBe(true);
    expect([scores.lockedAt("A2"), scores.lockedAt("D2500"), scores.lockedAt("D1048576")]).toEqual([false, false, false]);
    expect(scores.lockedAt("A1")).toBe(true);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("评议评分").getRange("A2500:D2500").values = [["Z01", "党代表", "DB-99", 90]];
      await context.sync();
    });
    expect(scores.value("D2500")).toBe(90);
  });
});
