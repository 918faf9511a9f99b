/**
 * The ranking's own sheets (评议评分, 加减分, 违规记录) on rows the reader left out: the ranking
 * never sees such a row, so the unit code and 评议主体 it names are checked here, with the
 * ranking's own rules and messages. Without this, a score row with 得分 “九十” and an unknown
 * unit code showed only the first error, and the second only after the first was fixed.
 */
import { RANK_UNKNOWN_GROUP, RANK_UNKNOWN_UNIT } from "../catalogue/ranking-rules";
import type { Origin } from "../types";
import type { Check } from "./check-kit";
import type { ValidationContext } from "./context";
import { VALIDATION_SHEETS as S } from "./sheet-names";

/** A unit code read on a row the reader left out. */
interface CodedRow {
  unitCode?: string;
  origin?: Origin;
}

/** Unknown unit codes on the rows of `sheet` that the reader left out (a code on an unreadable 单位名册 row is known). */
function unknownUnitOnRejected(sheet: string, rows: (ctx: ValidationContext) => readonly CodedRow[] | undefined): Check {
  return {
    rule: RANK_UNKNOWN_UNIT,
    sheet,
    needs: [S.units],
    description: "单位编码须在单位名册中（本行其他单元格有误时同样核对）",
    *check(ctx) {
      const { unitIndex, unreadableUnits } = ctx.roster;
      for (const row of rows(ctx) ?? []) {
        // An unreadable code cell is the reader's finding, not also this one.
        if (row.unitCode === undefined || unitIndex.has(row.unitCode) || unreadableUnits.has(row.unitCode)) continue;
        yield { origin: row.origin, field: "unitCode", params: { code: row.unitCode } };
      }
    },
  };
}

export const REJECTED_ROW_CHECKS: readonly Check[] = [
  unknownUnitOnRejected(S.scores, (ctx) => ctx.rejected.scores),
  {
    rule: RANK_UNKNOWN_GROUP,
    sheet: S.scores,
    needs: [S.groups],
    description: "评议主体须在评议主体表中（本行其他单元格有误时同样核对）",
    *check(ctx) {
      const { groupIndex, invalidGroups, groups } = ctx.roster;
      for (const row of ctx.rejected.scores ?? []) {
        if (row.group === undefined || groupIndex.has(row.group) || invalidGroups.has(row.group)) continue;
        yield { origin: row.origin, field: "group", params: { group: row.group, allowed: groups.map((g) => g.name).join("、") } };
      }
    },
  },
  unknownUnitOnRejected(S.adjustments, (ctx) => ctx.rejected.adjustments),
  unknownUnitOnRejected(S.violations, (ctx) => ctx.rejected.violations),
];
