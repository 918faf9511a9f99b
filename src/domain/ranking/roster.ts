/**
 * The roster the ranking works over: units by code and evaluator groups by name, with the
 * errors that make either ambiguous (duplicate codes, unknown categories, bad weights), and
 * the units and groups that exist but cannot be used (a bad weight, an unreadable row).
 */
import { RANK_DUPLICATE_GROUP, RANK_DUPLICATE_UNIT, RANK_UNKNOWN_CATEGORY, RANK_WEIGHT_NOT_POSITIVE } from "../catalogue/ranking-rules";
import { UNIT_CATEGORIES } from "../campaign";
import { findingOf, type Finding } from "../findings";
import type { EvaluatorGroup, Locate, Unit } from "../types";
import { cellOf, compareCodes, rowText } from "./cells";
import { RANKING_SHEETS } from "./sheet-names";
import type { Unreadable } from "./types";
import { suggestionFor } from "../validation/suggest";

export interface Roster {
  /** Units in roster order; a duplicate code keeps its first row. */
  units: Unit[];
  unitIndex: Map<string, number>;
  /** Groups with a valid weight, in sheet order (the order of the result columns). */
  groups: EvaluatorGroup[];
  groupIndex: Map<string, number>;
  /** Group indices sorted by name: sums run in this order so that moving rows never changes a digit. */
  sumOrder: number[];
  /** Groups named on the sheet but unusable (bad weight, unreadable row): their scores are skipped without a second error. */
  invalidGroups: Set<string>;
  /** Codes of units on 单位名册 rows the reader could not read: their records are skipped without a second error. */
  unreadableUnits: ReadonlySet<string>;
}

/** Nothing unreadable: the default for records built in code. */
export const NOTHING_UNREADABLE: Unreadable = { unitCodes: new Set(), unitNames: new Set(), groupNames: new Set() };

const KNOWN_CATEGORIES: ReadonlySet<string> = new Set(UNIT_CATEGORIES);

/** Indexes units and groups, reporting duplicates, unknown categories and non-positive weights. */
export function buildRoster(
  units: readonly Unit[],
  groups: readonly EvaluatorGroup[],
  locate: Locate,
  findings: Finding[],
  unreadable: Unreadable = NOTHING_UNREADABLE
): Roster {
  const roster: Roster = {
    units: [],
    unitIndex: new Map(),
    groups: [],
    groupIndex: new Map(),
    sumOrder: [],
    invalidGroups: new Set(unreadable.groupNames),
    unreadableUnits: unreadable.unitCodes,
  };
  for (const unit of units) {
    const first = roster.unitIndex.get(unit.code);
    if (first !== undefined) {
      const params = { code: unit.code, first: rowText(roster.units[first].origin) };
      findings.push(findingOf(RANK_DUPLICATE_UNIT, RANKING_SHEETS.units, cellOf(locate, unit.origin, "code"), params));
      continue;
    }
    if (!KNOWN_CATEGORIES.has(unit.category)) {
      const params = {
        code: unit.code,
        category: unit.category,
        allowed: UNIT_CATEGORIES.join("、"),
        suggestion: suggestionFor(unit.category, UNIT_CATEGORIES),
      };
      findings.push(findingOf(RANK_UNKNOWN_CATEGORY, RANKING_SHEETS.units, cellOf(locate, unit.origin, "category"), params));
    }
    roster.unitIndex.set(unit.code, roster.units.length);
    roster.units.push(unit);
  }
  const seen = new Map<string, EvaluatorGroup>();
  for (const group of groups) {
    const first = seen.get(group.name);
    if (first) {
      const params = { group: group.name, first: rowText(first.origin) };
      findings.push(findingOf(RANK_DUPLICATE_GROUP, RANKING_SHEETS.groups, cellOf(locate, group.origin, "name"), params));
      continue;
    }
    seen.set(group.name, group);
    if (!(group.weight > 0) || !Number.isFinite(group.weight)) {
      const params = { group: group.name, weight: String(group.weight) };
      findings.push(findingOf(RANK_WEIGHT_NOT_POSITIVE, RANKING_SHEETS.groups, cellOf(locate, group.origin, "weight"), params));
      roster.invalidGroups.add(group.name);
      continue;
    }
    roster.groupIndex.set(group.name, roster.groups.length);
    roster.groups.push(group);
  }
  roster.sumOrder = roster.groups.map((_, i) => i).sort((a, b) => compareCodes(roster.groups[a].name, roster.groups[b].name));
  return roster;
}
