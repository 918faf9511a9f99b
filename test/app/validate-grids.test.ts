/**
 * 校验's findings, adapter aside (validateGrids): the reading findings, validation's rules and
 * the ranking's own judgements, each judgement made once, and everything 一键排名 would report
 * for the same workbook.
 */
import * as aggregate from "../../src/domain/ranking/aggregate";
import * as totals from "../../src/domain/ranking/totals";
import * as violations from "../../src/domain/ranking/violation-accountability";
import type { Finding } from "../../src/domain/findings";
import { computeRanking, RANK_INPUT_SHEETS } from "../../src/app/rank-operation";
import { validateGrids } from "../../src/app/validate-operation";
import { readCampaign } from "../../src/sheets/read/read-campaign";
import { appendCopy, demo, set, TODAY, type Grids } from "../domain/validation/workbook-grids";

const key = (f: Finding) => `${f.rule}@${f.sheet}!${f.cell}`;
const errors = (findings: readonly Finding[]) => findings.filter((f) => f.severity === "error").map(key);

/** What 一键排名 reports for the same grids: it reads only its own sheets. */
const rankFindings = (g: Grids) => computeRanking(readCampaign(g, RANK_INPUT_SHEETS)).findings;

/** Workbooks that 校验 and 一键排名 must agree on, each the demo with one change. */
const CHANGES: [string, (g: Grids) => void][] = [
  ["the clean demo", () => undefined],
  ["a weight of -0.2", (g) => set(g, "评议主体", "权重", 2, -0.2)],
  ["a mistyped 单位类别", (g) => set(g, "单位名册", "单位类别", 2, "镇区")],
  ["a unit code not in 单位名册", (g) => set(g, "评议评分", "单位编码", 2, "X99")],
  ["a unit registered twice", (g) => appendCopy(g, "单位名册", 2)],
  ["a bad cell on a sheet the ranking does not read", (g) => set(g, "工作进度", "进度(%)", 2, 150)],
];

describe("校验 reports one bad cell of 单位名册 or 评议主体 as one finding", () => {
  it("a weight of -0.2 on 评议主体!B2: its cell error and nothing else, not an unknown group for each score", () => {
    const g = demo();
    set(g, "评议主体", "权重", 2, -0.2);
    expect(errors(validateGrids(g, TODAY).findings)).toEqual(["cell.outOfRange@评议主体!B2"]);
  });

  it("a 单位类别 typed 镇区 on 单位名册!C2: its cell error and nothing else, not an unknown Z01 on 评议评分 and 督查记录", () => {
    const g = demo();
    set(g, "单位名册", "单位类别", 2, "镇区");
    expect(errors(validateGrids(g, TODAY).findings)).toEqual(["cell.notInList@单位名册!C2"]);
  });
});

describe("校验 makes each of the ranking's judgements once", () => {
  afterEach(() => jest.restoreAllMocks());

  it.each([
    ["the ranking can run", (): Grids => demo()],
    [
      "the ranking cannot run (a bad cell on 评议评分)",
      (): Grids => {
        const g = demo();
        set(g, "评议评分", "得分", 2, 150);
        return g;
      },
    ],
  ])("scores, adjustments and violations are judged once when %s", (_when, grids) => {
    const g = grids();
    // The ranking computes group scores with their layout (for its robustness check); validation without: one call in all.
    const groupScores = [jest.spyOn(aggregate, "groupScores"), jest.spyOn(aggregate, "groupScoresWithLayout")];
    const spies = [jest.spyOn(totals, "adjustmentsByUnit"), jest.spyOn(violations, "violationAccountability")];
    validateGrids(g, TODAY);
    expect(groupScores.reduce((sum, s) => sum + s.mock.calls.length, 0)).toBe(1);
    expect(spies.map((s) => s.mock.calls.length)).toEqual([1, 1]);
  });

  it.each(CHANGES)("reports no finding twice: %s", (_name, change) => {
    const g = demo();
    change(g);
    const keys = validateGrids(g, TODAY).findings.map((f) => `${key(f)}|${f.message}`);
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("校验 reports everything 一键排名 reports for the same workbook", () => {
  it.each(CHANGES)("%s", (_name, change) => {
    const g = demo();
    change(g);
    const validated = new Set(validateGrids(g, TODAY).findings.map(key));
    const ranked = rankFindings(g).map(key);
    expect(ranked.filter((k) => !validated.has(k))).toEqual([]);
  });

  it("the ranking's own warnings are not withheld by a bad cell on a sheet the ranking does not read", () => {
    const g = demo();
    set(g, "工作进度", "进度(%)", 2, 150);
    const rules = new Set(validateGrids(g, TODAY).findings.map((f) => f.rule));
    expect(rules).toContain("ranking.groupMissing");
    expect(rules).toContain("ranking.unscored");
  });
});
