/**
 * The robustness check of 考评问责 (issue 23): an entry that one evaluator's or one group's
 * scores decide is found and marked 需复核, a robust one is not, and the incremental check
 * agrees with ranking the campaign again without each evaluator and each group.
 */
import fc from "fast-check";
import { rankCampaign, type RankingInput, type RankingResult } from "../../../src/domain/ranking";
import { arbitraryCampaign } from "./arbitrary-campaign";
import { campaign, KEY, TOWN } from "./campaign-builder";

function ranked(input: RankingInput): RankingResult {
  const result = rankCampaign(input);
  expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  return result;
}

const evaluationEntries = (r: RankingResult) => r.accountability.filter((a) => a.type === "考评问责");

describe("考评问责 robustness: leave one evaluator out", () => {
  // No trimming: 党代表-4's 20 alone drags T3 below T2.
  const planted = campaign({
    units: [
      ["T1", TOWN],
      ["T2", TOWN],
      ["T3", TOWN],
    ],
    groups: { 党代表: 1 },
    scores: { T1: { 党代表: [90, 90, 90, 90] }, T2: { 党代表: [80, 80, 80, 80] }, T3: { 党代表: [81, 81, 81, 20] } },
    settings: { trimThreshold: 0 },
  });

  it("finds the one evaluator whose score puts a unit last, and marks the entry 需复核 with the reason", () => {
    const result = ranked(planted);
    const [entry] = evaluationEntries(result);
    expect(entry.unitCode).toBe("T3");
    expect(entry.needsReview).toBe(true);
    expect(entry.evidence).toContain("去掉评议人 党代表-4（党代表）的评分后，最后一位变为 T2 单位T2");
    expect(entry.evidence).toContain("起决定作用的评议人：党代表-4");
    expect(entry.evidence).toContain("三是实施考评问责");
    expect(result.robustness).toEqual([
      {
        unitCode: "T3",
        category: TOWN,
        margin: 14.25,
        nextUnitCode: "T2",
        flips: [{ kind: "evaluator", id: "党代表-4", groups: ["党代表"], namedAfter: ["T2"] }],
      },
    ]);
    const t3 = result.rankings.find((r) => r.unitCode === "T3");
    expect(t3?.needsReview).toBe(true);
    expect(t3?.notes.join("；")).toContain("去掉评议人 党代表-4");
  });

  it("does not flag a last place no single evaluator or group decides, and gives its margin", () => {
    const robust = campaign({
      units: [
        ["T1", TOWN],
        ["T2", TOWN],
        ["T3", TOWN],
      ],
      groups: { 党代表: 1, 人大代表: 1 },
      scores: {
        T1: { 党代表: [90, 90, 90, 90], 人大代表: [90, 90, 90] },
        T2: { 党代表: [80, 80, 80, 80], 人大代表: [80, 80, 80] },
        T3: { 党代表: [60, 62, 61, 70], 人大代表: [60, 61, 62] },
      },
    });
    const result = ranked(robust);
    const [entry] = evaluationEntries(result);
    expect(entry).toEqual(expect.objectContaining({ unitCode: "T3", needsReview: false }));
    expect(entry.evidence).not.toContain("去掉");
    expect(result.robustness?.[0]).toEqual(expect.objectContaining({ unitCode: "T3", nextUnitCode: "T2", flips: [] }));
    // Between the totals as shown: 80.00 − 62.13 (62.125 rounds half away from zero).
    expect(result.robustness?.[0].margin).toBe(17.87);
  });

  it("finds a group whose scores alone decide the last place", () => {
    const input = campaign({
      units: [
        ["T1", TOWN],
        ["T2", TOWN],
      ],
      groups: { 党代表: 1, 人大代表: 1 },
      scores: { T1: { 党代表: [80, 80], 人大代表: [80, 80] }, T2: { 党代表: [90, 90], 人大代表: [60, 60] } },
    });
    const [entry] = evaluationEntries(ranked(input));
    expect(entry.unitCode).toBe("T2");
    expect(entry.evidence).toContain("去掉评议主体“人大代表”的全部评分后，最后一位变为 T1 单位T1");
    expect(entry.needsReview).toBe(true);
  });

  it("tests membership of the bottom N key sections", () => {
    const input = campaign({
      units: [
        ["K1", KEY],
        ["K2", KEY],
        ["K3", KEY],
        ["K4", KEY],
      ],
      groups: { 党代表: 1 },
      scores: {
        K1: { 党代表: [90, 90, 90] },
        K2: { 党代表: [83, 83, 83] },
        K3: { 党代表: [84, 84, 40] },
        K4: { 党代表: [50, 50, 50] },
      },
      settings: { trimThreshold: 0, keySectionBottomN: 2 },
    });
    const result = ranked(input);
    const k3 = evaluationEntries(result).find((e) => e.unitCode === "K3");
    const k4 = evaluationEntries(result).find((e) => e.unitCode === "K4");
    expect(k3?.evidence).toContain("去掉评议人 党代表-3（党代表）的评分后，后2位变为 K4 单位K4、K2 单位K2");
    expect(k3?.needsReview).toBe(true);
    expect(k4?.needsReview).toBe(false);
  });
});

/** The units named by 考评问责 in each category of a result. */
function namedSets(result: RankingResult): Map<string, Set<string>> {
  const named = new Map<string, Set<string>>();
  for (const e of evaluationEntries(result)) named.set(e.category, (named.get(e.category) ?? new Set()).add(e.unitCode));
  return named;
}

describe("考评问责 robustness agrees with ranking again without each evaluator and each group", () => {
  it("holds for random campaigns", () => {
    fc.assert(
      fc.property(arbitraryCampaign, (input) => {
        const result = ranked(input);
        const expected = new Map<string, string[]>();
        const removals: { id: string; input: RankingInput }[] = [
          ...[...new Set(input.scores.map((s) => s.evaluatorId))].sort().map((id) => ({
            id: `evaluator:${id}`,
            input: { ...input, scores: input.scores.filter((s) => s.evaluatorId !== id) },
          })),
          ...(input.groups.length < 2 ? [] : input.groups).map((g) => ({
            id: `group:${g.name}`,
            input: { ...input, scores: input.scores.filter((s) => s.group !== g.name) },
          })),
        ];
        for (const removal of removals) {
          const again = rankCampaign(removal.input);
          const after = namedSets(again);
          // A removal that leaves a unit of the category with no score is not judged there.
          const unrankedBefore = new Set(result.unranked.map((u) => u.unitCode));
          const newlyUnranked = new Set(again.unranked.filter((u) => !unrankedBefore.has(u.unitCode)).map((u) => u.category));
          for (const entry of evaluationEntries(result)) {
            if (newlyUnranked.has(entry.category) || after.get(entry.category)?.has(entry.unitCode)) continue;
            expected.set(entry.unitCode, [...(expected.get(entry.unitCode) ?? []), removal.id]);
          }
        }
        const actual = new Map((result.robustness ?? []).map((r) => [r.unitCode, r.flips.map((f) => `${f.kind}:${f.id}`)]));
        for (const entry of evaluationEntries(result)) {
          expect([entry.unitCode, actual.get(entry.unitCode) ?? []]).toEqual([entry.unitCode, expected.get(entry.unitCode) ?? []]);
        }
      }),
      { numRuns: 150 }
    );
  });
});
