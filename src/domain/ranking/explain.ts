/**
 * Why a unit stands where it does (issue 23: a head of unit named for 五、问责追究 三是实施考评问责
 * will ask): its total built up step by step from the rows (each group's scores, what the trimmed
 * mean dropped, the group mean, its weight and contribution, 加减分 with their rows), its place,
 * the gap to the units above and below, and how much one group's mean would have to change to move
 * it one place. Worked out from the records again, independently of the engine's hot path, so the
 * explanation is a check on the total as well as an account of it.
 */
import { trims } from "./aggregate";
import type { EntryRobustness } from "./robustness";
import type { RankedUnit, RankingInput, RankingResult } from "./types";

/** One evaluator's score as it counts for the unit. */
export interface ScoreLine {
  evaluatorId: string;
  score: number;
  /** The worksheet row of 评议评分; null for a record built in code. */
  row: number | null;
  /** The grade word typed instead of a number (满意 …), when it was one. */
  grade?: string;
  /** Set when the trimmed mean dropped this score. */
  dropped?: "最高分" | "最低分";
}

/** One evaluator group's part of the total. */
export interface GroupLine {
  group: string;
  weight: number;
  /** Scores in ascending order (rows in sheet order among equal scores). */
  scores: ScoreLine[];
  /** The group mean (trimmed when it was); null when the group did not score the unit. */
  mean: number | null;
  /** weight ÷ the sum of the weights of the groups that scored the unit; 0 for a missing group. */
  share: number;
  /** share × mean: this group's points in the evaluation score. */
  contribution: number;
}

export interface AdjustmentLine {
  points: number;
  reason: string;
  row: number | null;
}

/** A neighbour in the ranking: the nearest unit with a higher (above) or lower (below) shown total. */
export interface Neighbour {
  unitCode: string;
  unitName: string;
  score: number;
  /** Points between the two shown totals (positive). */
  gap: number;
}

/** How much one group's mean would have to rise (or fall) for the unit to move one place. */
export interface PlaceMove {
  group: string;
  /** Points the group mean must rise to pass the unit above; null when there is none or 100 would not reach it. */
  up: number | null;
  /** Points the group mean must fall to drop below the unit below; null when there is none or 0 would not reach it. */
  down: number | null;
}

export interface Explanation {
  unit: RankedUnit;
  /** Units ranked in the category. */
  count: number;
  groups: GroupLine[];
  /** Σ contributions. */
  evaluation: number;
  adjustments: AdjustmentLine[];
  /** Σ adjustments. */
  adjustment: number;
  /** evaluation + adjustment: the unit's total. */
  total: number;
  /** Units tied with this one (same shown total). */
  tiedWith: string[];
  above: Neighbour | null;
  below: Neighbour | null;
  moves: PlaceMove[];
  /** The robustness of its 考评问责 entry, when it has one. */
  robustness: EntryRobustness | null;
}

/** The highest score an evaluator can give, and the lowest. */
const SCORE_RANGE = { min: 0, max: 100 };

/**
 * The explanation of each ranked unit among `codes` (others are left out). `gradeOf` names the grade
 * word a score row was typed as, when it was one (the reader keeps only the points).
 */
export function explainUnits(
  input: RankingInput,
  result: RankingResult,
  codes: ReadonlySet<string>,
  gradeOf: (row: number) => string | undefined = () => undefined
): Map<string, Explanation> {
  const ranked = new Map(result.rankings.filter((r) => codes.has(r.unitCode)).map((r) => [r.unitCode, r]));
  const scoreRows = new Map<string, ScoreLine[]>();
  for (const s of input.scores) {
    if (!ranked.has(s.unitCode)) continue;
    const key = `${s.unitCode}\u0000${s.group}`;
    const row = s.origin?.row ?? null;
    const grade = row === null ? undefined : gradeOf(row);
    const line: ScoreLine = { evaluatorId: s.evaluatorId, score: s.score, row, ...(grade ? { grade } : {}) };
    const list = scoreRows.get(key);
    if (list) list.push(line);
    else scoreRows.set(key, [line]);
  }
  const adjustments = new Map<string, AdjustmentLine[]>();
  for (const a of input.adjustments) {
    if (!ranked.has(a.unitCode)) continue;
    adjustments.set(a.unitCode, [...(adjustments.get(a.unitCode) ?? []), { points: a.points, reason: a.reason, row: a.origin?.row ?? null }]);
  }
  const byCategory = new Map<string, RankedUnit[]>();
  for (const r of result.rankings) byCategory.set(r.category, [...(byCategory.get(r.category) ?? []), r]);
  const robustness = new Map((result.robustness ?? []).map((r) => [r.unitCode, r]));
  const weights = new Map(input.groups.map((g) => [g.name, g.weight]));
  const out = new Map<string, Explanation>();
  for (const unit of ranked.values()) {
    const groups = Object.keys(unit.groupScores).map((group) =>
      groupLine(group, weights.get(group) ?? 0, scoreRows.get(`${unit.unitCode}\u0000${group}`) ?? [], input.settings.trimThreshold)
    );
    const present = groups.filter((g) => g.mean !== null).reduce((sum, g) => sum + g.weight, 0);
    for (const g of groups) {
      g.share = g.mean === null ? 0 : g.weight / present;
      g.contribution = g.mean === null ? 0 : g.share * g.mean;
    }
    const lines = (adjustments.get(unit.unitCode) ?? []).sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    const evaluation = groups.reduce((sum, g) => sum + g.contribution, 0);
    const adjustment = lines.reduce((sum, a) => sum + a.points, 0);
    const peers = byCategory.get(unit.category) ?? [];
    const above = neighbour(unit, peers, 1);
    const below = neighbour(unit, peers, -1);
    const half = 0.5 * 10 ** -input.settings.precision;
    out.set(unit.unitCode, {
      unit,
      count: peers.length,
      groups,
      evaluation,
      adjustments: lines,
      adjustment,
      total: evaluation + adjustment,
      tiedWith: peers.filter((p) => p.score === unit.score && p.unitCode !== unit.unitCode).map((p) => p.unitCode),
      above,
      below,
      moves: groups
        .filter((g) => g.mean !== null && g.share > 0)
        .map((g) => ({
          group: g.group,
          up: above ? within((above.score + half - unit.total) / g.share, SCORE_RANGE.max - (g.mean ?? 0)) : null,
          down: below ? within((unit.total - (below.score - half)) / g.share, (g.mean ?? 0) - SCORE_RANGE.min) : null,
        })),
      robustness: robustness.get(unit.unitCode) ?? null,
    });
  }
  return out;
}

function groupLine(group: string, weight: number, lines: ScoreLine[], threshold: number): GroupLine {
  lines.sort((a, b) => a.score - b.score || (a.row ?? 0) - (b.row ?? 0));
  const trim = trims(lines.length, threshold);
  if (trim) {
    lines[0].dropped = "最低分";
    lines[lines.length - 1].dropped = "最高分";
  }
  const kept = lines.filter((l) => !l.dropped);
  const mean = kept.length === 0 ? null : kept.reduce((sum, l) => sum + l.score, 0) / kept.length;
  return { group, weight, scores: lines, mean, share: 0, contribution: 0 };
}

/** The nearest unit with a strictly higher (direction 1) or lower (-1) shown total. */
function neighbour(unit: RankedUnit, peers: readonly RankedUnit[], direction: 1 | -1): Neighbour | null {
  const candidates = peers.filter((p) => (direction === 1 ? p.score > unit.score : p.score < unit.score));
  if (candidates.length === 0) return null;
  const next = direction === 1 ? candidates[candidates.length - 1] : candidates[0];
  return { unitCode: next.unitCode, unitName: next.unitName, score: next.score, gap: Math.abs(next.score - unit.score) };
}

/** `needed` when it is positive and within `room`, else null (the move cannot happen by this group alone). */
function within(needed: number, room: number): number | null {
  const points = Math.max(needed, 0);
  return points <= room ? points : null;
}
