/**
 * What the pane shows after 一键排名, as plain data: the counts, the bottom of each
 * category with totals, and the whole accountability list, so a reviewer can read the
 * result without leaving the pane (issue 8).
 */
import { KEY_SECTION_CATEGORY } from "../domain/campaign";
import { formatScore, type RankedUnit, type RankingResult } from "../domain/ranking";
import type { Settings } from "../domain/settings";
import type { RankSummary } from "./workbench";

/** How many of the last units an ordinary category shows (the last one is the one held accountable). */
export const BOTTOM_SHOWN = 3;

/** Summary figures, the bottom units of each category and the accountability list of a result. */
export function summarize(result: RankingResult, settings: Pick<Settings, "precision" | "keySectionBottomN">): RankSummary {
  const byCategory = new Map<string, RankedUnit[]>();
  for (const r of result.rankings) {
    const list = byCategory.get(r.category);
    if (list) list.push(r);
    else byCategory.set(r.category, [r]);
  }
  return {
    ranked: result.rankings.length,
    unranked: result.unranked.length,
    accountability: result.accountability.length,
    needsReview: result.accountability.filter((a) => a.needsReview).length,
    categories: [...byCategory].map(([category, units]) => ({
      category,
      ranked: units.length,
      bottom: bottomOf(units, category === KEY_SECTION_CATEGORY ? Math.max(settings.keySectionBottomN, 1) : BOTTOM_SHOWN).map((u) => ({
        rank: u.rank,
        unitCode: u.unitCode,
        unitName: u.unitName,
        score: formatScore(u.score, settings.precision),
      })),
    })),
    entries: result.accountability.map((a) => ({
      type: a.type,
      unitCode: a.unitCode,
      unitName: a.unitName,
      person: a.person,
      role: a.role,
      basis: a.basis,
      evidence: a.evidence,
      needsReview: a.needsReview,
    })),
  };
}

/** The last `count` units in rank order, plus every unit tied with the first of them (a tie is never cut in half). */
function bottomOf(units: readonly RankedUnit[], count: number): RankedUnit[] {
  if (units.length <= count) return [...units];
  const boundary = units[units.length - count].rank;
  return units.filter((u) => u.rank >= boundary);
}
