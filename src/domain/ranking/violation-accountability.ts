/**
 * 违规问责 and 监管问责 (五、问责追究 一、二): one entry per 违规记录 row for the person
 * responsible, and one per unit with a violation of 情节 影响恶劣 for its principal leader.
 */
import { KEY_SECTION_CATEGORY, SERIOUS_SEVERITY } from "../campaign";
import { RANK_UNKNOWN_UNIT } from "../catalogue/ranking-rules";
import { findingOf, type Finding } from "../findings";
import type { Locate, Unit, Violation } from "../types";
import { ROLE_LEADER, ROLE_PERSON, ROLE_SECTION_HEAD, SUPERVISION_BASIS, VIOLATION_BASIS } from "./basis";
import { cellOf } from "./cells";
import type { Roster } from "./roster";
import { RANKING_SHEETS } from "./sheet-names";
import type { AccountabilityEntry } from "./types";

/** The 违规问责 and 监管问责 entries, in row order and roster order; reports violations of unknown units. */
export function violationAccountability(
  violations: readonly Violation[],
  roster: Roster,
  locate: Locate,
  findings: Finding[]
): { violation: AccountabilityEntry[]; supervision: AccountabilityEntry[] } {
  const violation: AccountabilityEntry[] = [];
  const seriousRows = new Map<number, (number | undefined)[]>();
  for (const v of violations) {
    const u = roster.unitIndex.get(v.unitCode);
    if (u === undefined) {
      findings.push(findingOf(RANK_UNKNOWN_UNIT, RANKING_SHEETS.violations, cellOf(locate, v.origin, "unitCode"), { code: v.unitCode }));
      continue;
    }
    const unit = roster.units[u];
    violation.push({
      ...unitFields(unit),
      type: "违规问责",
      person: v.person,
      role: ROLE_PERSON,
      basis: VIOLATION_BASIS,
      evidence: `${rowCitation(v.origin?.row)}（${v.kind}，情节${v.severity}）`,
      needsReview: false,
    });
    if (v.severity !== SERIOUS_SEVERITY) continue;
    const rows = seriousRows.get(u);
    if (rows) rows.push(v.origin?.row);
    else seriousRows.set(u, [v.origin?.row]);
  }
  const supervision: AccountabilityEntry[] = [];
  for (const [u, rows] of seriousRows) {
    const unit = roster.units[u];
    const known = rows.filter((r): r is number => r !== undefined).sort((a, b) => a - b);
    const cited = known.length > 0 ? `${RANKING_SHEETS.violations}!${known.map((r) => `第${r}行`).join("、")}` : RANKING_SHEETS.violations;
    supervision.push({
      ...unitFields(unit),
      type: "监管问责",
      person: unit.leader,
      role: unit.category === KEY_SECTION_CATEGORY ? ROLE_SECTION_HEAD : ROLE_LEADER,
      basis: SUPERVISION_BASIS,
      evidence: `${cited}（情节${SERIOUS_SEVERITY}，共${rows.length}起）`,
      needsReview: false,
    });
  }
  return { violation, supervision };
}

function unitFields(unit: Unit): { unitCode: string; unitName: string; category: string } {
  return { unitCode: unit.code, unitName: unit.name, category: unit.category };
}

/** "违规记录!第5行", or the sheet alone for a record built in code. */
function rowCitation(row: number | undefined): string {
  return row === undefined ? RANKING_SHEETS.violations : `${RANKING_SHEETS.violations}!第${row}行`;
}
