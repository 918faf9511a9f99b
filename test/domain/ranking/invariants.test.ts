/** Invariants of the ranking over random valid campaigns (fast-check). */
import fc from "fast-check";
import { rankCampaign, type RankingInput, type RankingResult } from "../../../src/domain/ranking";
import { arbitraryCampaign, shuffled } from "./arbitrary-campaign";

function ranked(input: RankingInput): RankingResult {
  const result = rankCampaign(input);
  expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  return result;
}

describe("ranking invariants", () => {
  it("shuffling the rows of 单位名册, 评议评分, 加减分 and 违规记录 changes nothing", () => {
    fc.assert(
      fc.property(arbitraryCampaign, fc.integer(), (input, seed) => {
        const moved: RankingInput = {
          ...input,
          units: shuffled(input.units, seed),
          scores: shuffled(input.scores, seed + 1),
          adjustments: shuffled(input.adjustments, seed + 2),
          violations: shuffled(input.violations, seed + 3),
        };
        // Exact equality, unrounded totals included: row order never changes a digit.
        expect(ranked(moved)).toEqual(ranked(input));
      })
    );
  });

  it("adding the same whole points to every unit of a category keeps its order and ranks", () => {
    fc.assert(
      fc.property(arbitraryCampaign, fc.integer({ min: -20, max: 20 }), fc.nat(), (input, points, pick) => {
        const before = ranked(input);
        if (before.rankings.length === 0) return;
        const category = before.rankings[pick % before.rankings.length].category;
        const bonus = before.rankings
          .filter((r) => r.category === category)
          .map((r, i) => ({ unitCode: r.unitCode, points, reason: "统一加分", origin: { sheet: "加减分", row: 100 + i } }));
        const after = ranked({ ...input, adjustments: [...input.adjustments, ...bonus] });
        const order = (r: RankingResult) => r.rankings.filter((u) => u.category === category).map((u) => [u.unitCode, u.rank]);
        expect(order(after)).toEqual(order(before));
        const evaluation = (r: RankingResult) => r.accountability.filter((a) => a.type === "考评问责").map((a) => [a.unitCode, a.needsReview]);
        expect(evaluation(after)).toEqual(evaluation(before));
      })
    );
  });

  it("the accountability list is a function of the sheet data alone: the same data twice gives the same list", () => {
    fc.assert(
      fc.property(arbitraryCampaign, (input) => {
        const copy: RankingInput = { ...structuredClone({ ...input, locate: undefined }), locate: input.locate };
        const first = ranked(input).accountability;
        expect(ranked(copy).accountability).toEqual(first);
        expect(ranked(input).accountability).toEqual(first);
      })
    );
  });
});
