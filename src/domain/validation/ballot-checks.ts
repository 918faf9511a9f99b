/**
 * Ballot checks of 评议评分 (issue 23; thresholds in 参数设置): one score to every unit, scores far
 * from the other evaluators' for most units, one evaluator code scoring a unit in two groups, and a
 * unit scored by far fewer of a group's evaluators than the others. Warnings only. The score rows
 * are indexed once per run (typed arrays, no per-row objects: a year-end sheet may hold a million).
 */
import * as V from "../catalogue/validation-rules";
import type { Score } from "../types";
import type { Check, Offence } from "./check-kit";
import type { ValidationContext } from "./context";
import { VALIDATION_SHEETS as S } from "./sheet-names";

/** How many rows a message lists before it says how many there are in all. */
const ROWS_SHOWN = 5;

/** A standard deviation below one point counts as one point: otherwise 81 beside five 80s would "deviate". */
const MIN_SD = 1;

/** The other evaluators a score is compared with before it can deviate. */
const MIN_OTHERS = 3;

interface BallotIndex {
  scores: readonly Score[];
  /** Slot (unit × groups + group) of each row; -1 when its unit or group is unknown. */
  slot: Int32Array;
  /** Evaluator index (by code) of each row. */
  evaluator: Int32Array;
  evaluatorIds: string[];
  groupCount: number;
  slots: number;
  /** Rows by ballot, once asked for (see ballots). */
  ballots?: Map<number, number[]>;
}

const indexes = new WeakMap<ValidationContext, BallotIndex>();

function ballotIndex(ctx: ValidationContext): BallotIndex {
  const known = indexes.get(ctx);
  if (known) return known;
  const scores = ctx.data.scores;
  const { unitIndex, groupIndex, groups, units } = ctx.roster;
  const slot = new Int32Array(scores.length);
  const evaluator = new Int32Array(scores.length);
  const ids = new Map<string, number>();
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    const u = unitIndex.get(s.unitCode);
    const g = groupIndex.get(s.group);
    slot[i] = u === undefined || g === undefined ? -1 : u * groups.length + g;
    let e = ids.get(s.evaluatorId);
    if (e === undefined) ids.set(s.evaluatorId, (e = ids.size));
    evaluator[i] = e;
  }
  const index = { scores, slot, evaluator, evaluatorIds: [...ids.keys()], groupCount: groups.length, slots: units.length * groups.length };
  indexes.set(ctx, index);
  return index;
}

/** "第2、5、9行" (and "等共 12 行" past five). */
function rowsText(rows: readonly number[]): string {
  const shown = rows.slice(0, ROWS_SHOWN).join("、");
  return `「评议评分」第${shown}行${rows.length > ROWS_SHOWN ? `等共 ${rows.length} 行` : ""}`;
}

const rowOf = (s: Score) => s.origin?.row ?? 0;

/** Rows of each (group, evaluator) ballot, in sheet order: key group × evaluators + evaluator. Built once per run. */
function ballots(index: BallotIndex): Map<number, number[]> {
  if (index.ballots) return index.ballots;
  const byBallot = new Map<number, number[]>();
  index.ballots = byBallot;
  const e = index.evaluatorIds.length;
  for (let i = 0; i < index.scores.length; i++) {
    if (index.slot[i] < 0) continue;
    const key = (index.slot[i] % index.groupCount) * e + index.evaluator[i];
    const list = byBallot.get(key);
    if (list) list.push(i);
    else byBallot.set(key, [i]);
  }
  return byBallot;
}

function* sameScore(ctx: ValidationContext): Iterable<Offence> {
  const index = ballotIndex(ctx);
  for (const rows of ballots(index).values()) {
    if (rows.length < ctx.settings.ballotMinUnits) continue;
    const first = index.scores[rows[0]];
    // Most ballots differ by their second row: the units are counted only for a ballot of one score.
    if (!rows.every((i) => index.scores[i].score === first.score)) continue;
    const units = new Set(rows.map((i) => Math.floor(index.slot[i] / index.groupCount)));
    if (units.size < ctx.settings.ballotMinUnits) continue;
    const params = {
      evaluator: first.evaluatorId,
      group: first.group,
      units: units.size,
      score: first.score,
      rows: rowsText(rows.map((i) => rowOf(index.scores[i]))),
    };
    yield { origin: first.origin, field: "evaluatorId", params };
  }
}

function* deviates(ctx: ValidationContext): Iterable<Offence> {
  const index = ballotIndex(ctx);
  const sum = new Float64Array(index.slots);
  const squares = new Float64Array(index.slots);
  const count = new Int32Array(index.slots);
  index.scores.forEach((s, i) => {
    const slot = index.slot[i];
    if (slot < 0) return;
    sum[slot] += s.score;
    squares[slot] += s.score * s.score;
    count[slot]++;
  });
  const { ballotDeviation: k, ballotMinUnits } = ctx.settings;
  for (const rows of ballots(index).values()) {
    let judged = 0;
    const far: number[] = [];
    for (const i of rows) {
      const slot = index.slot[i];
      const others = count[slot] - 1;
      if (others < MIN_OTHERS) continue;
      judged++;
      const x = index.scores[i].score;
      const mean = (sum[slot] - x) / others;
      const sd = Math.sqrt(Math.max(0, (squares[slot] - x * x) / others - mean * mean));
      if (Math.abs(x - mean) > k * Math.max(sd, MIN_SD)) far.push(i);
    }
    if (judged < ballotMinUnits || far.length * 2 <= judged) continue;
    const first = index.scores[far[0]];
    const params = {
      evaluator: first.evaluatorId,
      group: first.group,
      judged,
      deviating: far.length,
      sd: k,
      rows: rowsText(far.map((i) => rowOf(index.scores[i]))),
    };
    yield { origin: first.origin, field: "evaluatorId", params };
  }
}

function* unitTwice(ctx: ValidationContext): Iterable<Offence> {
  const index = ballotIndex(ctx);
  const units = Math.max(1, index.slots / Math.max(1, index.groupCount));
  // Rows unit by unit (a counting sort), then each evaluator stamped with the unit it was last seen in.
  const starts = new Int32Array(units + 1);
  for (let i = 0; i < index.scores.length; i++) if (index.slot[i] >= 0) starts[Math.floor(index.slot[i] / index.groupCount) + 1]++;
  for (let u = 1; u <= units; u++) starts[u] += starts[u - 1];
  const order = new Int32Array(starts[units]);
  const next = starts.slice(0, units);
  for (let i = 0; i < index.scores.length; i++) if (index.slot[i] >= 0) order[next[Math.floor(index.slot[i] / index.groupCount)]++] = i;
  const seenUnit = new Int32Array(index.evaluatorIds.length).fill(-1);
  const firstRow = new Int32Array(index.evaluatorIds.length);
  for (let u = 0; u < units; u++) {
    for (let k = starts[u]; k < starts[u + 1]; k++) {
      const i = order[k];
      const e = index.evaluator[i];
      if (seenUnit[e] !== u) {
        seenUnit[e] = u;
        firstRow[e] = i;
        continue;
      }
      const first = index.scores[firstRow[e]];
      const score = index.scores[i];
      // The same group twice is an error of its own (每位评议人对每个单位评分一次).
      if (first.group === score.group) continue;
      const params = {
        evaluator: score.evaluatorId,
        first: `第${rowOf(first)}行`,
        firstGroup: first.group,
        group: score.group,
        code: score.unitCode,
      };
      yield { origin: score.origin, field: "evaluatorId", params };
    }
  }
}

function* thin(ctx: ValidationContext): Iterable<Offence> {
  const index = ballotIndex(ctx);
  const count = new Int32Array(index.slots);
  const firstRow = new Int32Array(index.slots).fill(-1);
  for (let i = 0; i < index.scores.length; i++) {
    const slot = index.slot[i];
    if (slot < 0) continue;
    if (count[slot]++ === 0) firstRow[slot] = i;
  }
  const flagged = new Map<number, number[]>();
  const medians: number[] = [];
  for (let g = 0; g < index.groupCount; g++) {
    const counts: number[] = [];
    for (let slot = g; slot < index.slots; slot += index.groupCount) if (count[slot] > 0) counts.push(count[slot]);
    counts.sort((a, b) => a - b);
    const mid = counts.length >> 1;
    medians[g] = counts.length === 0 ? 0 : counts.length % 2 === 1 ? counts[mid] : (counts[mid - 1] + counts[mid]) / 2;
    const floor = (medians[g] * ctx.settings.ballotCoveragePercent) / 100;
    for (let slot = g; slot < index.slots; slot += index.groupCount) if (count[slot] > 0 && count[slot] < floor) flagged.set(slot, []);
  }
  if (flagged.size === 0) return;
  for (let i = 0; i < index.scores.length; i++) flagged.get(index.slot[i])?.push(rowOf(index.scores[i]));
  for (const [slot, rows] of flagged) {
    const first = index.scores[firstRow[slot]];
    const unit = ctx.roster.units[Math.floor(slot / index.groupCount)];
    const params = {
      code: unit.code,
      name: unit.name,
      group: first.group,
      count: count[slot],
      median: medians[slot % index.groupCount],
      percent: ctx.settings.ballotCoveragePercent,
      rows: rowsText(rows),
    };
    yield { origin: first.origin, field: "unitCode", params };
  }
}

const NEEDS = [S.units, S.groups];

/** The ballot checks, as entries of the rule table. */
export const BALLOT_CHECKS: readonly Check[] = [
  {
    rule: V.BALLOT_SAME_SCORE,
    sheet: S.scores,
    needs: NEEDS,
    description: "同一评议人给所评的所有单位（不少于评议核查最少单位数）同一分数时提示核对",
    check: sameScore,
  },
  {
    rule: V.BALLOT_DEVIATES,
    sheet: S.scores,
    needs: NEEDS,
    description: "评议人多数评分偏离本组其他评议人平均分超过评分偏离标准差倍数时提示核对",
    check: deviates,
  },
  {
    rule: V.BALLOT_UNIT_TWICE,
    sheet: S.scores,
    needs: NEEDS,
    description: "同一评议人编号以两个评议主体身份为同一单位评分时提示核对",
    check: unitTwice,
  },
  {
    rule: V.BALLOT_THIN,
    sheet: S.scores,
    needs: NEEDS,
    description: "某单位的评议人数不到该评议主体各单位评议人数中位数的评议人数不足比例时提示补录",
    check: thin,
  },
];
