/**
 * 未参评 and missing-group warnings judged from 评议评分's rows alone (the run where a bad cell
 * keeps the ranking from running): the same findings as the ranking's own where it runs, and
 * none that a row with an unreadable unit or group could answer.
 */
import fc from "fast-check";
import { rankCampaign } from "../../../src/domain/ranking";
import { scoreCoverageFindings, type ScoreRowSeen } from "../../../src/domain/ranking/coverage";
import { buildRoster } from "../../../src/domain/ranking/roster";
import type { RankingInput } from "../../../src/domain/ranking";
import { arbitraryCampaign } from "./arbitrary-campaign";
import { campaign, locate, TOWN } from "./campaign-builder";

const COVERAGE_RULES = new Set(["ranking.unscored", "ranking.groupMissing"]);

function coverage(input: RankingInput, partial: readonly ScoreRowSeen[] = []) {
  const roster = buildRoster(input.units, input.groups, locate, []);
  return scoreCoverageFindings(roster, input.scores, partial, locate);
}

const GROUPS = { 党代表: 0.5, 新闻媒体: 0.5 };
const UNITS: [string, string][] = [
  ["Z01", TOWN],
  ["Z02", TOWN],
  ["Z03", TOWN],
];

describe("score coverage from the rows alone", () => {
  it("gives exactly the ranking's 未参评 and missing-group warnings on any valid campaign", () => {
    fc.assert(
      fc.property(arbitraryCampaign, (input) => {
        const engine = rankCampaign(input).findings.filter((f) => COVERAGE_RULES.has(f.rule));
        const key = (f: { rule: string; cell: string; message: string }) => `${f.rule}@${f.cell}:${f.message}`;
        expect(coverage(input).map(key).sort()).toEqual(engine.map(key).sort());
      })
    );
  });

  it("a row whose 得分 could not be read still counts as its group's score for its unit", () => {
    const input = campaign({ units: UNITS, groups: GROUPS, scores: { Z01: { 党代表: [90], 新闻媒体: [80] }, Z02: { 党代表: [85] } } });
    const found = coverage(input, [
      { unitCode: "Z02", group: "新闻媒体", origin: { sheet: "评议评分", row: 9 } },
      { unitCode: "Z03", group: "党代表", origin: { sheet: "评议评分", row: 10 } },
    ]);
    // Z02 has its 新闻媒体 row (score unreadable); Z03 has a 党代表 row but no 新闻媒体 at all.
    expect(found.map((f) => [f.rule, f.cell])).toEqual([["ranking.groupMissing", "A4"]]);
    expect(found[0].message).toContain("新闻媒体");
  });

  it("says nothing of a unit when one of its rows has a group that could not be read", () => {
    const input = campaign({
      units: UNITS,
      groups: GROUPS,
      scores: { Z01: { 党代表: [90], 新闻媒体: [80] }, Z02: { 党代表: [85] }, Z03: { 党代表: [70] } },
    });
    const found = coverage(input, [{ unitCode: "Z02", origin: { sheet: "评议评分", row: 9 } }]);
    expect(found.map((f) => [f.rule, f.cell])).toEqual([["ranking.groupMissing", "A4"]]);
  });

  it("says nothing at all when a row's unit could not be read: it could be any unit's score", () => {
    const input = campaign({ units: UNITS, groups: GROUPS, scores: { Z01: { 党代表: [90] } } });
    expect(coverage(input).length).toBeGreaterThan(0);
    expect(coverage(input, [{ group: "新闻媒体", origin: { sheet: "评议评分", row: 9 } }])).toEqual([]);
  });

  it("a unit with no row at all is 未参评, at its code in 单位名册", () => {
    const input = campaign({
      units: UNITS,
      groups: GROUPS,
      scores: { Z01: { 党代表: [90], 新闻媒体: [80] }, Z02: { 党代表: [85], 新闻媒体: [80] } },
    });
    const found = coverage(input);
    expect(found.map((f) => [f.rule, f.sheet, f.cell])).toEqual([["ranking.unscored", "单位名册", "A4"]]);
  });
});
