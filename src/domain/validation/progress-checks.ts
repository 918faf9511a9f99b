/** 工作进度: the task and unit reported on, the status against the percentage, and the date of the report. */
import { PROGRESS_DONE, type PROGRESS_STATUSES } from "../campaign";
import * as V from "../catalogue/validation-rules";
import { unknownUnitCheck, type Check } from "./check-kit";
import { VALIDATION_SHEETS as S } from "./sheet-names";

/** The status of a task not begun: with a percentage above 0 it contradicts itself. */
const NOT_STARTED: (typeof PROGRESS_STATUSES)[number] = "未启动";

export const PROGRESS_CHECKS: readonly Check[] = [
  unknownUnitCheck(S.progress, (ctx) => ctx.rows("progress", ["unitCode"]), "填报单位编码须在单位名册中"),
  {
    rule: V.PROGRESS_UNKNOWN_TASK,
    sheet: S.progress,
    needs: [S.tasks],
    description: "序号须为重点工作中已有的序号",
    *check(ctx) {
      for (const report of ctx.rows("progress", ["taskSeq"])) {
        if (!ctx.knownSeqs.has(report.taskSeq)) yield { origin: report.origin, field: "taskSeq", params: { seq: report.taskSeq } };
      }
    },
  },
  {
    rule: V.PROGRESS_NOT_RESPONSIBLE,
    sheet: S.progress,
    needs: [S.tasks, S.units],
    description: "填报单位是该项工作的牵头单位或配合单位",
    *check(ctx) {
      for (const report of ctx.rows("progress", ["taskSeq", "unitCode"])) {
        const task = ctx.tasksBySeq.get(report.taskSeq);
        const unit = ctx.roster.unitIndex.get(report.unitCode);
        // An unknown task, unit or lead is an error of its own; whose task it is cannot be judged then.
        if (!task || unit === undefined) continue;
        const responsible = ctx.responsibleFor(task);
        if (!responsible || responsible.has(report.unitCode)) continue;
        const params = {
          code: report.unitCode,
          name: ctx.roster.units[unit].name,
          seq: task.seq,
          lead: task.lead,
          cooperating: task.cooperating.length > 0 ? task.cooperating.join("、") : "无",
        };
        yield { origin: report.origin, field: "unitCode", params };
      }
    },
  },
  {
    rule: V.PROGRESS_STATUS_MISMATCH,
    sheet: S.progress,
    description: "进度 100% 与状态“已完成”互为条件",
    *check(ctx) {
      for (const report of ctx.rows("progress", ["percent", "status"])) {
        if ((report.percent === 100) !== (report.status === PROGRESS_DONE)) {
          yield { origin: report.origin, field: "status", params: { percent: report.percent, status: report.status } };
        }
      }
    },
  },
  {
    rule: V.PROGRESS_NOT_STARTED,
    sheet: S.progress,
    description: "状态“未启动”的进度应为 0",
    *check(ctx) {
      for (const report of ctx.rows("progress", ["status", "percent"])) {
        if (report.status === NOT_STARTED && report.percent > 0)
          yield { origin: report.origin, field: "status", params: { percent: report.percent } };
      }
    },
  },
  {
    rule: V.PROGRESS_FUTURE_DATE,
    sheet: S.progress,
    description: "填报日期不晚于校验当天",
    *check(ctx) {
      for (const report of ctx.rows("progress", ["date"])) {
        if (report.date > ctx.today) yield { origin: report.origin, field: "date", params: { date: report.date, today: ctx.today } };
      }
    },
  },
];
