/**
 * The JSON that `tisheng rank --json` and `tisheng validate --json` print. Its field
 * names are a contract other tools rely on (issue 3): more fields may be added, none
 * renamed or removed.
 */
import type { Finding } from "../domain/findings";
import type { EntryRobustness, RankingResult } from "../domain/ranking";
import type { Explanation } from "../domain/ranking/explain";

/** An explanation as JSON: the unit's place in brief, then every step of its total. */
export type ExplanationJson = Omit<Explanation, "unit"> & { unitCode: string; unitName: string; category: string; rank: number; score: number };

export interface RankJson {
  ok: boolean;
  rankings: { category: string; unitCode: string; unitName: string; score: number; rank: number }[];
  unranked: { unitCode: string; reason: string }[];
  accountability: { type: string; unitCode: string; person: string; basis: string; evidence: string; needsReview: boolean }[];
  issues: Finding[];
  /** Per 考评问责 entry: margin to the nearest unit not named, and the single evaluators or groups whose removal changes it. */
  robustness: EntryRobustness[];
  /** The explanation of every ranked unit named in the accountability list. */
  explanations: ExplanationJson[];
}

/** An explanation for JSON. */
export function explanationJson(ex: Explanation): ExplanationJson {
  const { unit, ...rest } = ex;
  return { unitCode: unit.unitCode, unitName: unit.unitName, category: unit.category, rank: unit.rank, score: unit.score, ...rest };
}

/**
 * The contract object for a ranking run; rankings and accountability are empty when errors
 * blocked it. `ranked` says whether the run wrote the ranking (errors on sheets the ranking
 * does not read are reported in `issues` without blocking it); by default, any error blocks.
 */
export function rankJson(
  result: RankingResult | undefined,
  findings: readonly Finding[],
  ranked?: boolean,
  explanations: ReadonlyMap<string, Explanation> = new Map()
): RankJson {
  const ok = Boolean(result?.ok) && (ranked ?? !findings.some((f) => f.severity === "error"));
  return {
    ok,
    rankings:
      ok && result
        ? result.rankings.map((r) => ({ category: r.category, unitCode: r.unitCode, unitName: r.unitName, score: r.score, rank: r.rank }))
        : [],
    unranked: result ? result.unranked.map((u) => ({ unitCode: u.unitCode, reason: u.reason })) : [],
    accountability:
      ok && result
        ? result.accountability.map((a) => ({
            type: a.type,
            unitCode: a.unitCode,
            person: a.person,
            basis: a.basis,
            evidence: a.evidence,
            needsReview: a.needsReview,
          }))
        : [],
    issues: issuesJson(findings),
    robustness: ok && result ? (result.robustness ?? []) : [],
    explanations: ok ? [...explanations.values()].map(explanationJson) : [],
  };
}

/** Findings as the contract's `issues`: exactly these five fields, in this order. */
export function issuesJson(findings: readonly Finding[]): Finding[] {
  return findings.map((f) => ({ severity: f.severity, sheet: f.sheet, cell: f.cell, rule: f.rule, message: f.message }));
}
