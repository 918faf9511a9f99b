/** Shared expectations of the worked examples: rank a spec without errors, read back its tables. */
import { rankCampaign, type RankingResult } from "../../../src/domain/ranking";
import { campaign, type CampaignSpec } from "./campaign-builder";

/** Ranks a spec, expecting no error. */
export function rank(spec: CampaignSpec): RankingResult {
  const result = rankCampaign(campaign(spec));
  expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  return result;
}

/** [unitCode, rank, score] of one category, in the engine's order. */
export function table(result: RankingResult, category: string): [string, number, number][] {
  return result.rankings.filter((r) => r.category === category).map((r) => [r.unitCode, r.rank, r.score]);
}

/** [unitCode, needsReview] of the 考评问责 entries. */
export function evaluationNames(result: RankingResult): [string, boolean][] {
  return result.accountability.filter((a) => a.type === "考评问责").map((a) => [a.unitCode, a.needsReview]);
}
