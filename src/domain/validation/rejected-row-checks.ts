/**
 * The ranking's own sheets (评议评分, 加减分, 违规记录) on rows the reader left out: the ranking
 * never sees such a row, so the unit code and 评议主体 it names are checked here, with the
 * ranking's own rules and messages. Without this, a score row with 得分 “九十” and an unknown
 * unit code showed only the first error, and the second only after the first was fixed.
 */
import { RANK_DUPLICATE_GROUP, RANK_DUPLICATE_SCORE, RANK_DUPLICATE_UNIT, RANK_UNKNOWN_GROUP, RANK_UNKNOWN_UNIT } from "../catalogue/ranking-rules";
import type { CampaignData, Origin } from "../types";
import { firstRow, repeats, type Check, type Offence, type Params } from "./check-kit";
import type { ValidationContext } from "./context";
import type { RecordOf, WithFields } from "./partial";
import { VALIDATION_SHEETS as S } from "./sheet-names";
import { suggestionFor } from "./suggest";

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
        yield { origin: row.origin, field: "unitCode", params: { code: row.unitCode, suggestion: suggestionFor(row.unitCode, unitIndex) } };
      }
    },
  };
}

/**
 * Repeated keys where a row the reader left out is one of the two: the ranking judges the
 * pairs of whole rows itself, so each pair is reported once, at the lower row, naming the upper.
 */
function* rejectedRepeats<K extends keyof CampaignData, F extends keyof RecordOf<K>>(
  ctx: ValidationContext,
  kind: K,
  fields: readonly F[],
  keyOf: (row: WithFields<RecordOf<K>, F>) => string,
  at: F & string,
  params: (row: WithFields<RecordOf<K>, F>) => Params
): Generator<Offence> {
  const rejected: ReadonlySet<unknown> = new Set(ctx.rejected[kind] ?? []);
  // The common case, and the large one (a million score rows): nothing left out, nothing to pair.
  if (rejected.size === 0) return;
  for (const [row, first] of repeats(ctx.rows(kind, fields), keyOf)) {
    if (rejected.has(row) || rejected.has(first)) yield { origin: row.origin, field: at, params: { ...params(row), first: firstRow(first) } };
  }
}

export const REJECTED_ROW_CHECKS: readonly Check[] = [
  {
    rule: RANK_DUPLICATE_UNIT,
    sheet: S.units,
    description: "单位编码不重复（本行其他单元格有误时同样核对）",
    check: (ctx) =>
      rejectedRepeats(
        ctx,
        "units",
        ["code"],
        (u) => u.code,
        "code",
        (u) => ({ code: u.code })
      ),
  },
  {
    rule: RANK_DUPLICATE_GROUP,
    sheet: S.groups,
    description: "评议主体不重复（本行其他单元格有误时同样核对）",
    check: (ctx) =>
      rejectedRepeats(
        ctx,
        "groups",
        ["name"],
        (g) => g.name,
        "name",
        (g) => ({ group: g.name })
      ),
  },
  {
    rule: RANK_DUPLICATE_SCORE,
    sheet: S.scores,
    description: "同一评议人在同一评议主体内对同一单位只评分一次（本行其他单元格有误时同样核对）",
    check: (ctx) =>
      rejectedRepeats(
        ctx,
        "scores",
        ["unitCode", "group", "evaluatorId"],
        (r) => `${r.unitCode}\u0000${r.group}\u0000${r.evaluatorId}`,
        "evaluatorId",
        (r) => ({ evaluator: r.evaluatorId, group: r.group, code: r.unitCode })
      ),
  },
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
        yield {
          origin: row.origin,
          field: "group",
          params: { group: row.group, allowed: groups.map((g) => g.name).join("、"), suggestion: suggestionFor(row.group, groupIndex) },
        };
      }
    },
  },
  unknownUnitOnRejected(S.adjustments, (ctx) => ctx.rejected.adjustments),
  unknownUnitOnRejected(S.violations, (ctx) => ctx.rejected.violations),
];
