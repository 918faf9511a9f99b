/**
 * 违规问责 and 监管问责 (五、问责追究 一、二): one entry per 违规记录 row for the person
 * responsible, and one per unit with a violation of 情节 影响恶劣 for its principal leader.
 *
 * Review policy (需复核): section 五 holds the 党政主要负责人 to account for 监管问责. A
 * key section has a 科室负责人, not a 党政主要负责人, and belongs to a department that has
 * one: the entry names the section's own 主要负责人 (its 科室负责人) and is marked for
 * review, naming the department and its leader, because the document does not say which of
 * the two answers for a key section.
 */
import { KEY_SECTION_CATEGORY, SERIOUS_SEVERITY } from "../campaign";
import { RANK_UNKNOWN_UNIT } from "../catalogue/ranking-rules";
import { findingOf, type Finding } from "../findings";
import type { Locate, Unit, Violation } from "../types";
import { NEEDS_REVIEW, ROLE_LEADER, ROLE_PERSON, ROLE_SECTION_HEAD, SUPERVISION_BASIS, VIOLATION_BASIS } from "./basis";
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
      // A unit whose own row could not be read is already an error there.
      if (roster.unreadableUnits.has(v.unitCode)) continue;
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
    const keySection = unit.category === KEY_SECTION_CATEGORY;
    const evidence = `${cited}（情节${SERIOUS_SEVERITY}，共${rows.length}起）`;
    supervision.push({
      ...unitFields(unit),
      type: "监管问责",
      person: unit.leader,
      role: keySection ? ROLE_SECTION_HEAD : ROLE_LEADER,
      basis: SUPERVISION_BASIS,
      evidence: keySection ? `${evidence}；${keySectionNote(unit, roster)}，${NEEDS_REVIEW}` : evidence,
      needsReview: keySection,
    });
  }
  return { violation, supervision };
}

/** Why a key section's 监管问责 needs review, naming its department and that department's leader when 单位名册 has them. */
function keySectionNote(unit: Unit, roster: Roster): string {
  const d = unit.parentCode === "" ? undefined : roster.unitIndex.get(unit.parentCode);
  let department: string;
  if (d !== undefined) {
    const parent = roster.units[d];
    department = `所属部门“${parent.name}”（${parent.code}）的${ROLE_LEADER}（${parent.leader || "主要负责人未填写"}）`;
  } else {
    const why = unit.parentCode === "" ? "上级单位编码未填写" : `上级单位编码“${unit.parentCode}”不在单位名册中`;
    department = `所属部门的${ROLE_LEADER}（${why}）`;
  }
  return `重点科室的监管问责对象可能是${ROLE_SECTION_HEAD}，也可能是${department}`;
}

function unitFields(unit: Unit): { unitCode: string; unitName: string; category: string } {
  return { unitCode: unit.code, unitName: unit.name, category: unit.category };
}

/** "违规记录!第5行", or the sheet alone for a record built in code. */
function rowCitation(row: number | undefined): string {
  return row === undefined ? RANKING_SHEETS.violations : `${RANKING_SHEETS.violations}!第${row}行`;
}
