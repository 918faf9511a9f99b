/**
 * An independent, deliberately naive recomputation of the ranking and section 五's
 * accountability rules (sort-based, no code shared with the engine), checked against the
 * engine on random campaigns.
 */
import fc from "fast-check";
import { rankCampaign, type RankingInput } from "../../../src/domain/ranking";
import { arbitraryCampaign } from "./arbitrary-campaign";

interface RefRanked {
  category: string;
  unitCode: string;
  total: number;
  score: number;
  rank: number;
  reweighted: boolean;
}

interface RefEntry {
  type: string;
  unitCode: string;
  person: string;
  role: string;
  needsReview: boolean;
}

/** Half away from zero at `p` decimals; toFixed(7) on the scaled value absorbs binary noise. */
function refRound(x: number, p: number): number {
  const scaled = Number((Math.abs(x) * 10 ** p).toFixed(7));
  const r = (Math.sign(x) * Math.round(scaled)) / 10 ** p;
  return r === 0 ? 0 : r;
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function reference(input: RankingInput): { rankings: RefRanked[]; unranked: string[]; entries: RefEntry[] } {
  const { settings } = input;
  const rankings: RefRanked[] = [];
  const unranked: string[] = [];
  for (const unit of input.units) {
    let weighted = 0;
    let weights = 0;
    let missing = false;
    for (const group of input.groups) {
      let values = input.scores.filter((s) => s.unitCode === unit.code && s.group === group.name).map((s) => s.score);
      if (values.length === 0) {
        missing = true;
        continue;
      }
      values.sort((a, b) => a - b);
      if (settings.trimThreshold > 0 && values.length >= settings.trimThreshold && values.length >= 3) values = values.slice(1, -1);
      weighted += group.weight * mean(values);
      weights += group.weight;
    }
    if (weights === 0) {
      unranked.push(unit.code);
      continue;
    }
    const adjustment = input.adjustments.filter((a) => a.unitCode === unit.code).reduce((sum, a) => sum + a.points, 0);
    const total = weighted / weights + adjustment;
    rankings.push({ category: unit.category, unitCode: unit.code, total, score: refRound(total, settings.precision), rank: 0, reweighted: missing });
  }
  for (const r of rankings) {
    const peers = rankings.filter((o) => o.category === r.category);
    const higher = peers.filter((o) => o.score > r.score);
    r.rank = settings.rankingMethod === "competition" ? higher.length + 1 : new Set(higher.map((o) => o.score)).size + 1;
  }
  const leaderOf = (code: string) => input.units.find((u) => u.code === code)?.leader ?? "";
  const entries: RefEntry[] = [];
  for (const category of new Set(rankings.map((r) => r.category))) {
    const peers = rankings.filter((r) => r.category === category).sort((a, b) => a.score - b.score);
    if (peers.length < 2) continue;
    if (category === "重点科室") {
      const n = settings.keySectionBottomN;
      const line = peers[Math.min(n, peers.length) - 1].score;
      const named = peers.filter((p) => p.score <= line);
      for (const p of named) {
        entries.push({
          type: "考评问责",
          unitCode: p.unitCode,
          person: leaderOf(p.unitCode),
          role: "科室负责人",
          needsReview: named.length > n && p.score === line,
        });
      }
    } else {
      const lowest = peers[0].score;
      const last = peers.filter((q) => q.score === lowest);
      // The document names one last unit: a tie for last is listed whole, every one for review.
      for (const p of last) {
        entries.push({ type: "考评问责", unitCode: p.unitCode, person: leaderOf(p.unitCode), role: "党政主要负责人", needsReview: last.length > 1 });
      }
    }
  }
  for (const v of input.violations) {
    // 违规问责 covers 机关效能规定 and 执法过错; another type is listed for review.
    const review = v.kind !== "违反机关效能规定" && v.kind !== "行政执法过错";
    entries.push({ type: "违规问责", unitCode: v.unitCode, person: v.person, role: "责任人", needsReview: review });
  }
  for (const code of new Set(input.violations.filter((v) => v.severity === "影响恶劣").map((v) => v.unitCode))) {
    const serious = input.violations.filter((v) => v.unitCode === code && v.severity === "影响恶劣");
    // 监管不力 否 on every row: no entry; no 是: the entry waits for the office's judgement.
    if (serious.every((v) => v.weakSupervision === false)) continue;
    const unjudged = !serious.some((v) => v.weakSupervision === true);
    const keySection = input.units.find((u) => u.code === code)?.category === "重点科室";
    // A key section has no 党政主要负责人 of its own: whom section 五 means is left to a reviewer.
    entries.push({
      type: "监管问责",
      unitCode: code,
      person: leaderOf(code),
      role: keySection ? "科室负责人" : "党政主要负责人",
      needsReview: keySection || unjudged,
    });
  }
  return { rankings, unranked, entries };
}

/**
 * 需复核 also where leaving out one evaluator, or one group (when another remains), takes a 考评问责
 * unit out of its category's named set; a removal that leaves a unit of the category unscored is not judged.
 */
function referenceWithRobustness(input: RankingInput): ReturnType<typeof reference> {
  const base = reference(input);
  const categoryOf = new Map(input.units.map((u) => [u.code, u.category]));
  const named = (entries: RefEntry[], category: string) =>
    new Set(entries.filter((e) => e.type === "考评问责" && categoryOf.get(e.unitCode) === category).map((e) => e.unitCode));
  const removals = [...new Set(input.scores.map((s) => s.evaluatorId)).values()].map((id) => input.scores.filter((s) => s.evaluatorId !== id));
  if (input.groups.length >= 2) for (const g of input.groups) removals.push(input.scores.filter((s) => s.group !== g.name));
  for (const scores of removals) {
    const after = reference({ ...input, scores });
    for (const entry of base.entries) {
      if (entry.type !== "考评问责") continue;
      const category = categoryOf.get(entry.unitCode) ?? "";
      const emptied = after.unranked.some((code) => categoryOf.get(code) === category && !base.unranked.includes(code));
      if (!emptied && !named(after.entries, category).has(entry.unitCode)) entry.needsReview = true;
    }
  }
  return base;
}

const byKey = <T>(items: T[]): string[] => items.map((i) => JSON.stringify(i)).sort();

describe("the engine agrees with a naive reference implementation", () => {
  it("on ranks, rounded totals, 未参评 and every accountability entry of random campaigns", () => {
    fc.assert(
      fc.property(arbitraryCampaign, (input) => {
        const engine = rankCampaign(input);
        expect(engine.ok).toBe(true);
        const ref = referenceWithRobustness(input);
        const pick = (r: RefRanked) => ({ category: r.category, unitCode: r.unitCode, score: r.score, rank: r.rank, reweighted: r.reweighted });
        expect(byKey(engine.rankings.map(pick))).toEqual(byKey(ref.rankings.map(pick)));
        for (const r of ref.rankings) {
          expect(engine.rankings.find((e) => e.unitCode === r.unitCode)?.total).toBeCloseTo(r.total, 9);
        }
        expect(engine.unranked.map((u) => u.unitCode).sort()).toEqual([...ref.unranked].sort());
        const entry = (e: RefEntry) => ({ type: e.type, unitCode: e.unitCode, person: e.person, role: e.role, needsReview: e.needsReview });
        expect(byKey(engine.accountability.map(entry))).toEqual(byKey(ref.entries.map(entry)));
      }),
      { numRuns: 300 }
    );
  });
});
