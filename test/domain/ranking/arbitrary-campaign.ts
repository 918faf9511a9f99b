/**
 * fast-check generators of valid campaigns (unique codes, known categories and groups,
 * positive weights, one score per evaluator per unit and group, leaders present), so that
 * every generated campaign ranks without errors.
 */
import fc from "fast-check";
import type { RankingInput } from "../../../src/domain/ranking";
import type { RankingMethod } from "../../../src/domain/settings";
import { campaign, DEPT, DIRECT, KEY, TOWN, type ScoreTable, type UnitRow } from "./campaign-builder";

const GROUP_NAMES = ["党代表", "人大代表", "政协委员", "软环境监督员", "新闻媒体"];

/**
 * Scores 40–100 (totals stay positive after adjustments): often a round figure, so that
 * ties (and ties across the bottom-N line) are common, otherwise with one decimal.
 */
const score = fc.oneof(
  fc.constantFrom(60, 70, 80, 90),
  fc.integer({ min: 400, max: 1000 }).map((n) => n / 10)
);

/** Categories, key sections weighted up so that the bottom-N rule has enough units to bite. */
const category = fc.oneof({ arbitrary: fc.constantFrom(TOWN, DEPT, DIRECT), weight: 1 }, { arbitrary: fc.constant(KEY), weight: 1 });

/** A valid campaign: up to 16 units over the four categories, 1–4 groups, 0–7 scores per unit and group. */
export const arbitraryCampaign: fc.Arbitrary<RankingInput> = fc
  .record({
    categories: fc.array(category, { minLength: 1, maxLength: 16 }),
    weights: fc.array(fc.constantFrom(0.5, 1, 2, 3), { minLength: 1, maxLength: 4 }),
    settings: fc.record({
      rankingMethod: fc.constantFrom<RankingMethod>("competition", "dense"),
      trimThreshold: fc.constantFrom(0, 3, 4, 5),
      precision: fc.constantFrom(0, 1, 2, 3),
      keySectionBottomN: fc.constantFrom(1, 2, 3),
    }),
  })
  .chain(({ categories, weights, settings }) => {
    const codes = categories.map((_, i) => `U${String(i + 1).padStart(2, "0")}`);
    const groups = Object.fromEntries(weights.map((w, i) => [GROUP_NAMES[i], w]));
    const g = weights.length;
    // Half the units get one round figure from every evaluator, so their totals tie often.
    const flat = fc
      .tuple(fc.constantFrom(60, 70, 80, 90), fc.array(fc.integer({ min: 0, max: 7 }), { minLength: g, maxLength: g }))
      .map(([value, counts]) => counts.map((c) => Array<number>(c).fill(value)));
    const perUnit = fc.oneof(flat, fc.array(fc.array(score, { maxLength: 7 }), { minLength: g, maxLength: g }));
    return fc
      .record({
        scores: fc.array(perUnit, { minLength: codes.length, maxLength: codes.length }),
        adjustments: fc.array(
          fc.tuple(
            fc.constantFrom(...codes),
            fc.integer({ min: -50, max: 50 }).map((n) => n / 10)
          ),
          { maxLength: 6 }
        ),
        violations: fc.array(
          fc.tuple(
            fc.constantFrom(...codes),
            fc.constantFrom("张三", "李四"),
            fc.constantFrom<"一般" | "影响恶劣">("一般", "影响恶劣"),
            fc.constantFrom<boolean | null>(true, false, null),
            fc.constantFrom("违反机关效能规定", "行政执法过错", "其他")
          ),
          {
            maxLength: 5,
          }
        ),
      })
      .map(({ scores, adjustments, violations }) => {
        const table: ScoreTable = {};
        codes.forEach((code, u) => {
          table[code] = Object.fromEntries(weights.map((_, g) => [GROUP_NAMES[g], scores[u][g]]).filter(([, list]) => (list as number[]).length > 0));
        });
        const units: UnitRow[] = codes.map((code, i) => [code, categories[i]]);
        return campaign({ units, groups, scores: table, adjustments, violations, settings });
      });
  });

/** Fisher–Yates with a small seeded generator: the same seed, the same permutation. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
