/**
 * The dropdown lists of the standard workbook. Static lists live on the hidden sheet
 * 选项 (a list given as a comma string is capped at 255 characters by Excel, so every
 * dropdown points at a range); lists of units and groups point at their own sheets.
 */
import {
  PROBLEM_CATEGORIES,
  PROGRESS_STATUSES,
  PROJECTS,
  RECTIFICATION_STATUSES,
  supervisionBatches,
  UNIT_CATEGORIES,
  VIOLATION_KINDS,
  VIOLATION_SEVERITIES,
  YES_NO,
} from "../../domain/campaign";
import type { ListSource } from "../schema";

/** The hidden sheet that holds the static lists, one list per column. */
export const LIST_SHEET = "选项";

export const LISTS = {
  unitCategory: { kind: "values", name: "单位类别", values: () => UNIT_CATEGORIES },
  project: { kind: "values", name: "所属工程", values: () => PROJECTS },
  progressStatus: { kind: "values", name: "进度状态", values: () => PROGRESS_STATUSES },
  problemCategory: { kind: "values", name: "问题类别", values: () => PROBLEM_CATEGORIES },
  rectificationStatus: { kind: "values", name: "整改状态", values: () => RECTIFICATION_STATUSES },
  supervisionBatch: { kind: "values", name: "督查批次", values: (s) => supervisionBatches(s).map((b) => b.name) },
  yesNo: { kind: "values", name: "是否", values: () => YES_NO },
  violationKind: { kind: "values", name: "违规类型", values: () => VIOLATION_KINDS },
  violationSeverity: { kind: "values", name: "情节", values: () => VIOLATION_SEVERITIES },
  rankingMethod: { kind: "values", name: "排名方法", values: () => ["竞争排名", "中国式排名"] },
  unitCode: { kind: "column", sheet: "单位名册", header: "单位编码" },
  evaluatorGroup: { kind: "column", sheet: "评议主体", header: "评议主体" },
  taskSeq: { kind: "column", sheet: "重点工作", header: "序号" },
} satisfies Record<string, ListSource>;

type ValuesList = Extract<ListSource, { kind: "values" }>;

/** Every static list, in the column order of the list sheet. */
export const STATIC_LISTS: readonly ValuesList[] = (Object.values(LISTS) as ListSource[]).filter((l): l is ValuesList => l.kind === "values");
