/** 方案报送 (四、第二阶段: 实施方案于3月5日前报市优化办): one plan per unit, on time, from every unit that owes one. */
import { KEY_SECTION_CATEGORY, UNIT_CATEGORIES } from "../campaign";
import * as V from "../catalogue/validation-rules";
import { unknownUnitCheck, type Check, duplicateCheck } from "./check-kit";
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
  {
    rule: V.PLAN_MISSING,
    sheet: S.units,
    needs: [S.plans],
    description: "镇(区)、市级机关部门、市直单位尚未报送实施方案的逐一列出",
    *check(ctx) {
      // A plan on a row with another bad cell was still sent: the unit is not "missing" its plan.
      const planned = new Set(ctx.rows("plans", ["unitCode"]).map((p) => p.unitCode));
      const due = ctx.settings.planDue;
      for (const unit of ctx.roster.units) {
        if (!OWE_A_PLAN.has(unit.category) || planned.has(unit.code)) continue;
        yield { origin: unit.origin, field: "code", params: { code: unit.code, name: unit.name, category: unit.category, due } };
      }
    },
  },
];
