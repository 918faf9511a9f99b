/**
 * 考评问责 (五、问责追究: "三是实施考评问责。市委、市政府综合考核各类排名最后一位的单位，对其
 * 党政主要负责人实施问责；重点科室考评排名在后三位的，对科室负责人实施问责。"): the last unit of
 * each category, and the bottom N key sections (N = 重点科室问责名额, 3 by the document). Ranks
 * compare totals at the score precision, so ties are decided the same way the sheet shows them.
 *
 * Review policy (需复核):
 * - Last place: the document names "排名最后一位的单位", one unit. When several units tie at
 *   the lowest total, every one of them is listed (none can be left out on the figures) and
 *   every one is marked for review: the reviewer, not the engine, decides whom the clause
 *   means. A single last unit is certain.
 * - Bottom N of 重点科室: when units tied at the boundary total sit both inside and outside
 *   the bottom N positions, every one of them is listed and marked for review. Units
 *   strictly below the boundary total are certain and are not marked.
 * - In 重点科室 the bottom-N rule replaces the last-place rule: the last key section is
 *   always within the bottom N, and a key section answers through its 科室负责人, not a
 *   党政主要负责人, so naming it twice would only duplicate the entry.
 * - "Bottom N" counts positions in the ranked list (the N-th unit from the bottom), not
 *   rank numbers, so competition and dense ranking name the same units.
 */
import { KEY_SECTION_CATEGORY } from "../campaign";
import type { Settings } from "../settings";
import type { Unit } from "../types";
import { keySectionBasis, LAST_PLACE_BASIS, NEEDS_REVIEW, ROLE_LEADER, ROLE_SECTION_HEAD } from "./basis";
import type { CategoryRanking } from "./rank";
import { formatScore } from "./rounding";
import { RANKING_SHEETS } from "./sheet-names";
import type { AccountabilityEntry, RankedUnit } from "./types";

/** The 考评问责 entries of every category with at least two ranked units; marks the named units' notes. */
export function evaluationAccountability(
  categories: readonly CategoryRanking[],
  unitOf: (code: string) => Unit,
  settings: Settings
): AccountabilityEntry[] {
  const entries: AccountabilityEntry[] = [];
  for (const { category, units } of categories) {
    if (units.length < 2) continue;
    const named =
      category === KEY_SECTION_CATEGORY ? bottomN(units, settings.keySectionBottomN, settings.precision) : lastPlace(units, settings.precision);
    for (const { unit, needsReview, note } of named) {
      const keySection = category === KEY_SECTION_CATEGORY;
      unit.notes.push(keySection ? `考评问责：后${settings.keySectionBottomN}名` : "考评问责：排名最后一位");
      if (needsReview) {
        unit.needsReview = true;
        unit.notes.push(`${NEEDS_REVIEW}：${note}`);
      }
      entries.push({
        type: "考评问责",
        unitCode: unit.unitCode,
        unitName: unit.unitName,
        category,
        person: unitOf(unit.unitCode).leader,
        role: keySection ? ROLE_SECTION_HEAD : ROLE_LEADER,
        basis: keySection ? keySectionBasis(settings.keySectionBottomN) : LAST_PLACE_BASIS,
        evidence: rankingEvidence(unit, units.length, settings.precision) + (needsReview ? `；${note}，${NEEDS_REVIEW}` : ""),
        needsReview,
      });
    }
  }
  return entries;
}

interface Named {
  unit: RankedUnit;
  needsReview: boolean;
  note: string;
}

/** Every unit tied at the lowest total (units sorted best first); a tie for last needs review, since the document names one unit. */
function lastPlace(units: readonly RankedUnit[], precision: number): Named[] {
  const lowest = units[units.length - 1].score;
  const last = units.filter((u) => u.score === lowest);
  const note = last.length === units.length ? "本类参评单位总分全部并列" : `${last.length}个单位总分 ${formatScore(lowest, precision)} 并列最后一位`;
  return last.map((unit) => ({ unit, needsReview: last.length > 1, note }));
}

/** Every unit at or below the total at the N-th position from the bottom; a tie across that position needs review. */
function bottomN(units: readonly RankedUnit[], n: number, precision: number): Named[] {
  if (n < 1) return [];
  const boundary = units[Math.max(0, units.length - n)].score;
  const named = units.filter((u) => u.score <= boundary);
  const crossing = named.length > n;
  const note = `总分 ${formatScore(boundary, precision)} 并列跨越后${n}名界线`;
  return named.map((unit) => ({ unit, needsReview: crossing && unit.score === boundary, note }));
}

/** "排名结果：镇(区) 第10名/共10名，总分 71.25". */
function rankingEvidence(unit: RankedUnit, count: number, precision: number): string {
  return `${RANKING_SHEETS.ranking}：${unit.category} 第${unit.rank}名/共${count}名，总分 ${formatScore(unit.score, precision)}`;
}
