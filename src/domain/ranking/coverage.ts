/**
 * Which units the evaluator groups scored, judged from the rows of 评议评分 alone, for the
 * run where a bad cell keeps the ranking from running. 一键排名 and 校验 then still say, in
 * the same pass as the bad cells, which units no group scored (未参评) and which some group
 * left out: fixing the errors never brings these warnings up as a surprise on the next run.
 *
 * A row whose 得分 could not be read still shows that its group scored its unit (the score
 * is wrong, not missing), so it counts. Where a row's unit or group could not be read, the
 * row might be the very score a unit lacks: no warning is given that such a row could answer.
 */
import { RANK_GROUP_MISSING, RANK_UNSCORED } from "../catalogue/ranking-rules";
import { findingOf, type Finding } from "../findings";
import type { Locate, Origin } from "../types";
import { cellOf } from "./cells";
import type { Roster } from "./roster";
import { RANKING_SHEETS } from "./sheet-names";

/** A row of 评议评分 with the fields the reader could read (a missing field was unreadable). */
export interface ScoreRowSeen {
  unitCode?: string;
  group?: string;
  origin?: Origin;
}

/**
 * The 未参评 and missing-group warnings the ranking would give, from the rows seen: the same
 * rules, cells and messages as the ranking's own (engine.ts and totals.ts).
 */
export function scoreCoverageFindings(roster: Roster, records: readonly ScoreRowSeen[], partial: readonly ScoreRowSeen[], locate: Locate): Finding[] {
  // A row whose unit could not be read could be anyone's score: nothing can be said of any unit.
  if (partial.some((row) => row.unitCode === undefined)) return [];
  const seen = new Map<number, Set<number>>();
  // Units with a row whose group is unreadable or unusable (a bad weight): that row could be any group's.
  const groupUnsure = new Set<number>();
  for (const rows of [records, partial])
    for (const row of rows) {
      const unit = roster.unitIndex.get(row.unitCode ?? "");
      if (unit === undefined) continue;
      let groups = seen.get(unit);
      if (!groups) seen.set(unit, (groups = new Set()));
      const group = row.group === undefined ? undefined : roster.groupIndex.get(row.group);
      if (group !== undefined) groups.add(group);
      else if (row.group === undefined || roster.invalidGroups.has(row.group)) groupUnsure.add(unit);
    }
  const findings: Finding[] = [];
  roster.units.forEach((unit, u) => {
    if (groupUnsure.has(u)) return;
    const groups = seen.get(u) ?? new Set<number>();
    const cell = cellOf(locate, unit.origin, "code");
    if (groups.size === 0) {
      findings.push(findingOf(RANK_UNSCORED, RANKING_SHEETS.units, cell, { code: unit.code, name: unit.name }));
      return;
    }
    const missing = roster.groups.filter((_group, g) => !groups.has(g)).map((g) => g.name);
    if (missing.length > 0)
      findings.push(findingOf(RANK_GROUP_MISSING, RANKING_SHEETS.units, cell, { code: unit.code, name: unit.name, groups: missing.join("、") }));
  });
  return findings;
}
