/**
 * 单位名册 and 评议主体 as wholes: a unit that is its own 上级单位, a chain of 上级单位 that
 * comes back to where it started, and weights of the evaluator groups that do not add up to 1.
 */
import * as V from "../catalogue/validation-rules";
import type { Unit } from "../types";
import type { Check } from "./check-kit";
import { VALIDATION_SHEETS as S } from "./sheet-names";

/** How far from 1 a sum of weights may be and still read as 1 (0.1 + 0.2 + 0.3 + 0.4 is not exactly 1 in binary). */
const WEIGHT_TOLERANCE = 1e-6;

/**
 * Each cycle of 上级单位 of length two or more, as its units in the order the chain runs,
 * starting from the one highest on the sheet. Each unit is walked once.
 */
export function parentCycles(units: readonly Unit[]): Unit[][] {
  const byCode = new Map(units.map((u) => [u.code, u] as const));
  const state = new Map<string, "walking" | "done">();
  const cycles: Unit[][] = [];
  for (const start of units) {
    const path: Unit[] = [];
    let unit: Unit | undefined = start;
    while (unit && !state.has(unit.code)) {
      state.set(unit.code, "walking");
      path.push(unit);
      unit = unit.parentCode === "" || unit.parentCode === unit.code ? undefined : byCode.get(unit.parentCode);
    }
    if (unit && state.get(unit.code) === "walking") {
      const cycle = path.slice(path.indexOf(unit));
      // Start the chain at the unit highest on the sheet, where the finding goes.
      const first = cycle.reduce((best, u, i) => (units.indexOf(u) < units.indexOf(cycle[best]) ? i : best), 0);
      cycles.push([...cycle.slice(first), ...cycle.slice(0, first)]);
    }
    for (const u of path) state.set(u.code, "done");
  }
  return cycles;
}

export const ROSTER_CHECKS: readonly Check[] = [
  {
    rule: V.UNIT_OWN_PARENT,
    sheet: S.units,
    description: "单位的上级单位编码不能是它自己的编码",
    *check(ctx) {
      for (const unit of ctx.rows("units", ["code", "parentCode"])) {
        if (unit.parentCode !== "" && unit.parentCode === unit.code) yield { origin: unit.origin, field: "parentCode", params: { code: unit.code } };
      }
    },
  },
  {
    rule: V.UNIT_PARENT_CYCLE,
    sheet: S.units,
    description: "上级单位不能绕回自身（甲的上级是乙，乙的上级又是甲）",
    *check(ctx) {
      for (const cycle of parentCycles(ctx.roster.units)) {
        const chain = [...cycle, cycle[0]].map((u) => u.code).join(" → ");
        yield { origin: cycle[0].origin, field: "parentCode", params: { code: cycle[0].code, chain } };
      }
    },
  },
  {
    rule: V.GROUP_WEIGHTS_SUM,
    sheet: S.groups,
    description: "各评议主体的权重合计为 1（不为 1 时按比例折算，并提示）",
    *check(ctx) {
      const { groups, invalidGroups } = ctx.roster;
      // A group with a bad weight is already an error: its weight is not in the sum.
      if (groups.length === 0 || invalidGroups.size > 0) return;
      const sum = groups.reduce((total, g) => total + g.weight, 0);
      if (Math.abs(sum - 1) <= WEIGHT_TOLERANCE) return;
      const share = (w: number) => `${Number(((w / sum) * 100).toFixed(2))}%`;
      yield {
        origin: groups[0].origin,
        field: "weight",
        params: { sum: Number(sum.toFixed(6)), shares: groups.map((g) => `${g.name} ${share(g.weight)}`).join("、") },
      };
    },
  },
];
