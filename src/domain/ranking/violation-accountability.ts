/**
 * 违规问责 and 监管问责 (五、问责追究 一、二): one entry per 违规记录 row for the person
 * responsible, and one per unit whose 影响恶劣 violations the office has not cleared of
 * weak supervision, for its principal leader.
 *
 * 一是实施违规问责: "对违反机关效能规定和执法中存在过错的机关工作人员实施问责". A row whose
 * 违规类型 is neither 违反机关效能规定 nor 行政执法过错 (其他) still names the person, marked
 * for review: whether it falls under the clause is the office's call, not the engine's.
 *
 * 二是实施监管问责: "对监管不力，导致本单位或工作人员出现影响恶劣违规行为的党政主要负责人实施
 * 问责". 影响恶劣 alone is not enough: the clause needs 监管不力, a judgement the office records
 * per row in the column 监管不力. Per unit with a 影响恶劣 row:
 * - every such row 否: no entry (the office judged the supervision adequate);
 * - at least one 是: an entry, certain;
 * - otherwise (blank, perhaps beside 否): an entry marked for review, "监管不力待认定",
 *   so that an unjudged case is shown to the reviewer rather than silently dropped.
 *
 * A key section has a 科室负责人, not a 党政主要负责人, and belongs to a department that has
 * one: the entry names the section's own 主要负责人 (its 科室负责人) and is marked for
 * review, naming the department and its leader, because the document does not say which of
 * the two answers for a key section.
 */
import { ACCOUNTABLE_VIOLATION_KINDS, KEY_SECTION_CATEGORY, SERIOUS_SEVERITY } from "../campaign";
import { RANK_UNKNOWN_UNIT } from "../catalogue/ranking-rules";
import { findingOf, type Finding } from "../findings";
import type { Locate, Unit, Violation } from "../types";
import { ROLE_LEADER, ROLE_PERSON, ROLE_SECTION_HEAD, reviewSuffix, SUPERVISION_BASIS, VIOLATION_BASIS } from "./basis";
import { cellOf } from "./cells";
import type { Roster } from "./roster";
import { RANKING_SHEETS } from "./sheet-names";
import type { AccountabilityEntry } from "./types";
import { suggestionFor } from "../validation/suggest";

/** Why a 监管问责 entry with no 监管不力 = 是 needs review. */
export const WEAK_SUPERVISION_UNJUDGED = "监管不力待认定";

const ACCOUNTABLE_KINDS: ReadonlySet<string> = new Set(ACCOUNTABLE_VIOLATION_KINDS);

/** The entries, and for each unit code the notes that explain why its entries need review (for 排名结果). */
export interface ViolationAccountability {
  violation: AccountabilityEntry[];
  supervision: AccountabilityEntry[];
  reviewNotes: Map<string, string[]>;
}

/** The 违规问责 and 监管问责 entries, in row order and roster order; reports violations of unknown units. */
export function violationAccountability(
  violations: readonly Violation[],
  roster: Roster,
  locate: Locate,
  findings: Finding[]
): ViolationAccountability {
  const violation: AccountabilityEntry[] = [];
  const reviewNotes = new Map<string, string[]>();
  const note = (code: string, text: string) => reviewNotes.set(code, [...(reviewNotes.get(code) ?? []), text]);
  const seriousRows = new Map<number, Violation[]>();
  for (const v of violations) {
    const u = roster.unitIndex.get(v.unitCode);
    if (u === undefined) {
      // A unit whose own row could not be read is already an error there.
      if (roster.unreadableUnits.has(v.unitCode)) continue;
      findings.push(
        findingOf(RANK_UNKNOWN_UNIT, RANKING_SHEETS.violations, cellOf(locate, v.origin, "unitCode"), {
          code: v.unitCode,
          suggestion: suggestionFor(v.unitCode, roster.unitIndex),
        })
      );
      continue;
    }
    const unit = roster.units[u];
    const reasons = ACCOUNTABLE_KINDS.has(v.kind) ? [] : [`违规类型为“${v.kind}”，是否属于违反机关效能规定或执法过错待认定`];
    if (reasons.length > 0) note(unit.code, `违规问责（${rowCitation(v.origin?.row)}）违规类型为“${v.kind}”待认定`);
    violation.push({
      ...unitFields(unit),
      type: "违规问责",
      person: v.person,
      role: ROLE_PERSON,
      basis: VIOLATION_BASIS,
      evidence: `${rowCitation(v.origin?.row)}（${v.kind}，情节${v.severity}）${reviewSuffix(reasons)}`,
      needsReview: reasons.length > 0,
    });
    if (v.severity !== SERIOUS_SEVERITY) continue;
    seriousRows.set(u, [...(seriousRows.get(u) ?? []), v]);
  }
  const supervision: AccountabilityEntry[] = [];
  for (const [u, rows] of seriousRows) {
    const unit = roster.units[u];
    // Rows the office judged 否 are not evidence of weak supervision; when all are 否 there is no entry.
    const cited = rows.filter((v) => v.weakSupervision !== false);
    if (cited.length === 0) continue;
    const judged = cited.filter((v) => v.weakSupervision === true);
    const keySection = unit.category === KEY_SECTION_CATEGORY;
    const reasons: string[] = [];
    if (judged.length === 0) {
      reasons.push(WEAK_SUPERVISION_UNJUDGED);
      note(unit.code, `监管问责的${WEAK_SUPERVISION_UNJUDGED}`);
    }
    if (keySection) {
      reasons.push(keySectionNote(unit, roster));
      note(unit.code, `监管问责对象待定（${ROLE_SECTION_HEAD}或所属部门${ROLE_LEADER}）`);
    }
    const judgement = judged.length === 0 ? "" : `；${rowList(judged)}认定监管不力`;
    const listed = rowList(cited);
    const where = listed === "" ? RANKING_SHEETS.violations : `${RANKING_SHEETS.violations}!${listed}`;
    supervision.push({
      ...unitFields(unit),
      type: "监管问责",
      person: unit.leader,
      role: keySection ? ROLE_SECTION_HEAD : ROLE_LEADER,
      basis: SUPERVISION_BASIS,
      evidence: `${where}（情节${SERIOUS_SEVERITY}，共${cited.length}起${judgement}）${reviewSuffix(reasons)}`,
      needsReview: reasons.length > 0,
    });
  }
  return { violation, supervision, reviewNotes };
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

/** "第2行、第4行" for the rows the records were read from, in sheet order; "" when none has a row. */
function rowList(records: readonly Violation[]): string {
  const rows = records.map((v) => v.origin?.row).filter((r): r is number => r !== undefined);
  return rows
    .sort((a, b) => a - b)
    .map((r) => `第${r}行`)
    .join("、");
}
