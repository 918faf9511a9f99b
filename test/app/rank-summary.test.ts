/** The pane's plain-data summary of a ranking: bottom units per category (ties kept whole) and every entry. */
import { BOTTOM_SHOWN, summarize } from "../../src/app/rank-summary";
import type { RankedUnit, RankingResult } from "../../src/domain/ranking";

function unit(category: string, code: string, rank: number, score: number): RankedUnit {
  return {
    category,
    unitCode: code,
    unitName: `单位${code}`,
    total: score,
    score,
    rank,
    evaluation: score,
    groupScores: {},
    adjustment: 0,
    reweighted: false,
    needsReview: false,
    notes: [],
  };
}

const RESULT: RankingResult = {
  ok: true,
  findings: [],
  unranked: [],
  rankings: [
    ...[90, 85, 80, 75, 70].map((s, i) => unit("镇(区)", `Z0${i + 1}`, i + 1, s)),
    // A tie across the boundary of the last three: ranks 1, 2, 2, 2, 5.
    unit("市直单位", "S01", 1, 90),
    unit("市直单位", "S02", 2, 80),
    unit("市直单位", "S03", 2, 80),
    unit("市直单位", "S04", 2, 80),
    unit("市直单位", "S05", 5, 70.5),
    ...[90, 80, 70, 60].map((s, i) => unit("重点科室", `K0${i + 1}`, i + 1, s)),
  ],
  accountability: [
    {
      type: "考评问责",
      unitCode: "Z05",
      unitName: "单位Z05",
      category: "镇(区)",
      person: "张三",
      role: "党政主要负责人",
      basis: "依据",
      evidence: "证据",
      needsReview: true,
    },
  ],
};

describe("summarize", () => {
  const summary = summarize(RESULT, { precision: 2, keySectionBottomN: 2 });
  const bottom = (category: string) => summary.categories.find((c) => c.category === category)?.bottom.map((u) => u.unitCode);

  it("lists the last units of an ordinary category with totals at the sheet's precision", () => {
    expect(bottom("镇(区)")).toHaveLength(BOTTOM_SHOWN);
    expect(bottom("镇(区)")).toEqual(["Z03", "Z04", "Z05"]);
    expect(summary.categories[0].bottom[2]).toEqual({ rank: 5, unitCode: "Z05", unitName: "单位Z05", score: "70.00" });
  });

  it("never cuts a tie at the boundary in half", () => {
    expect(bottom("市直单位")).toEqual(["S02", "S03", "S04", "S05"]);
  });

  it("shows the configured N for 重点科室", () => {
    expect(bottom("重点科室")).toEqual(["K03", "K04"]);
  });

  it("carries every accountability entry with its review flag", () => {
    expect(summary.entries).toEqual([
      {
        type: "考评问责",
        unitCode: "Z05",
        unitName: "单位Z05",
        person: "张三",
        role: "党政主要负责人",
        basis: "依据",
        evidence: "证据",
        needsReview: true,
      },
    ]);
    expect(summary.needsReview).toBe(1);
  });
});
