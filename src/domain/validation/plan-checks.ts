/** 方案报送 (四、第二阶段: 实施方案于3月5日前报市优化办): one plan per unit, on time, from every unit that owes one. */
import { KEY_SECTION_CATEGORY, UNIT_CATEGORIES } from "../campaign";
import * as V from "../catalogue/validation-rules";
import { unknownUnitCheck, type Check, duplicateCheck } from "./check-kit";
import type { ValidationContext } from "./context";
import { VALIDATION_SHEETS as S } from "./sheet-names";

/** 各镇(区)、各部门 make a plan (四、第二阶段); key sections are sections of a department, which plans for them. */
const OWE_A_PLAN: ReadonlySet<string> = new Set(UNIT_CATEGORIES.filter((c) => c !== KEY_SECTION_CATEGORY));

export const PLAN_CHECKS: readonly Check[] = [
  unknownUnitCheck(S.plans, (ctx) => ctx.rows("plans", ["unitCode"]), "单位编码须在单位名册中"),
  duplicateCheck(
    V.PLAN_DUPLICATE,
    S.plans,
    "每个单位报送一份实施方案",
    (ctx) => ctx.rows("plans", ["unitCode"]),
    (p) => p.unitCode,
    "unitCode",
    (p) => ({ code: p.unitCode })
  ),
  {
    rule: V.PLAN_LATE,
    sheet: S.plans,
    description: "报送日期晚于方案报送截止日期的为逾期报送",
    *check(ctx) {
      const due = ctx.settings.planDue;
      for (const plan of ctx.rows("plans", ["date"])) {
        if (plan.date > due) yield { origin: plan.origin, field: "date", params: { date: plan.date, due } };
      }
    },
  },
  missingPlanCheck(
    V.PLAN_MISSING,
    "截止日期已过仍未报送实施方案的镇(区)、市级机关部门、市直单位逐一列出（与逾期报送同为警告）",
    (ctx) => ctx.today > ctx.settings.planDue
  ),
  missingPlanCheck(V.PLAN_NOT_YET_DUE, "截止日期前尚未报送实施方案的单位逐一提示", (ctx) => ctx.today <= ctx.settings.planDue),
];

/**
 * The units that owe a plan and have none on 方案报送, listed at their 单位编码 in 单位名册 under
 * `rule` when `applies` (past the due date: a warning, as a late plan is; before it: a note).
 */
function missingPlanCheck(rule: Check["rule"], description: string, applies: (ctx: ValidationContext) => boolean): Check {
  return {
    rule,
    sheet: S.units,
    needs: [S.plans],
    description,
    *check(ctx) {
      if (!applies(ctx)) return;
      // A plan on a row with another bad cell was still sent: the unit is not "missing" its plan.
      const planned = new Set(ctx.rows("plans", ["unitCode"]).map((p) => p.unitCode));
      const due = ctx.settings.planDue;
      for (const unit of ctx.roster.units) {
        if (!OWE_A_PLAN.has(unit.category) || planned.has(unit.code)) continue;
        yield { origin: unit.origin, field: "code", params: { code: unit.code, name: unit.name, category: unit.category, due } };
      }
    },
  };
}
