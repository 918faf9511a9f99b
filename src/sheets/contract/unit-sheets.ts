/** The sheets departments, towns and key sections fill: progress, plans, self-inspection. */
import type { PlanSubmission, ProgressReport, SelfInspection } from "../../domain/types";
import type { SheetSchema } from "../schema";
import { LISTS } from "./lists";

export const PROGRESS_SHEET: SheetSchema<ProgressReport> = {
  name: "工作进度",
  kind: "input",
  filledBy: "牵头单位、配合单位",
  purpose: "「重点工作」表所列各项重点工作的推进情况（四、第二阶段：牵头部门抓好组织实施，配合部门积极配合）",
  protect: true,
  columns: [
    // No upper limit: the 序号 must be one on 重点工作 (its dropdown and 校验 check that), however many tasks it lists.
    { header: "序号", field: "taskSeq", type: "integer", list: LISTS.taskSeq, required: true, min: 1, width: 6 },
    { header: "填报单位编码", field: "unitCode", type: "code", list: LISTS.unitCode, required: true, width: 14 },
    { header: "填报日期", field: "date", type: "date", required: true, width: 12 },
    {
      header: "进度(%)",
      field: "percent",
      type: "integer",
      required: true,
      min: 0,
      max: 100,
      width: 9,
      hint: "填写 0–100 的整数（如 70），不要用百分比格式（70% 会被存为 0.7）",
    },
    { header: "状态", field: "status", type: "list", list: LISTS.progressStatus, required: true, width: 10 },
    { header: "进展情况", field: "notes", type: "text", width: 50 },
  ],
};

export const PLANS_SHEET: SheetSchema<PlanSubmission> = {
  name: "方案报送",
  kind: "input",
  filledBy: "各镇(区)、各部门",
  purpose: "本单位开展活动的实施方案，3月5日前报市优化办（四、第二阶段）",
  protect: true,
  columns: [
    { header: "单位编码", field: "unitCode", type: "code", list: LISTS.unitCode, required: true, width: 12 },
    { header: "报送日期", field: "date", type: "date", required: true, width: 12 },
    { header: "方案名称", field: "title", type: "text", required: true, width: 50 },
  ],
};

export const INSPECTION_SHEET: SheetSchema<SelfInspection> = {
  name: "自查自纠",
  kind: "input",
  filledBy: "各镇(区)、各部门",
  purpose: "自查自纠阶段（7月至9月）查找的问题、原因剖析、整改措施、时限和责任人员（四、第三阶段）",
  protect: true,
  columns: [
    { header: "单位编码", field: "unitCode", type: "code", list: LISTS.unitCode, required: true, width: 12 },
    { header: "问题编号", field: "problemId", type: "code", required: true, width: 10 },
    { header: "问题描述", field: "description", type: "text", required: true, width: 40 },
    { header: "问题类别", field: "category", type: "list", list: LISTS.problemCategory, required: true, width: 12 },
    { header: "原因剖析", field: "cause", type: "text", required: true, width: 30 },
    { header: "整改措施", field: "measures", type: "text", required: true, width: 30 },
    { header: "整改时限", field: "dueDate", type: "date", required: true, width: 12 },
    { header: "责任人", field: "owner", type: "text", identifies: true, required: true, width: 10 },
    { header: "整改状态", field: "status", type: "list", list: LISTS.rectificationStatus, required: true, width: 10 },
    { header: "完成日期", field: "doneDate", type: "date", width: 12, hint: "已整改的必须填写" },
  ],
};
