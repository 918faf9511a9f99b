/**
 * 自查自纠 (四、第三阶段): every problem with its measures, deadline and responsible person
 * (the reader requires those cells), deadlines within the stage, completion dated and real.
 * Each rule also judges the rows the reader left out, when the fields it needs were read.
 */
import { RECTIFICATION_DONE } from "../campaign";
import * as V from "../catalogue/validation-rules";
import { unknownUnitCheck, type Check, duplicateCheck } from "./check-kit";
import { VALIDATION_SHEETS as S } from "./sheet-names";

export const INSPECTION_CHECKS: readonly Check[] = [
  unknownUnitCheck(S.inspections, (ctx) => ctx.rows("inspections", ["unitCode"]), "单位编码须在单位名册中"),
  duplicateCheck(
    V.INSPECTION_DUPLICATE_ID,
    S.inspections,
    "同一单位的问题编号不重复",
    (ctx) => ctx.rows("inspections", ["unitCode", "problemId"]),
    (i) => `${i.unitCode}\u0000${i.problemId}`,
    "problemId",
    (i) => ({ code: i.unitCode, id: i.problemId })
  ),
  {
    rule: V.INSPECTION_DUE_BEFORE_START,
    sheet: S.inspections,
    description: "整改时限不早于自查自纠开始日期",
    *check(ctx) {
      const start = ctx.settings.selfInspectionStart;
      for (const item of ctx.rows("inspections", ["dueDate"])) {
        if (item.dueDate < start) yield { origin: item.origin, field: "dueDate", params: { date: item.dueDate, start } };
      }
    },
  },
  {
    rule: V.INSPECTION_DONE_DATE_MISSING,
    sheet: S.inspections,
    description: "已整改的须填写完成日期",
    *check(ctx) {
      for (const item of ctx.rows("inspections", ["status", "doneDate"])) {
        if (item.status === RECTIFICATION_DONE && item.doneDate === null) yield { origin: item.origin, field: "doneDate", params: {} };
      }
    },
  },
  {
    rule: V.INSPECTION_DONE_DATE_FUTURE,
    sheet: S.inspections,
    description: "完成日期不晚于校验当天",
    *check(ctx) {
      for (const item of ctx.rows("inspections", ["doneDate"])) {
        if (item.doneDate !== null && item.doneDate > ctx.today) {
          yield { origin: item.origin, field: "doneDate", params: { date: item.doneDate, today: ctx.today } };
        }
      }
    },
  },
  {
    rule: V.INSPECTION_DONE_DATE_NOT_DONE,
    sheet: S.inspections,
    description: "填写了完成日期的，整改状态应为“已整改”",
    *check(ctx) {
      for (const item of ctx.rows("inspections", ["doneDate", "status"])) {
        if (item.doneDate !== null && item.status !== RECTIFICATION_DONE) {
          yield { origin: item.origin, field: "doneDate", params: { date: item.doneDate, status: item.status } };
        }
      }
    },
  },
];
