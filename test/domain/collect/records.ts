/** Records of the collected sheets for the collect tests: a plan, a progress report, a self-inspection problem. */
import type { PlanSubmission, ProgressReport, SelfInspection } from "../../../src/domain/types";

export const plan = (unitCode: string, title: string, date = "2010-03-01"): PlanSubmission => ({ unitCode, title, date });

export const progress = (unitCode: string, taskSeq: number, date: string, percent: number): ProgressReport => ({
  unitCode,
  taskSeq,
  date,
  percent,
  status: "推进中",
  notes: "",
});

export const inspection = (unitCode: string, problemId: string, description = "问题"): SelfInspection => ({
  unitCode,
  problemId,
  description,
  category: "作风效能",
  cause: "原因",
  measures: "措施",
  dueDate: "2010-09-30",
  owner: "张三",
  status: "整改中",
  doneDate: null,
});
