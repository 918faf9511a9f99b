/**
 * Is a 考评问责 entry decided by one person? (五、问责追究 三是实施考评问责: the last unit of each
 * category, the bottom N key sections.) For every evaluator, and for every evaluator group, the
 * ranking is worked out again without their scores; an entry whose unit then leaves the named
 * set (it is no longer last, or no longer in the bottom N) depends on that one evaluator or group
 * and needs review (a group only where another group remains). Also the margin in points between the entry and the nearest unit not named.
 *
 * Cost stays near linear: removing an evaluator changes only the slots (unit × group) they
 * scored, so only those units' totals are recomputed (each slot's mean again from its sorted
 * scores without the one removed, so the digits equal a fresh ranking's), and the new bottom of
 * a category is found among the changed units and the few unchanged units at its bottom.
 */
import { KEY_SECTION_CATEGORY } from "../campaign";
import type { Settings } from "../settings";
import { trims, type GroupScoreTable, type ScoreLayout } from "./aggregate";
import { compareCodes } from "./cells";
import type { CategoryRanking } from "./rank";
import type { Roster } from "./roster";
import { roundTo } from "./rounding";
import type { EntryRobustness, Flip } from "./types";

export type { EntryRobustness, Flip } from "./types";

interface Category {
  name: string;
  /** Unit indices, worst first (ascending score, then code descending as the ranking lists them from the bottom). */
  ascending: number[];
  /** The N of the bottom-N rule (1: last place). */
  n: number;
  named: Set<number>;
}

/** Everything a removal is judged against, built once. */
interface Base {
  roster: Roster;
  table: GroupScoreTable;
  adjustments: Float64Array;
  settings: Settings;
  score: Float64Array;
  categoryOf: Int32Array;
  categories: Category[];
}

/** The robustness of every unit named in `named` (category → unit codes of its 考评问责 entries). */
export function entryRobustness(
  roster: Roster,
  table: GroupScoreTable,
  layout: ScoreLayout,
  adjustments: Float64Array,
  ranked: readonly CategoryRanking[],
  named: ReadonlyMap<string, ReadonlySet<string>>,
  settings: Settings
): EntryRobustness[] {
  const base = baseOf(roster, table, adjustments, ranked, named, settings);
  if (base.categories.length === 0) return [];
  const flips = new Map<number, Flip[]>();
  const record = (kind: Flip["kind"], id: string, groups: string[], lost: Map<number, string[]>) => {
    for (const [unit, after] of lost) flips.set(unit, [...(flips.get(unit) ?? []), { kind, id, groups, namedAfter: after }]);
  };
  const removal = new Removal(base);
  const byEvaluator = evaluatorEntries(layout);
  const contender = contenders(base, layout);
  const groupCount = roster.groups.length;
  for (let e = 0; e < layout.evaluatorIds.length; e++) {
    removal.begin();
    for (let k = byEvaluator.starts[e]; k < byEvaluator.starts[e + 1]; k++) {
      const slot = byEvaluator.slots[k];
      // A unit too far above the named ones to reach them by one evaluator's removal keeps its total here.
      if (contender[Math.floor(slot / groupCount)] === 0) continue;
      removal.override(slot, meanWithout(layout, slot, byEvaluator.values[k], settings.trimThreshold));
    }
    const lost = removal.lostUnits();
    if (lost.size > 0) record("evaluator", layout.evaluatorIds[e], groupsOf(byEvaluator, e, roster), lost);
  }
  // Leaving out the only group would leave nothing to rank: the check needs another group to stand.
  for (let g = 0; g < (groupCount >= 2 ? groupCount : 0); g++) {
    removal.begin();
    for (let u = 0; u < roster.units.length; u++) if (!Number.isNaN(table[u * groupCount + g])) removal.override(u * groupCount + g, NaN);
    const lost = removal.lostUnits();
    if (lost.size > 0) record("group", roster.groups[g].name, [], lost);
  }
  // Evaluators by code, then groups in sheet order: the same rows in any order give the same words.
  const groupOrder = new Map(roster.groups.map((g, i) => [g.name, i]));
  for (const list of flips.values())
    list.sort((a, b) =>
      a.kind !== b.kind
        ? a.kind === "evaluator"
          ? -1
          : 1
        : a.kind === "group"
          ? (groupOrder.get(a.id) ?? 0) - (groupOrder.get(b.id) ?? 0)
          : compareCodes(a.id, b.id)
    );
  return base.categories.flatMap((category) =>
    [...category.named]
      .sort((a, b) => base.score[a] - base.score[b] || compareCodes(roster.units[b].code, roster.units[a].code))
      .map((unit) => ({
        ...marginOf(base, category, unit),
        unitCode: roster.units[unit].code,
        category: category.name,
        flips: flips.get(unit) ?? [],
      }))
  );
}

function baseOf(
  roster: Roster,
  table: GroupScoreTable,
  adjustments: Float64Array,
  ranked: readonly CategoryRanking[],
  named: ReadonlyMap<string, ReadonlySet<string>>,
  settings: Settings
): Base {
  const score = new Float64Array(roster.units.length).fill(NaN);
  const categoryOf = new Int32Array(roster.units.length).fill(-1);
  const categories: Category[] = [];
  for (const { category, units } of ranked) {
    const codes = named.get(category);
    if (!codes || codes.size === 0) continue;
    const index = categories.length;
    const ascending = units.map((u) => roster.unitIndex.get(u.unitCode) ?? -1).reverse();
    units.forEach((u) => (score[roster.unitIndex.get(u.unitCode) ?? -1] = u.score));
    for (const u of ascending) categoryOf[u] = index;
    const n = category === KEY_SECTION_CATEGORY ? Math.max(1, settings.keySectionBottomN) : 1;
    categories.push({ name: category, ascending, n, named: new Set([...codes].map((c) => roster.unitIndex.get(c) ?? -1)) });
  }
  return { roster, table, adjustments, settings, score, categoryOf, categories };
}

/**
 * Units whose place one evaluator's removal could bring into (or out of) a named set: 1, else 0.
 * Removing one score moves a trimmed or plain mean most when the lowest or the highest score goes
 * (what remains after removing a lower score dominates, order statistic by order statistic, what
 * remains after removing a higher one), so a unit's total moves at most Σ share × that change over
 * its groups (an evaluator may sit in several), unless a group has one score and would vanish (then
 * anything goes). A unit lower than a point above the highest a named unit could reach can contend.
 */
function contenders(base: Base, layout: ScoreLayout): Uint8Array {
  const { roster, table, score, categoryOf } = base;
  const groupCount = roster.groups.length;
  const shift = new Float64Array(roster.units.length);
  for (let u = 0; u < roster.units.length; u++) {
    if (categoryOf[u] < 0) continue;
    let weights = 0;
    for (let g = 0; g < groupCount; g++) if (!Number.isNaN(table[u * groupCount + g])) weights += roster.groups[g].weight;
    for (let g = 0; g < groupCount; g++) {
      const slot = u * groupCount + g;
      const count = layout.ends[slot] - layout.starts[slot];
      if (count === 0) continue;
      if (count === 1) {
        shift[u] = Infinity;
        break;
      }
      const low = meanWithout(layout, slot, layout.sorted[layout.starts[slot]], base.settings.trimThreshold);
      const high = meanWithout(layout, slot, layout.sorted[layout.ends[slot] - 1], base.settings.trimThreshold);
      shift[u] += (roster.groups[g].weight / weights) * Math.max(Math.abs(low - table[slot]), Math.abs(high - table[slot]));
    }
  }
  const reach = base.categories.map((c) => Math.max(...[...c.named].map((u) => score[u] + shift[u])));
  const contender = new Uint8Array(roster.units.length);
  for (let u = 0; u < roster.units.length; u++) {
    const c = categoryOf[u];
    if (c >= 0 && score[u] - shift[u] <= reach[c] + 1) contender[u] = 1;
  }
  return contender;
}

/** The points between `unit` and the lowest unit of its category that is not named. */
function marginOf(base: Base, category: Category, unit: number): Pick<EntryRobustness, "margin" | "nextUnitCode"> {
  const next = category.ascending.find((u) => !category.named.has(u));
  if (next === undefined) return { margin: null, nextUnitCode: null };
  return { margin: roundTo(base.score[next] - base.score[unit], base.settings.precision), nextUnitCode: base.roster.units[next].code };
}

/** Each evaluator's (slot, value) pairs, evaluator by evaluator (a CSR layout: no per-evaluator arrays). */
function evaluatorEntries(layout: ScoreLayout): { starts: Int32Array; slots: Int32Array; values: Float64Array } {
  const evaluators = layout.evaluatorIds.length;
  const starts = new Int32Array(evaluators + 1);
  const slotCount = layout.ends.length;
  for (let s = 0; s < slotCount; s++) for (let i = layout.starts[s]; i < layout.ends[s]; i++) starts[layout.evaluator[i] + 1]++;
  for (let e = 1; e <= evaluators; e++) starts[e] += starts[e - 1];
  const next = starts.slice(0, evaluators);
  const slots = new Int32Array(starts[evaluators]);
  const values = new Float64Array(starts[evaluators]);
  for (let s = 0; s < slotCount; s++) {
    for (let i = layout.starts[s]; i < layout.ends[s]; i++) {
      const at = next[layout.evaluator[i]]++;
      slots[at] = s;
      values[at] = layout.value[i];
    }
  }
  return { starts, slots, values };
}

function groupsOf(entries: { starts: Int32Array; slots: Int32Array }, e: number, roster: Roster): string[] {
  const groups = new Set<number>();
  for (let k = entries.starts[e]; k < entries.starts[e + 1]; k++) groups.add(entries.slots[k] % roster.groups.length);
  return [...groups].sort((a, b) => a - b).map((g) => roster.groups[g].name);
}

/**
 * The group score of `slot` without one score `removed`: the same sum, in the same ascending order,
 * as the mean of the remaining scores computed afresh (NaN when none remains).
 */
export function meanWithout(layout: ScoreLayout, slot: number, removed: number, threshold: number): number {
  const start = layout.starts[slot];
  const end = layout.ends[slot];
  const count = end - start - 1;
  if (count <= 0) return NaN;
  const trim = trims(count, threshold);
  const from = trim ? 1 : 0;
  const to = trim ? count - 1 : count;
  let sum = 0;
  let k = 0;
  let skipped = false;
  for (let i = start; i < end; i++) {
    const x = layout.sorted[i];
    if (!skipped && x === removed) {
      skipped = true;
      continue;
    }
    if (k >= from && k < to) sum += x;
    k++;
  }
  return sum / (to - from);
}

/** Keeps `lowest` the (at most) `n` smallest values seen, ascending. */
function keepLowest(lowest: number[], value: number, n: number): void {
  if (lowest.length >= n && value >= lowest[lowest.length - 1]) return;
  let at = lowest.length;
  while (at > 0 && lowest[at - 1] > value) at--;
  lowest.splice(at, 0, value);
  if (lowest.length > n) lowest.pop();
}

/** One removal at a time: the slots it changes, the units they belong to, and the named sets it leads to. */
class Removal {
  private readonly slotStamp: Int32Array;
  private readonly slotValue: Float64Array;
  private readonly unitStamp: Int32Array;
  private readonly touched: number[] = [];
  private totals = new Float64Array(0);
  private stamp = 0;

  constructor(private readonly base: Base) {
    this.slotStamp = new Int32Array(base.table.length);
    this.slotValue = new Float64Array(base.table.length);
    this.unitStamp = new Int32Array(base.roster.units.length);
  }

  begin(): void {
    this.stamp++;
    this.touched.length = 0;
  }

  override(slot: number, value: number): void {
    this.slotStamp[slot] = this.stamp;
    this.slotValue[slot] = value;
    const unit = Math.floor(slot / this.base.roster.groups.length);
    if (this.unitStamp[unit] === this.stamp || this.base.categoryOf[unit] < 0) return;
    this.unitStamp[unit] = this.stamp;
    this.touched.push(unit);
  }

  /** The named units that leave their category's named set, each with the units named instead (codes, worst first). */
  lostUnits(): Map<number, string[]> {
    const lost = new Map<number, string[]>();
    const byCategory = new Map<number, number[]>();
    for (const u of this.touched) {
      const c = this.base.categoryOf[u];
      const list = byCategory.get(c);
      if (list) list.push(u);
      else byCategory.set(c, [u]);
    }
    for (const [c, units] of byCategory) {
      const category = this.base.categories[c];
      const after = this.namedAfter(category, units);
      if (after === null) continue;
      const afterSet = new Set(after);
      const codes = after.map((u) => this.base.roster.units[u].code);
      for (const u of category.named) if (!afterSet.has(u)) lost.set(u, codes);
    }
    return lost;
  }

  /**
   * The named set of `category` once the `changed` units have their new totals (worst first); null
   * when the removal leaves a unit of it with no score at all: that is no longer a ranking of the
   * same units (a unit one evaluator alone scored is plain to see on 排名说明), so it is not judged.
   */
  private namedAfter(category: Category, changed: readonly number[]): number[] | null {
    const { score } = this.base;
    const candidates: { unit: number; score: number }[] = [];
    for (const u of category.ascending) {
      if (this.unitStamp[u] === this.stamp) continue;
      const last = candidates[candidates.length - 1];
      // Enough unchanged units at the bottom, and the next one is not tied with the last taken.
      if (candidates.length >= category.n && score[u] !== last.score) break;
      candidates.push({ unit: u, score: score[u] });
    }
    // The N lowest totals so far (unchanged candidates' shown totals, then the changed units' raw ones):
    // a unit more than a point above the N-th lowest cannot reach the bottom N once rounded, so only the
    // few near the bottom are rounded (rounding is the costly step when an evaluator scored every unit).
    const lowest = candidates.slice(0, category.n).map((c) => c.score);
    const totals = this.totals.length >= changed.length ? this.totals : (this.totals = new Float64Array(changed.length * 2));
    for (let k = 0; k < changed.length; k++) {
      const total = this.totalOf(changed[k]);
      if (Number.isNaN(total)) return null;
      totals[k] = total;
      keepLowest(lowest, total, category.n);
    }
    const ceiling = lowest.length >= category.n ? lowest[lowest.length - 1] + 1 : Infinity;
    for (let k = 0; k < changed.length; k++) {
      if (totals[k] <= ceiling) candidates.push({ unit: changed[k], score: roundTo(totals[k], this.base.settings.precision) });
    }
    const codes = this.base.roster.units;
    candidates.sort((a, b) => a.score - b.score || compareCodes(codes[b.unit].code, codes[a.unit].code));
    const boundary = candidates[Math.min(category.n, candidates.length) - 1].score;
    return candidates.filter((c) => c.score <= boundary).map((c) => c.unit);
  }

  /** The unit's total with this removal's slots overridden, summed exactly as unitTotals does; NaN when no group remains. */
  private totalOf(unit: number): number {
    const { roster, table, adjustments } = this.base;
    const groupCount = roster.groups.length;
    let weighted = 0;
    let weights = 0;
    for (const g of roster.sumOrder) {
      const slot = unit * groupCount + g;
      const value = this.slotStamp[slot] === this.stamp ? this.slotValue[slot] : table[slot];
      if (Number.isNaN(value)) continue;
      weighted += roster.groups[g].weight * value;
      weights += roster.groups[g].weight;
    }
    return weights === 0 ? NaN : weighted / weights + adjustments[unit];
  }
}
