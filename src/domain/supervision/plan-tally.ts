/**
 * 方案报送 as of a date (四、第二阶段: 各镇(区)、各部门制定实施方案，于3月5日前报市优化办):
 * of the units that owe a plan, how many sent it on time, late, or not yet.
 */
import { KEY_SECTION_CATEGORY } from "../campaign";
import type { IsoDate, PlanSubmission, Unit } from "../types";

export interface PlanTally {
  /** 方案报送截止日期. */
  deadline: IsoDate;
  /** Units that owe a plan: towns and departments (key sections are planned for by their department). */
  due: number;
  onTime: number;
  late: number;
  /** Owed and not sent by the date. */
  missing: number;
}

/** Counts plans of the units that owe one; a unit's earliest plan on or before `asOf` is the one that counts. */
export function planTally(plans: readonly PlanSubmission[], units: readonly Unit[], deadline: IsoDate, asOf: IsoDate): PlanTally {
  const first = new Map<string, IsoDate>();
  for (const plan of plans) {
    if (plan.date > asOf) continue;
    const seen = first.get(plan.unitCode);
    if (seen === undefined || plan.date < seen) first.set(plan.unitCode, plan.date);
  }
  const owing = [...new Map(units.filter((u) => u.category !== KEY_SECTION_CATEGORY).map((u) => [u.code, u])).values()];
  const tally: PlanTally = { deadline, due: owing.length, onTime: 0, late: 0, missing: 0 };
  for (const unit of owing) {
    const date = first.get(unit.code);
    if (date === undefined) tally.missing++;
    else if (date <= deadline) tally.onTime++;
    else tally.late++;
  }
  return tally;
}
