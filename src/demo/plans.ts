/**
 * Demo 方案报送: most towns and departments send their implementation plan in the
 * fortnight before the due date (四、第二阶段: 3月5日前报市优化办), a few send it late and a
 * few send none, so that the plan checks have something to report.
 */
import type { Settings } from "../domain/settings";
import type { PlanSubmission, Unit } from "../domain/types";
import { addDays, randomDate } from "./calendar";
import type { Random } from "./random";

/** Who was late and who sent nothing: the supervision and adjustment generators refer to them. */
export interface PlanOutcome {
  plans: PlanSubmission[];
  late: Unit[];
  missing: Unit[];
}

const LATE_COUNT = 3;
const MISSING_COUNT = 3;
/** The campaign office receives the plans; it is never the one that is late. */
const RECEIVER = "市优化办";

/** Plans of the top-level units: on time for most, late for three, missing for three. */
export function demoPlans(rng: Random, settings: Settings, topLevel: readonly Unit[]): PlanOutcome {
  const candidates = rng.shuffle(topLevel.filter((u) => u.name !== RECEIVER));
  const missing = candidates.slice(0, MISSING_COUNT);
  const late = candidates.slice(MISSING_COUNT, MISSING_COUNT + LATE_COUNT);
  const lateCodes = new Set(late.map((u) => u.code));
  const missingCodes = new Set(missing.map((u) => u.code));
  const plans = topLevel
    .filter((u) => !missingCodes.has(u.code))
    .map((u) => ({
      unitCode: u.code,
      date: lateCodes.has(u.code)
        ? randomDate(rng, addDays(settings.planDue, 1), addDays(settings.planDue, 10))
        : randomDate(rng, addDays(settings.planDue, -13), settings.planDue),
      title: `${u.name}开展“能力作风建设提升年”活动实施方案`,
    }));
  return { plans, late, missing };
}
