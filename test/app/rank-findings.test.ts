/**
 * What a blocked or empty 一键排名 tells the user, inside Excel (strict fake): every finding
 * 校验 would show in one run, a plain error when nothing is scored yet, and nothing written
 * to a workbook that is not a 提升年 workbook at all.
 */
import { FakeWorkbook } from "../support/fake-excel";
import { FOREIGN_WORKBOOK_MESSAGE } from "../../src/app/foreign-workbook";
import { a1, columnOf, excelWorkbench, run, standardWorkbook, useFake } from "./fixture";

describe("一键排名 reports every finding in one pass", () => {
  it("the four-error workbook: 得分 “九十” and 105, an unknown unit code and an unknown 评议主体, all four at their cells in one run", async () => {
    const { book, fake } = await standardWorkbook();
    const scores = book.sheet("评议评分");
    const score = columnOf(scores, "得分");
    const unit = columnOf(scores, "单位编码");
    const group = columnOf(scores, "评议主体");
    const cells = [a1(score, 3), a1(score, 5), a1(unit, 7), a1(group, 9)];
    scores.setValues(cells[0], [["九十"]]);
    scores.setValues(cells[1], [[105]]);
    scores.setValues(cells[2], [["X99"]]);
    scores.setValues(cells[3], [["外星代表"]]);

    const outcome = await run.rank(excelWorkbench());

    expect(outcome.ok).toBe(false);
    const errorCells = outcome.findings.filter((f) => f.severity === "error" && f.sheet === "评议评分").map((f) => f.cell);
    expect(errorCells.sort()).toEqual([...cells].sort());
    expect(outcome.findings).toContainEqual(expect.objectContaining({ cell: cells[2], rule: "ranking.unknownUnit" }));
    expect(outcome.findings).toContainEqual(expect.objectContaining({ cell: cells[3], rule: "ranking.unknownGroup" }));
    expect(fake.syncCount()).toBe(2);
  });

  it("never shows fewer findings than 校验 showed for the same workbook", async () => {
    const { book } = await standardWorkbook();
    const scores = book.sheet("评议评分");
    scores.setValues(a1(columnOf(scores, "得分"), 3), [["九十"]]);
    scores.setValues(a1(columnOf(scores, "单位编码"), 7), [["X99"]]);
    const progress = book.sheet("工作进度");
    progress.setValues(a1(columnOf(progress, "进度(%)"), 2), [[150]]);
    const key = (f: { rule: string; sheet: string; cell: string }) => `${f.rule}@${f.sheet}!${f.cell}`;
    const validated = (await run.validate(excelWorkbench())).findings.map(key);
    const ranked = new Set((await run.rank(excelWorkbench())).findings.map(key));
    expect(validated.filter((k) => !ranked.has(k))).toEqual([]);
  });
  it("fixing the bad cells brings no finding the blocked run did not already show (未参评 and missing groups included)", async () => {
    const { book } = await standardWorkbook();
    const scores = book.sheet("评议评分");
    const cells = [a1(columnOf(scores, "得分"), 3), a1(columnOf(scores, "单位编码"), 7), a1(columnOf(scores, "评议主体"), 9)];
    const before = cells.map((cell) => scores.value(cell));
    const key = (f: { rule: string; sheet: string; cell: string }) => `${f.rule}@${f.sheet}!${f.cell}`;
    scores.setValues(cells[0], [["九十"]]);
    scores.setValues(cells[1], [["X99"]]);
    scores.setValues(cells[2], [["外星代表"]]);
    const blocked = await run.rank(excelWorkbench());
    expect(blocked.ok).toBe(false);
    // The demo has a unit no group scored and a unit one group left out: the blocked run says so already.
    expect(blocked.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(["ranking.unscored", "ranking.groupMissing"]));
    const validated = await run.validate(excelWorkbench());
    expect(validated.findings.map(key).sort()).toEqual(blocked.findings.map(key).sort());

    cells.forEach((cell, i) => scores.setValues(cell, [[before[i]]]));
    const fixed = await run.rank(excelWorkbench());
    expect(fixed.ok).toBe(true);
    const shown = new Set(blocked.findings.map(key));
    expect(fixed.findings.map(key).filter((k) => !shown.has(k))).toEqual([]);
  });
});

describe("一键排名 with nothing to rank", () => {
  it("a workbook with no scores is an error that says so, not “已对 0 个单位排名” in green", async () => {
    const { book } = await standardWorkbook(false);
    expect(book.sheet("评议评分").grid().length).toBeLessThanOrEqual(1);
    const outcome = await run.rank(excelWorkbench());
    expect(outcome.ok).toBe(false);
    expect(outcome.message).not.toContain("已对 0 个单位");
    expect(outcome.message).toContain("还没有任何评分");
    expect(outcome.message).toContain("“一键排名”");
    expect(outcome.findings).toContainEqual(expect.objectContaining({ severity: "error", sheet: "评议评分", rule: "ranking.nothingToRank" }));
    expect(book.find("排名结果")).toBeUndefined();
    expect(book.find("问责名单")).toBeUndefined();
  });
});

describe("a workbook that is not a 提升年 workbook", () => {
  it.each([
    ["一键排名", run.rank],
    ["校验", run.validate],
  ] as const)("%s writes nothing and says so in one line", async (_name, action) => {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1").setValues("A1", [
      ["姓名", "成绩"],
      ["张三", 90],
    ]);
    const fake = useFake(book);
    const outcome = await action(excelWorkbench());
    expect(outcome.ok).toBe(false);
    expect(outcome.findings).toEqual([]);
    expect(outcome.message).toBe(FOREIGN_WORKBOOK_MESSAGE);
    expect(outcome.message).not.toContain("\n");
    expect(book.sheetNames()).toEqual(["Sheet1"]);
    expect(fake.syncCount()).toBe(1);
  });
});
