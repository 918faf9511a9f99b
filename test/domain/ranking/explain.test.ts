/**
 * 排名说明's numbers (issue 23): for every unit of the demo campaign and of random campaigns, the
 * explanation's steps add up to the unit's total, each group line's mean is the group score the
 * ranking used, and the changes it names would move the unit one place.
 */
import fc from "fast-check";
import { demoCampaign } from "../../../src/demo";
import { rankCampaign, type RankingInput, type RankingResult } from "../../../src/domain/ranking";
import { explainUnits, type Explanation } from "../../../src/domain/ranking/explain";
import { defaultSettings } from "../../../src/domain/settings";
import { arbitraryCampaign } from "./arbitrary-campaign";
import { campaign, locate, TOWN } from "./campaign-builder";

function explainAll(input: RankingInput): { result: RankingResult; explanations: Map<string, Explanation> } {
  const result = rankCampaign(input);
  expect(result.ok).toBe(true);
  return { result, explanations: explainUnits(input, result, new Set(result.rankings.map((r) => r.unitCode))) };
}

function expectAddsUp(input: RankingInput): void {
  const { result, explanations } = explainAll(input);
  expect(explanations.size).toBe(result.rankings.length);
  for (const unit of result.rankings) {
    const ex = explanations.get(unit.unitCode);
    if (!ex) throw new Error(`no explanation for ${unit.unitCode}`);
    const contributions = ex.groups.reduce((sum, g) => sum + g.contribution, 0);
    const adjustments = ex.adjustments.reduce((sum, a) => sum + a.points, 0);
    expect(contributions).toBeCloseTo(ex.evaluation, 9);
    expect(contributions + adjustments).toBeCloseTo(unit.total, 9);
    expect(ex.total).toBeCloseTo(unit.total, 9);
    expect(ex.groups.filter((g) => g.mean !== null).reduce((sum, g) => sum + g.share, 0)).toBeCloseTo(1, 12);
    for (const g of ex.groups) {
      const used = unit.groupScores[g.group];
      if (used === null) expect(g.mean).toBeNull();
      else expect(g.mean).toBeCloseTo(used, 9);
      // What trimming dropped is one highest and one lowest, and only those.
      const dropped = g.scores.filter((s) => s.dropped);
      if (dropped.length > 0) {
        const values = g.scores.map((s) => s.score);
        expect(dropped.map((s) => s.score).sort((a, b) => a - b)).toEqual([Math.min(...values), Math.max(...values)]);
      }
    }
  }
}

describe("排名说明 adds up", () => {
  it("for every unit of the demo campaign", () => {
    const data = demoCampaign(defaultSettings(2010));
    expectAddsUp({ settings: defaultSettings(2010), ...data, locate });
  });

  it("for every unit of random campaigns", () => {
    fc.assert(fc.property(arbitraryCampaign, expectAddsUp), { numRuns: 200 });
  });
});

describe("排名说明 of one unit", () => {
  const input = campaign({
    units: [
      ["T1", TOWN],
      ["T2", TOWN],
      ["T3", TOWN],
    ],
    groups: { 党代表: 1, 人大代表: 3 },
    scores: {
      T1: { 党代表: [90, 80, 70, 60, 100], 人大代表: [90] },
      T2: { 党代表: [80], 人大代表: [80] },
      T3: { 党代表: [60] },
    },
    adjustments: [["T2", 1.5]],
  });

  it("names what trimming dropped, the grade words, the 加减分 rows and the neighbours", () => {
    const result = rankCampaign(input);
    const ex = explainUnits(input, result, new Set(["T1", "T2"]), (row) => (row === 2 ? "满意" : undefined)).get("T1");
    const party = ex?.groups.find((g) => g.group === "党代表");
    expect(party?.scores.map((s) => [s.score, s.dropped ?? null])).toEqual([
      [60, "最低分"],
      [70, null],
      [80, null],
      [90, null],
      [100, "最高分"],
    ]);
    expect(party?.scores.find((s) => s.row === 2)?.grade).toBe("满意");
    expect(party?.mean).toBe(80);
    expect(party?.share).toBe(0.25);
    expect(ex?.below?.unitCode).toBe("T2");
    expect(ex?.above).toBeNull();
    const t2 = explainUnits(input, result, new Set(["T2"])).get("T2");
    expect(t2?.adjustments).toEqual([{ points: 1.5, reason: "事由", row: 2 }]);
    expect(t2?.total).toBe(81.5);
  });

  it("gives the change of one group's mean that moves the unit one place, and that change does move it", () => {
    const result = rankCampaign(input);
    const t2 = explainUnits(input, result, new Set(["T2"])).get("T2");
    const move = t2?.moves.find((m) => m.group === "人大代表");
    if (!move?.up) throw new Error("no move up");
    // T1 totals 87.5 (0.25 × 80 + 0.75 × 90); T2 needs its 人大代表 mean to rise (87.505 − 81.5) ÷ 0.75.
    expect(move.up).toBeCloseTo((87.505 - 81.5) / 0.75, 9);
    const raised = {
      ...input,
      scores: input.scores.map((s) => (s.unitCode === "T2" && s.group === "人大代表" ? { ...s, score: s.score + move.up! + 1e-9 } : s)),
    };
    expect(rankCampaign(raised).rankings.find((r) => r.unitCode === "T2")?.rank).toBe(1);
  });
});
