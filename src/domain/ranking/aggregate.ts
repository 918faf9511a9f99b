/**
 * Group scores: the hot path (a year-end evaluation may hold a million score rows).
 * One pass maps each row to its (unit, group) slot with the roster's Maps, a counting
 * sort lays the rows out slot by slot in typed arrays (row order kept, so the first of
 * two duplicate rows is the one that counts), and each slot is then checked for repeated
 * evaluators with a stamp array and reduced to its (trimmed) mean. Each slot's values are
 * sorted before summing: the sum then never depends on row order, so shuffled rows give
 * the same digits. No per-row objects are allocated.
 */
import { RANK_DUPLICATE_SCORE, RANK_UNKNOWN_GROUP, RANK_UNKNOWN_UNIT } from "../catalogue/ranking-rules";
import { findingOf, type Finding } from "../findings";
import type { Locate, Score } from "../types";
import { cellOf, rowText } from "./cells";
import type { Roster } from "./roster";
import { RANKING_SHEETS } from "./sheet-names";
import { suggestionFor } from "../validation/suggest";

/** Group score of unit u and group g at [u * groups + g]; NaN where the group did not score the unit. */
export type GroupScoreTable = Float64Array;

/**
 * The scores each group score was computed from, slot by slot, for the robustness check
 * (leave one evaluator out): slot s holds `sorted[starts[s] .. ends[s])` in ascending order,
 * and `evaluator[i]`/`value[i]` over the same positions say who gave which score (row order).
 */
export interface ScoreLayout {
  starts: Int32Array;
  ends: Int32Array;
  sorted: Float64Array;
  evaluator: Int32Array;
  value: Float64Array;
  /** Evaluator ids by index. */
  evaluatorIds: string[];
}

/** Computes every unit's group scores, reporting unknown codes and groups and repeated evaluators. */
export function groupScores(scores: readonly Score[], roster: Roster, trimThreshold: number, locate: Locate, findings: Finding[]): GroupScoreTable {
  return groupScoresWithLayout(scores, roster, trimThreshold, locate, findings).table;
}

/** groupScores, with the layout of the scores kept (one more copy of the values: 8 bytes a row). */
export function groupScoresWithLayout(
  scores: readonly Score[],
  roster: Roster,
  trimThreshold: number,
  locate: Locate,
  findings: Finding[]
): { table: GroupScoreTable; layout: ScoreLayout } {
  const groupCount = roster.groups.length;
  const slots = roster.units.length * groupCount;
  const slotOfRow = new Int32Array(scores.length);
  const evaluatorOfRow = new Int32Array(scores.length);
  const starts = new Int32Array(slots + 1);
  const evaluators = new Map<string, number>();
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i];
    const unit = roster.unitIndex.get(score.unitCode);
    const group = roster.groupIndex.get(score.group);
    if (unit === undefined || group === undefined) {
      reportUnknown(score, unit === undefined, group === undefined, roster, locate, findings);
      slotOfRow[i] = -1;
      continue;
    }
    let evaluator = evaluators.get(score.evaluatorId);
    if (evaluator === undefined) {
      evaluator = evaluators.size;
      evaluators.set(score.evaluatorId, evaluator);
    }
    const slot = unit * groupCount + group;
    slotOfRow[i] = slot;
    evaluatorOfRow[i] = evaluator;
    starts[slot + 1]++;
  }
  for (let s = 1; s <= slots; s++) starts[s] += starts[s - 1];

  const placed = starts[slots];
  const rows = new Int32Array(placed);
  const evaluatorAt = new Int32Array(placed);
  const values = new Float64Array(placed);
  const next = starts.slice(0, slots);
  for (let i = 0; i < scores.length; i++) {
    const slot = slotOfRow[i];
    if (slot < 0) continue;
    const at = next[slot]++;
    rows[at] = i;
    evaluatorAt[at] = evaluatorOfRow[i];
    values[at] = scores[i].score;
  }

  const table: GroupScoreTable = new Float64Array(slots).fill(NaN);
  const ends = new Int32Array(slots);
  const value = new Float64Array(placed);
  const seenInSlot = new Int32Array(evaluators.size).fill(-1);
  const firstAt = new Int32Array(evaluators.size);
  for (let slot = 0; slot < slots; slot++) {
    const start = starts[slot];
    const end = starts[slot + 1];
    let kept = start;
    for (let at = start; at < end; at++) {
      const evaluator = evaluatorAt[at];
      if (seenInSlot[evaluator] === slot) {
        reportDuplicate(scores[rows[at]], scores[rows[firstAt[evaluator]]], locate, findings);
        continue;
      }
      seenInSlot[evaluator] = slot;
      firstAt[evaluator] = at;
      evaluatorAt[kept] = evaluator;
      value[kept] = values[at];
      values[kept++] = values[at];
    }
    ends[slot] = kept;
    if (kept > start) table[slot] = trimmedMean(values.subarray(start, kept), trimThreshold);
  }
  const evaluatorIds = [...evaluators.keys()];
  return { table, layout: { starts, ends, sorted: values, evaluator: evaluatorAt, value, evaluatorIds } };
}

/**
 * Mean of the values, dropping one highest and one lowest when there are at least
 * `threshold` of them (0 = never). At least three are needed for anything to remain,
 * so a threshold below 3 trims only groups of three or more. Sorts `values` in place.
 */
function trimmedMean(values: Float64Array, threshold: number): number {
  values.sort();
  const trim = trims(values.length, threshold);
  const from = trim ? 1 : 0;
  const to = trim ? values.length - 1 : values.length;
  let sum = 0;
  for (let i = from; i < to; i++) sum += values[i];
  return sum / (to - from);
}

/** True when a group score of `count` values drops one highest and one lowest (see trimmedMean). */
export function trims(count: number, threshold: number): boolean {
  return threshold > 0 && count >= threshold && count >= 3;
}

function reportUnknown(score: Score, unitUnknown: boolean, groupUnknown: boolean, roster: Roster, locate: Locate, findings: Finding[]): void {
  // A unit or group whose own row could not be read is already an error there; its scores are simply skipped.
  if (unitUnknown && !roster.unreadableUnits.has(score.unitCode)) {
    findings.push(
      findingOf(RANK_UNKNOWN_UNIT, RANKING_SHEETS.scores, cellOf(locate, score.origin, "unitCode"), {
        code: score.unitCode,
        suggestion: suggestionFor(score.unitCode, roster.unitIndex),
      })
    );
  }
  if (groupUnknown && !roster.invalidGroups.has(score.group)) {
    const params = {
      group: score.group,
      allowed: roster.groups.map((g) => g.name).join("、"),
      suggestion: suggestionFor(score.group, roster.groupIndex),
    };
    findings.push(findingOf(RANK_UNKNOWN_GROUP, RANKING_SHEETS.scores, cellOf(locate, score.origin, "group"), params));
  }
}

function reportDuplicate(score: Score, first: Score, locate: Locate, findings: Finding[]): void {
  const params = { evaluator: score.evaluatorId, first: rowText(first.origin), group: score.group, code: score.unitCode };
  findings.push(findingOf(RANK_DUPLICATE_SCORE, RANKING_SHEETS.scores, cellOf(locate, score.origin, "evaluatorId"), params));
}
