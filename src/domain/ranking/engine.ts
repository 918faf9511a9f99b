/**
 * The year-end ranking and accountability (四、第四阶段 评议考核; 五、问责追究) as one pure
 * function. Everything is computed on the rows that are valid, so that one run reports
 * every problem at once; any error then withholds the ranking and the accountability list.
 */
import { RANK_LEADER_MISSING, RANK_SMALL_CATEGORY, RANK_UNSCORED } from "../catalogue/ranking-rules";
import { findingOf, hasErrors, sortFindings, type Finding } from "../findings";
import type { Locate, Unit } from "../types";
import { groupScoresWithLayout } from "./aggregate";
import { NEEDS_REVIEW } from "./basis";
import { cellOf, compareCodes } from "./cells";
import { evaluationAccountability } from "./evaluation-accountability";
import { entryRobustness } from "./robustness";
import { applyRobustness } from "./robustness-review";
import { compareCategories, rankCategories, type CategoryRanking } from "./rank";
import { buildRoster, type Roster } from "./roster";
import { RANKING_SHEETS } from "./sheet-names";
import { adjustmentsByUnit, unitTotals } from "./totals";
import type { AccountabilityEntry, AccountabilityType, RankingInput, RankingResult, UnrankedUnit } from "./types";
import { violationAccountability } from "./violation-accountability";

/** The reason given for a unit that no group scored. */
export const UNSCORED_REASON = "未参评";

/** Section 五 lists the kinds in this order: 一 违规问责, 二 监管问责, 三 考评问责. */
const TYPE_ORDER: Record<AccountabilityType, number> = { 违规问责: 0, 监管问责: 1, 考评问责: 2 };

/** Ranks every category and draws up the accountability list, with the findings that explain or block them. */
export function rankCampaign(input: RankingInput): RankingResult {
  const { settings, locate } = input;
  const findings: Finding[] = [];
  const roster = buildRoster(input.units, input.groups, locate, findings, input.unreadable);
  const { table, layout } = groupScoresWithLayout(input.scores, roster, settings.trimThreshold, locate, findings);
  const adjustments = adjustmentsByUnit(input.adjustments, roster, locate, findings);
  const { scored, unscored } = unitTotals(roster, table, adjustments, locate, findings);
  const unranked = unscoredUnits(unscored, locate, findings);
  const categories = rankCategories(scored, settings.rankingMethod, settings.precision);
  warnSmallCategories(roster, categories, settings.keySectionBottomN, locate, findings);

  const unitOf = (code: string): Unit => roster.units[roster.unitIndex.get(code) ?? -1];
  const evaluation = evaluationAccountability(categories, unitOf, settings);
  // Whether one evaluator or group decides an entry: worth working out only for a ranking that will be shown.
  const robustness = hasErrors(findings) ? [] : entryRobustness(roster, table, layout, adjustments, categories, namedOf(evaluation), settings);
  applyRobustness(evaluation, robustness, categories, settings);
  const byRow = [...input.violations].sort((a, b) => (a.origin?.row ?? 0) - (b.origin?.row ?? 0));
  const { violation, supervision, reviewNotes } = violationAccountability(byRow, roster, locate, findings);
  markReview(categories, reviewNotes);
  const accountability = [...violation, ...supervision, ...evaluation].sort(
    (a, b) =>
      TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
      compareCategories(a.category, b.category) ||
      // 考评问责 entries arrive in rank order; the others go by unit code, then row.
      (a.type === "考评问责" ? 0 : compareCodes(a.unitCode, b.unitCode))
  );
  checkLeaders(accountability, unitOf, locate, findings);

  const sorted = sortFindings(findings);
  const ok = !hasErrors(sorted);
  return {
    ok,
    findings: sorted,
    rankings: ok ? categories.flatMap((c) => c.units) : [],
    unranked,
    accountability: ok ? accountability : [],
    robustness: ok ? robustness : [],
  };
}

/** The units of the 考评问责 entries, by category. */
function namedOf(entries: readonly AccountabilityEntry[]): Map<string, Set<string>> {
  const named = new Map<string, Set<string>>();
  for (const e of entries) named.set(e.category, (named.get(e.category) ?? new Set()).add(e.unitCode));
  return named;
}

function unscoredUnits(units: readonly Unit[], locate: Locate, findings: Finding[]): UnrankedUnit[] {
  for (const unit of units) {
    findings.push(findingOf(RANK_UNSCORED, RANKING_SHEETS.units, cellOf(locate, unit.origin, "code"), { code: unit.code, name: unit.name }));
  }
  return units
    .map((u) => ({ unitCode: u.code, unitName: u.name, category: u.category, reason: UNSCORED_REASON }))
    .sort((a, b) => compareCategories(a.category, b.category) || compareCodes(a.unitCode, b.unitCode));
}

/** Warns, at the category cell of the category's first unit, where fewer than two units were ranked. */
function warnSmallCategories(roster: Roster, categories: readonly CategoryRanking[], bottomN: number, locate: Locate, findings: Finding[]): void {
  const ranked = new Map(categories.map((c) => [c.category, c.units.length]));
  const firstUnit = new Map<string, Unit>();
  const rowOf = (unit: Unit): number => unit.origin?.row ?? Number.MAX_SAFE_INTEGER;
  for (const unit of roster.units) {
    const first = firstUnit.get(unit.category);
    // The topmost row of the category, whatever order the records arrive in.
    if (!first || rowOf(unit) < rowOf(first)) firstUnit.set(unit.category, unit);
  }
  for (const [category, unit] of firstUnit) {
    const count = ranked.get(category) ?? 0;
    if (count >= 2) continue;
    findings.push(findingOf(RANK_SMALL_CATEGORY, RANKING_SHEETS.units, cellOf(locate, unit.origin, "category"), { category, count, bottomN }));
  }
}

/** A ranked unit named in a 违规问责 or 监管问责 entry that needs review is marked so on 排名结果 too, with why. */
function markReview(categories: readonly CategoryRanking[], reviewNotes: ReadonlyMap<string, readonly string[]>): void {
  if (reviewNotes.size === 0) return;
  for (const { units } of categories) {
    for (const unit of units) {
      const notes = reviewNotes.get(unit.unitCode);
      if (!notes) continue;
      unit.needsReview = true;
      for (const note of notes) unit.notes.push(`${NEEDS_REVIEW}：${note}`);
    }
  }
}

/** A unit to be named must have a 主要负责人: an error, once per unit, at its 主要负责人 cell. */
function checkLeaders(entries: readonly AccountabilityEntry[], unitOf: (code: string) => Unit, locate: Locate, findings: Finding[]): void {
  const missing = new Map<string, AccountabilityEntry[]>();
  for (const entry of entries) {
    if (entry.type === "违规问责" || entry.person.trim() !== "") continue;
    missing.set(entry.unitCode, [...(missing.get(entry.unitCode) ?? []), entry]);
  }
  for (const [code, list] of missing) {
    const unit = unitOf(code);
    const params = { code, name: unit.name, type: [...new Set(list.map((e) => e.type))].join("、"), role: list[0].role };
    findings.push(findingOf(RANK_LEADER_MISSING, RANKING_SHEETS.units, cellOf(locate, unit.origin, "leader"), params));
  }
}
