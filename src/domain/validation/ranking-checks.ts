/**
 * The checks the ranking already makes on its own sheets (单位名册, 评议主体, 评议评分, 加减分,
 * 违规记录), run here as they are: the same functions, so a problem has one rule id and one
 * message whether 校验 or 一键排名 finds it. 校验 runs them only when it cannot run the
 * ranking itself (ValidationInput.rankedByCaller), so each is judged once per run.
 */
import * as K from "../catalogue/ranking-rules";
import type { Finding } from "../findings";
import { groupScores } from "../ranking/aggregate";
import { scoreCoverageFindings } from "../ranking/coverage";
import { adjustmentsByUnit } from "../ranking/totals";
import { violationAccountability } from "../ranking/violation-accountability";
import type { Params } from "./check-kit";
import type { ValidationContext } from "./context";
import type { Rule } from "../findings";
import { VALIDATION_SHEETS as S } from "./sheet-names";

/** A ranking rule as listed in 规则说明. */
export interface ReusedRule {
  rule: Rule<Params>;
  description: string;
}

/** One of the ranking's checks, with the sheet it reports on and the sheets it looks things up in. */
export interface ReusedCheck {
  sheet: string;
  needs: readonly string[];
  rules: readonly ReusedRule[];
  run: (ctx: ValidationContext) => Finding[];
}

const UNKNOWN_UNIT: ReusedRule = { rule: K.RANK_UNKNOWN_UNIT, description: "单位编码须在单位名册中" };

export const RANKING_CHECKS: readonly ReusedCheck[] = [
  {
    sheet: S.units,
    needs: [],
    rules: [
      { rule: K.RANK_DUPLICATE_UNIT, description: "单位编码不重复" },
      { rule: K.RANK_UNKNOWN_CATEGORY, description: "单位类别为镇(区)、市级机关部门、市直单位、重点科室之一" },
    ],
    run: (ctx) => ctx.rosterFindings.filter((f) => f.sheet === S.units),
  },
  {
    sheet: S.groups,
    needs: [],
    rules: [
      { rule: K.RANK_DUPLICATE_GROUP, description: "评议主体不重复" },
      { rule: K.RANK_WEIGHT_NOT_POSITIVE, description: "评议主体的权重大于 0" },
    ],
    run: (ctx) => ctx.rosterFindings.filter((f) => f.sheet === S.groups),
  },
  {
    sheet: S.scores,
    needs: [S.units, S.groups],
    rules: [
      UNKNOWN_UNIT,
      { rule: K.RANK_UNKNOWN_GROUP, description: "评议主体须在评议主体表中" },
      { rule: K.RANK_DUPLICATE_SCORE, description: "同一评议人在同一评议主体内对同一单位只评分一次" },
    ],
    run: (ctx) => collect((f) => groupScores(ctx.data.scores, ctx.roster, ctx.settings.trimThreshold, ctx.locate, f)),
  },
  {
    // The ranking's 未参评 and missing-group warnings, from the rows alone, when a bad cell keeps it from running.
    sheet: S.units,
    needs: [S.scores, S.groups],
    rules: [
      { rule: K.RANK_UNSCORED, description: "没有任何评分的单位列为未参评" },
      { rule: K.RANK_GROUP_MISSING, description: "缺少的评议主体不计零分，按其余主体权重归一" },
    ],
    run: (ctx) => scoreCoverageFindings(ctx.roster, ctx.data.scores, ctx.rejected.scores ?? [], ctx.locate),
  },
  {
    sheet: S.adjustments,
    needs: [S.units],
    rules: [UNKNOWN_UNIT],
    run: (ctx) => collect((f) => adjustmentsByUnit(ctx.data.adjustments, ctx.roster, ctx.locate, f)),
  },
  {
    sheet: S.violations,
    needs: [S.units],
    rules: [UNKNOWN_UNIT],
    run: (ctx) => collect((f) => violationAccountability(ctx.data.violations, ctx.roster, ctx.locate, f)),
  },
];

function collect(run: (findings: Finding[]) => unknown): Finding[] {
  const findings: Finding[] = [];
  run(findings);
  return findings;
}
