/** The sheets of supervision and evaluation: 督查记录, 评议评分, 加减分, 违规记录. */
import type { Adjustment, Score, SupervisionFinding, Violation } from "../../domain/types";
import type { SheetSchema } from "../schema";
import { LISTS } from "./lists";

export const SUPERVISION_SHEET: SheetSchema<SupervisionFinding> = {
  name: "督查记录",
  kind: "input",
  filledBy: "市优化办督查组",
  purpose: "每季度常规督查和上、下半年集中督查发现的问题及通报情况（五、问责追究）",
  protect: true,
  columns: [
    { header: "督查批次", field: "batch", type: "list", list: LISTS.supervisionBatch, required: true, width: 18 },
    { header: "单位编码", field: "unitCode", type: "code", list: LISTS.unitCode, required: true, width: 12 },
    { header: "督查日期", field: "date", type: "date", required: true, width: 12 },
    { header: "发现问题", field: "finding", type: "text", required: true, width: 50 },
    { header: "是否通报", field: "circulated", type: "yesno", list: LISTS.yesNo, required: true, width: 10 },
  ],
};

export const SCORES_SHEET: SheetSchema<Score> = {
  name: "评议评分",
  kind: "input",
  filledBy: "市优化办（汇总各评议主体评分）",
  purpose: "公开评议中每位评议人对每个单位的评分（四、第四阶段）",
  protect: true,
  columns: [
    { header: "单位编码", field: "unitCode", type: "code", list: LISTS.unitCode, required: true, width: 12 },
    { header: "评议主体", field: "group", type: "list", list: LISTS.evaluatorGroup, required: true, width: 14 },
    { header: "评议人编号", field: "evaluatorId", type: "code", required: true, width: 12 },
    {
      header: "得分",
      field: "score",
      type: "score",
      required: true,
      min: 0,
      max: 100,
      width: 10,
      // No hint: the prompt names the grade words of 参数设置 that the validation's formula accepts (scoreValidation).
    },
  ],
};

export const ADJUSTMENTS_SHEET: SheetSchema<Adjustment> = {
  name: "加减分",
  kind: "input",
  filledBy: "市优化办",
  purpose: "考核中的加分和减分（正数加分，负数减分）",
  protect: true,
  columns: [
    { header: "单位编码", field: "unitCode", type: "code", list: LISTS.unitCode, required: true, width: 12 },
    { header: "分值", field: "points", type: "number", required: true, min: -100, max: 100, width: 8 },
    { header: "事由", field: "reason", type: "text", required: true, width: 50 },
  ],
};

export const VIOLATIONS_SHEET: SheetSchema<Violation> = {
  name: "违规记录",
  kind: "input",
  filledBy: "市优化办、市行政效能监察投诉中心",
  purpose: "违反机关效能规定和执法过错（违规问责）；监管不力导致影响恶劣违规行为的，追究单位党政主要负责人（监管问责）（五、问责追究）",
  protect: true,
  columns: [
    { header: "单位编码", field: "unitCode", type: "code", list: LISTS.unitCode, required: true, width: 12 },
    { header: "责任人", field: "person", type: "text", identifies: true, required: true, width: 10 },
    { header: "发生日期", field: "date", type: "date", required: true, width: 12 },
    { header: "违规类型", field: "kind", type: "list", list: LISTS.violationKind, required: true, width: 16 },
    { header: "情节", field: "severity", type: "list", list: LISTS.violationSeverity, required: true, width: 10 },
    {
      header: "监管不力",
      field: "weakSupervision",
      type: "yesno",
      list: LISTS.yesNo,
      width: 10,
      hint: "情节为“影响恶劣”时，由市优化办认定单位党政主要负责人是否监管不力：是、否；未认定的留空（监管问责标为需复核）",
      addedLater: "按未认定处理，情节影响恶劣的违规列入监管问责并标为需复核。",
    },
    { header: "事实描述", field: "facts", type: "text", required: true, width: 50 },
  ],
};
