/**
 * Demo 评议评分 and 加减分 (四、第四阶段: 公开评议; 五: 党代表、人大代表、政协委员、软环境监督员、
 * 新闻媒体). Each group has a panel of six to ten evaluators, and each panel scores every
 * unit around that unit's own standing, so the ranking separates units rather than noise.
 * Two gaps are deliberate: one unit nobody scored (未参评) and one unit a group skipped
 * (its evaluation score is re-weighted over the other groups).
 */
import type { Adjustment, EvaluatorGroup, Score, Unit } from "../domain/types";
import type { Random } from "./random";

const PREFIXES: Record<string, string> = { 党代表: "DB", 人大代表: "RD", 政协委员: "ZX", 软环境监督员: "JD", 新闻媒体: "MT" };

/** What the score generator is told about the units. */
export interface ScorePlan {
  /** The unit nobody scores. */
  unscored: string;
  /** The unit one group skips, and that group. */
  skipped: { unitCode: string; group: string };
  /** A shift of a unit's standing in points (negative for units with violations or circulated findings). */
  shift: ReadonlyMap<string, number>;
}

/** Every evaluator's score of every unit, integers from 60 to 100, except the two planned gaps. */
export function demoScores(rng: Random, units: readonly Unit[], groups: readonly EvaluatorGroup[], plan: ScorePlan): Score[] {
  const panels = groups.map((group, g) => {
    const prefix = PREFIXES[group.name] ?? `G${g + 1}`;
    const size = rng.int(6, 10);
    return {
      group: group.name,
      bias: rng.bell(0, 1.5),
      evaluators: Array.from({ length: size }, (_, i) => ({ id: `${prefix}-${String(i + 1).padStart(2, "0")}`, leniency: rng.bell(0, 1.5) })),
    };
  });
  const scores: Score[] = [];
  for (const unit of units) {
    const standing = rng.bell(85, 3.5) + (plan.shift.get(unit.code) ?? 0);
    for (const panel of panels) {
      if (unit.code === plan.unscored) continue;
      if (unit.code === plan.skipped.unitCode && panel.group === plan.skipped.group) continue;
      const view = standing + panel.bias + rng.bell(0, 1.5);
      for (const evaluator of panel.evaluators) {
        const score = Math.round(Math.min(100, Math.max(60, view + evaluator.leniency + rng.bell(0, 3))));
        scores.push({ unitCode: unit.code, group: panel.group, evaluatorId: evaluator.id, score });
      }
    }
  }
  return scores;
}

const BONUSES: readonly Adjustment[] = [
  { unitCode: "", points: 2, reason: "被评为省级文明单位" },
  { unitCode: "", points: 2, reason: "行政审批提速经验被省级部门推广" },
  { unitCode: "", points: 1, reason: "重点科室年初承诺全部兑现，获市级表彰" },
  { unitCode: "", points: 1, reason: "“政风热线”上线答复及时，群众满意度高" },
];

/** Bonuses for four units, and deductions that follow from the records: a late plan, a serious violation, a circulated finding. */
export function demoAdjustments(
  rng: Random,
  candidates: readonly Unit[],
  causes: { latePlan: string; seriousViolation: string; circulated: readonly string[] }
): Adjustment[] {
  const penalized = new Set([causes.latePlan, causes.seriousViolation, ...causes.circulated]);
  const lucky = rng.shuffle(candidates.filter((u) => !penalized.has(u.code))).slice(0, BONUSES.length);
  return [
    ...BONUSES.map((b, i) => ({ ...b, unitCode: lucky[i].code })),
    { unitCode: causes.latePlan, points: -1, reason: "实施方案未按时报送市优化办" },
    { unitCode: causes.seriousViolation, points: -3, reason: "工作人员发生影响恶劣的违规行为，被全市通报" },
    ...causes.circulated.map((unitCode) => ({ unitCode, points: -1, reason: "督查发现问题被全市通报，整改不及时" })),
  ];
}
