/**
 * 校验: the rules that span records, run as a table (RULE_TABLE and the ranking's reused
 * checks) over the records the reader produced. The reader has already judged every cell
 * on its own; this judges how the records fit together and the campaign's business rules.
 */
import { findingOf, sortFindings, type Finding } from "../findings";
import { BALLOT_CHECKS } from "./ballot-checks";
import type { Check } from "./check-kit";
import { validationContext, type ValidationInput } from "./context";
import { INSPECTION_CHECKS } from "./inspection-checks";
import { PLAN_CHECKS } from "./plan-checks";
import { PROGRESS_CHECKS } from "./progress-checks";
import { RANKING_CHECKS } from "./ranking-checks";
import { REJECTED_ROW_CHECKS } from "./rejected-row-checks";
import { SUPERVISION_CHECKS } from "./supervision-checks";
import { ROSTER_CHECKS } from "./roster-checks";
import { TASK_CHECKS, UNIT_CHECKS } from "./unit-checks";

/** Every rule of 校验 that is validation's own, sheet by sheet in workbook order. */
export const RULE_TABLE: readonly Check[] = [
  ...UNIT_CHECKS,
  ...ROSTER_CHECKS,
  ...TASK_CHECKS,
  ...PROGRESS_CHECKS,
  ...PLAN_CHECKS,
  ...INSPECTION_CHECKS,
  ...SUPERVISION_CHECKS,
  ...REJECTED_ROW_CHECKS,
  ...BALLOT_CHECKS,
];

/**
 * The findings of every cross-record and business rule, sorted for display (errors first,
 * then sheet and cell); the ranking's shared checks are left out when `input.rankedByCaller`.
 */
export function validateCampaign(input: ValidationInput): Finding[] {
  const ctx = validationContext(input);
  const unread = new Set(input.unreadSheets ?? []);
  const runs = (sheet: string, needs: readonly string[] = []) => !unread.has(sheet) && !needs.some((s) => unread.has(s));
  const findings: Finding[] = [];
  // When the caller ranks the same records, the ranking makes these judgements itself.
  const reusedChecks = input.rankedByCaller ? [] : RANKING_CHECKS;
  for (const reused of reusedChecks) {
    // One push per finding: spreading a large array into push() overflows the call stack.
    if (runs(reused.sheet, reused.needs)) for (const finding of reused.run(ctx)) findings.push(finding);
  }
  for (const entry of RULE_TABLE) {
    if (!runs(entry.sheet, entry.needs)) continue;
    for (const offence of entry.check(ctx)) {
      const cell = offence.origin && offence.field ? input.locate(offence.origin, offence.field) : "";
      findings.push(findingOf(entry.rule, entry.sheet, cell, offence.params));
    }
  }
  return sortFindings(findings);
}
