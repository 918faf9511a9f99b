/**
 * Ranking within each 单位类别 (四、第四阶段: 各类排名): by total, descending, comparing
 * totals at the score precision (what the sheet shows equal is tied), as competition
 * (1,2,2,4) or dense (中国式, 1,2,2,3) ranks.
 */
import { UNIT_CATEGORIES } from "../campaign";
import type { RankingMethod } from "../settings";
import { compareCodes } from "./cells";
import { roundTo } from "./rounding";
import type { ScoredUnit } from "./totals";
import type { RankedUnit } from "./types";

/** The ranked units of one category, best first (ties by unit code). */
export interface CategoryRanking {
  category: string;
  units: RankedUnit[];
}

const CATEGORY_ORDER = new Map<string, number>(UNIT_CATEGORIES.map((c, i) => [c, i]));

/** Orders categories as UNIT_CATEGORIES lists them, then any others by name. */
export function compareCategories(a: string, b: string): number {
  const oa = CATEGORY_ORDER.get(a) ?? UNIT_CATEGORIES.length;
  const ob = CATEGORY_ORDER.get(b) ?? UNIT_CATEGORIES.length;
  return oa - ob || compareCodes(a, b);
}

/** The note for a unit some group did not score. */
function reweightedNote(missingGroups: readonly string[]): string {
  return `缺少评议主体：${missingGroups.join("、")}（已按其余主体权重归一）`;
}

/** Ranks the scored units of every category; categories in display order. */
export function rankCategories(scored: readonly ScoredUnit[], method: RankingMethod, precision: number): CategoryRanking[] {
  const byCategory = new Map<string, RankedUnit[]>();
  for (const s of scored) {
    const ranked: RankedUnit = {
      category: s.unit.category,
      unitCode: s.unit.code,
      unitName: s.unit.name,
      total: s.total,
      score: roundTo(s.total, precision),
      rank: 0,
      evaluation: s.evaluation,
      groupScores: s.groupScores,
      adjustment: s.adjustment,
      reweighted: s.missingGroups.length > 0,
      needsReview: false,
      notes: s.missingGroups.length > 0 ? [reweightedNote(s.missingGroups)] : [],
    };
    const list = byCategory.get(ranked.category);
    if (list) list.push(ranked);
    else byCategory.set(ranked.category, [ranked]);
  }
  return [...byCategory.keys()].sort(compareCategories).map((category) => {
    const units = byCategory.get(category) ?? [];
    units.sort((a, b) => b.score - a.score || compareCodes(a.unitCode, b.unitCode));
    assignRanks(units, method);
    return { category, units };
  });
}

/** Sets `rank` on units already sorted by score, descending. */
function assignRanks(units: RankedUnit[], method: RankingMethod): void {
  let distinct = 0;
  units.forEach((unit, i) => {
    const tiedWithPrevious = i > 0 && units[i - 1].score === unit.score;
    if (tiedWithPrevious) {
      unit.rank = units[i - 1].rank;
      return;
    }
    distinct++;
    unit.rank = method === "dense" ? distinct : i + 1;
  });
}
