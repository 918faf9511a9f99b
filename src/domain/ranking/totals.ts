/**
 * From group scores to each unit's total: the weighted mean over the groups that scored
 * the unit (weights re-normalised, a missing group is never a zero), plus its 加减分.
 */
import { RANK_GROUP_MISSING, RANK_UNKNOWN_UNIT } from "../catalogue/ranking-rules";
import { findingOf, type Finding } from "../findings";
import type { Adjustment, Locate, Unit } from "../types";
import type { GroupScoreTable } from "./aggregate";
import { cellOf } from "./cells";
import type { Roster } from "./roster";
import { RANKING_SHEETS } from "./sheet-names";
import { suggestionFor } from "../validation/suggest";

/** A unit that was scored by at least one group, before ranking. */
export interface ScoredUnit {
  unit: Unit;
  evaluation: number;
  adjustment: number;
  total: number;
  groupScores: Record<string, number | null>;
  missingGroups: string[];
}

/** Sums each unit's adjustments (in value order, so row order never changes a digit), reporting unknown codes (not unreadable ones). */
export function adjustmentsByUnit(adjustments: readonly Adjustment[], roster: Roster, locate: Locate, findings: Finding[]): Float64Array {
  const points = new Map<number, number[]>();
  for (const adjustment of adjustments) {
    const unit = roster.unitIndex.get(adjustment.unitCode);
    if (unit === undefined) {
      if (roster.unreadableUnits.has(adjustment.unitCode)) continue;
      const cell = cellOf(locate, adjustment.origin, "unitCode");
      findings.push(
        findingOf(RANK_UNKNOWN_UNIT, RANKING_SHEETS.adjustments, cell, {
          code: adjustment.unitCode,
          suggestion: suggestionFor(adjustment.unitCode, roster.unitIndex),
        })
      );
      continue;
    }
    const list = points.get(unit);
    if (list) list.push(adjustment.points);
    else points.set(unit, [adjustment.points]);
  }
  const sums = new Float64Array(roster.units.length);
  for (const [unit, list] of points) {
    list.sort((a, b) => a - b);
    sums[unit] = list.reduce((sum, p) => sum + p, 0);
  }
  return sums;
}

/**
 * The scored units with their evaluation and total, in roster order; units no group
 * scored are returned apart (未参评). Warns, at the unit's code in 单位名册, for each
 * scored unit that some group did not score.
 */
export function unitTotals(
  roster: Roster,
  table: GroupScoreTable,
  adjustments: Float64Array,
  locate: Locate,
  findings: Finding[]
): { scored: ScoredUnit[]; unscored: Unit[] } {
  const groupCount = roster.groups.length;
  const scored: ScoredUnit[] = [];
  const unscored: Unit[] = [];
  roster.units.forEach((unit, u) => {
    let weighted = 0;
    let weights = 0;
    for (const g of roster.sumOrder) {
      const value = table[u * groupCount + g];
      if (Number.isNaN(value)) continue;
      weighted += roster.groups[g].weight * value;
      weights += roster.groups[g].weight;
    }
    if (weights === 0) {
      unscored.push(unit);
      return;
    }
    const groupScores: Record<string, number | null> = {};
    const missingGroups: string[] = [];
    roster.groups.forEach((group, g) => {
      const value = table[u * groupCount + g];
      groupScores[group.name] = Number.isNaN(value) ? null : value;
      if (Number.isNaN(value)) missingGroups.push(group.name);
    });
    if (missingGroups.length > 0) {
      const params = { code: unit.code, name: unit.name, groups: missingGroups.join("、") };
      findings.push(findingOf(RANK_GROUP_MISSING, RANKING_SHEETS.units, cellOf(locate, unit.origin, "code"), params));
    }
    const evaluation = weighted / weights;
    scored.push({ unit, evaluation, adjustment: adjustments[u], total: evaluation + adjustments[u], groupScores, missingGroups });
  });
  return { scored, unscored };
}
