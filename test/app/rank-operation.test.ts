/**
 * 一键排名 inside Excel, held to its budget by the fake's counter: one read and one write
 * sync, input sheets untouched, result sheets replaced whole, and nothing written when
 * errors block the ranking.
 */
import { RANK_INPUT_SHEETS, VALIDATE_INPUT_SHEETS } from "../../src/app/rank-operation";
import { FakeWorkbook, markedCells, type FakeSheet } from "../support/fake-excel";
import { a1, columnOf, excelWorkbench, keepRows, run, snapshots, standardWorkbook, useFake } from "./fixture";

const RESULTS = ["排名结果", "问责名单"];

/** Unit codes in column B of 排名结果's ranking tables (rows whose 名次 is a number). */
function rankedCodes(sheet: FakeSheet): string[] {
  return sheet
    .grid()
    .filter((row) => typeof row[0] === "number")
    .map((row) => String(row[1]));
}

describe("一键排名 inside Excel", () => {
  it("ranks the demo workbook in one Excel.run of exactly one read sync and one write sync", async () => {
    const { book, fake } = await standardWorkbook();
    const outcome = await run.rank(excelWorkbench());
    expect(outcome.ok).toBe(true);
    expect(fake.runCount()).toBe(1);
    expect(fake.syncCount()).toBe(2);
    expect(fake.requests[0].responseBytes).toBeGreaterThan(0);
    expect(fake.requests[1].loads).toBe(0);
    for (const name of RESULTS) expect(book.find(name)?.visibility).toBe("Visible");
    // Every unit with at least one score is ranked, exactly once (BRIEF: a unit with no score is not ranked).
    const scores = book.sheet("评议评分");
    const unit = columnOf(scores, "单位编码");
    const scored = new Set(
      scores
        .grid()
        .slice(1)
        .map((r) => String(r[unit]))
    );
    const ranked = rankedCodes(book.sheet("排名结果"));
    expect(ranked.length).toBe(scored.size);
    expect(new Set(ranked)).toEqual(scored);
  });

  it("leaves every input sheet exactly as it was", async () => {
    const { book } = await standardWorkbook();
    const before = snapshots(book, VALIDATE_INPUT_SHEETS);
    await run.rank(excelWorkbench());
    expect(snapshots(book, VALIDATE_INPUT_SHEETS)).toEqual(before);
  });

  it("replaces the result sheets whole on a second run: no row of the longer first result is left", async () => {
    const { book } = await standardWorkbook();
    await run.rank(excelWorkbench());
    const firstLength = book.sheet("排名结果").grid().length;

    // Remove every 重点科室 and everything that refers to it, then rank again over the old results.
    const roster = book.sheet("单位名册");
    const category = columnOf(roster, "单位类别");
    const code = columnOf(roster, "单位编码");
    const sections = new Set(
      roster
        .grid()
        .filter((r) => r[category] === "重点科室")
        .map((r) => String(r[code]))
    );
    expect(sections.size).toBeGreaterThan(10);
    for (const name of ["单位名册", "评议评分", "加减分", "违规记录"]) keepRows(book.sheet(name), "单位编码", (v) => !sections.has(String(v)));
    const second = await run.rank(excelWorkbench());
    expect(second.ok).toBe(true);
    expect(book.sheet("排名结果").grid().length).toBeLessThan(firstLength);

    // The same inputs in a workbook that never had results give the very same result sheets.
    const fresh = new FakeWorkbook();
    for (const name of RANK_INPUT_SHEETS) fresh.addSheet(name).setValues("A1", book.sheet(name).grid());
    const replaced = Object.fromEntries(RESULTS.map((n) => [n, book.sheet(n).grid()]));
    useFake(fresh);
    await run.rank(excelWorkbench());
    expect(Object.fromEntries(RESULTS.map((n) => [n, fresh.sheet(n).grid()]))).toEqual(replaced);
    expect(rankedCodes(book.sheet("排名结果")).filter((c) => sections.has(c))).toEqual([]);
  });

  it("ranks 20,000 score rows in one read sync and one write sync", async () => {
    const { book, fake } = await standardWorkbook();
    const scores = book.sheet("评议评分");
    const roster = book.sheet("单位名册");
    const groups = book.sheet("评议主体");
    const unit = columnOf(roster, "单位编码");
    const group = columnOf(groups, "评议主体");
    const codes = roster
      .grid()
      .slice(1)
      .map((r) => r[unit]);
    const groupNames = groups
      .grid()
      .slice(1)
      .map((r) => r[group]);
    const [head, ...rows] = scores.grid();
    const order = ["单位编码", "评议主体", "评议人编号", "得分"].map((h) => columnOf(scores, h));
    const extra = Array.from({ length: 20_000 - rows.length }, (_, i) => {
      const row: (string | number | null)[] = head.map(() => null);
      [codes[i % codes.length] as string, groupNames[i % groupNames.length] as string, `加测${i}`, 60 + (i % 41)].forEach(
        (v, k) => (row[order[k]] = v)
      );
      return row;
    });
    scores.setValues(`A${rows.length + 2}`, extra);
    expect(scores.grid()).toHaveLength(20_001);

    const outcome = await run.rank(excelWorkbench());
    // The demo's later dates are errors on sheets the ranking does not read (run date 2010-11-01): reported, not blocking.
    expect(outcome.findings.filter((f) => f.severity === "error" && RANK_INPUT_SHEETS.includes(f.sheet))).toEqual([]);
    expect(outcome.ok).toBe(true);
    expect(fake.syncCount()).toBe(2);
    expect(fake.runCount()).toBe(1);
  });

  it("blocks on a bad score and marks the previous results 已失效 in the same single write (regression: stale lists stayed as if current)", async () => {
    const { book, fake } = await standardWorkbook();
    await run.rank(excelWorkbench());
    expect(rankedCodes(book.sheet("排名结果")).length).toBeGreaterThan(100);
    const scores = book.sheet("评议评分");
    const cell = a1(columnOf(scores, "得分"), 7);
    scores.setValues(cell, [["九十分"]]);
    fake.resetCounters();

    const outcome = await run.rank(excelWorkbench());

    expect(outcome.ok).toBe(false);
    expect(outcome.findings).toContainEqual(expect.objectContaining({ severity: "error", sheet: "评议评分", cell }));
    expect(outcome.message).toContain("原排名结果和问责名单已标为已失效");
    for (const name of RESULTS) {
      const grid = book.sheet(name).grid();
      // The first cell says 已失效 with the time of the blocked run and why; no old row survives.
      expect(String(grid[0][0])).toMatch(/^已失效（2010-11-01 12:00）：.*数据错误.*“一键排名”/);
      expect(grid.flat().filter((v) => typeof v === "string" && /^[ZBSK]\d{2,3}$/.test(v))).toEqual([]);
    }
    expect(rankedCodes(book.sheet("排名结果"))).toEqual([]);
    // The findings go to 校验结果 and the bad cell is marked, still in one read and one write.
    expect(fake.runCount()).toBe(1);
    expect(fake.syncCount()).toBe(2);
    expect(
      book
        .sheet("校验结果")
        .grid()
        .some((row) => row[1] === "评议评分" && row[2] === cell)
    ).toBe(true);
    expect(markedCells(book, "评议评分")).toContain(cell);
  });

  it("writes neither 排名结果 nor 问责名单 when the first run is blocked by errors", async () => {
    const { book } = await standardWorkbook();
    const scores = book.sheet("评议评分");
    scores.setValues(a1(columnOf(scores, "得分"), 3), [[250]]);
    const outcome = await run.rank(excelWorkbench());
    expect(outcome.ok).toBe(false);
    for (const name of RESULTS) expect(book.find(name)).toBeUndefined();
    expect(outcome.message).not.toContain("已失效");
  });

  it("clears the marks and findings of a blocked run once the data is fixed (regression: a successful run left them)", async () => {
    const { book, fake } = await standardWorkbook();
    const scores = book.sheet("评议评分");
    const cell = a1(columnOf(scores, "得分"), 7);
    const original = scores.value(cell);
    scores.setValues(cell, [["九十分"]]);
    expect((await run.rank(excelWorkbench())).ok).toBe(false);
    expect(markedCells(book, "评议评分")).toContain(cell);

    scores.setValues(cell, [[original]]);
    fake.resetCounters();
    const outcome = await run.rank(excelWorkbench());

    expect(outcome.ok).toBe(true);
    expect(fake.syncCount()).toBe(2);
    expect(markedCells(book, "评议评分")).toEqual([]);
    const findings = book.sheet("校验结果").grid();
    expect(findings.some((row) => row[1] === "评议评分" && row[2] === cell)).toBe(false);
    expect(findings.some((row) => row[0] === "来源" && row[1] === "一键排名")).toBe(true);
  });
});
