/**
 * The words of the robustness check on the accountability list: a 考评问责 entry whose unit leaves
 * the last place (or the bottom N key sections) when one evaluator's or one group's scores are
 * left out is marked 需复核, and its evidence says which removal changes what and names every
 * evaluator who decides it (五、问责追究 三是实施考评问责 holds a unit's leaders to account for its
 * place: a place one person's scores decide is for a reviewer to confirm, not for the engine).
 */
import { KEY_SECTION_CATEGORY } from "../campaign";
import type { Settings } from "../settings";
import { NEEDS_REVIEW, reviewSuffix } from "./basis";
import type { CategoryRanking } from "./rank";
import type { EntryRobustness, Flip } from "./robustness";
import type { AccountabilityEntry } from "./types";

/** How many deciding evaluators a reason names before it says how many there are in all. */
const NAMED_EVALUATORS = 5;

/** "最后一位" or "后3位": the place the entry is about. */
export function placeWords(category: string, settings: Pick<Settings, "keySectionBottomN">): string {
  return category === KEY_SECTION_CATEGORY ? `后${settings.keySectionBottomN}位` : "最后一位";
}

/** "去掉评议人 DB-03（党代表）的评分后，最后一位变为 A05 某某镇". */
export function flipText(flip: Flip, place: string, nameOf: (code: string) => string): string {
  const who = flip.kind === "evaluator" ? `评议人 ${flip.id}（${flip.groups.join("、")}）的评分` : `评议主体“${flip.id}”的全部评分`;
  return `去掉${who}后，${place}变为 ${flip.namedAfter.map((c) => `${c} ${nameOf(c)}`).join("、")}`;
}

/** The reason an entry needs review: the first removal that changes it, and every evaluator and group that does. */
export function robustnessReason(robustness: EntryRobustness, place: string, nameOf: (code: string) => string): string {
  const { flips } = robustness;
  const evaluators = flips.filter((f) => f.kind === "evaluator").map((f) => f.id);
  const groups = flips.filter((f) => f.kind === "group").map((f) => `“${f.id}”`);
  const parts = [flipText(flips[0], place, nameOf)];
  if (evaluators.length > 0) {
    const shown = evaluators.slice(0, NAMED_EVALUATORS).join("、");
    parts.push(`起决定作用的评议人：${shown}${evaluators.length > NAMED_EVALUATORS ? ` 等共 ${evaluators.length} 人` : ""}`);
  }
  if (groups.length > 0) parts.push(`起决定作用的评议主体：${groups.join("、")}`);
  parts.push("请核对上述评分表后再按五、问责追究“三是实施考评问责”认定");
  return parts.join("；");
}

/** Marks each 考评问责 entry that one evaluator or group decides as 需复核, on the list and on 排名结果. */
export function applyRobustness(
  entries: AccountabilityEntry[],
  robustness: readonly EntryRobustness[],
  categories: readonly CategoryRanking[],
  settings: Pick<Settings, "keySectionBottomN">
): void {
  const names = new Map(categories.flatMap((c) => c.units.map((u) => [u.unitCode, u] as const)));
  const nameOf = (code: string) => names.get(code)?.unitName ?? "";
  const byUnit = new Map(robustness.map((r) => [r.unitCode, r]));
  for (const entry of entries) {
    const found = byUnit.get(entry.unitCode);
    if (entry.type !== "考评问责" || !found || found.flips.length === 0) continue;
    const reason = robustnessReason(found, placeWords(entry.category, settings), nameOf);
    entry.evidence += entry.needsReview ? `；${reason}` : reviewSuffix([reason]);
    entry.needsReview = true;
    const unit = names.get(entry.unitCode);
    if (unit) {
      unit.needsReview = true;
      unit.notes.push(`${NEEDS_REVIEW}：${reason}`);
    }
  }
}
