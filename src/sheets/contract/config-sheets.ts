/** The sheets the campaign office sets up: 参数设置, 评议主体, 单位名册, 重点工作. */
import type { EvaluatorGroup, KeyTask, Unit } from "../../domain/types";
import type { SheetSchema } from "../schema";
import { LISTS } from "./lists";

/** One row of 参数设置: a setting's name, its value as typed, and what it means (read by ../settings-sheet). */
export interface SettingEntry {
  key: string;
  value: string;
  note: string;
}

export const SETTINGS_SHEET: SheetSchema<SettingEntry> = {
  name: "参数设置",
  kind: "config",
  filledBy: "市优化办",
  purpose: "活动年度、各阶段时间节点（四、活动步骤）、排名方法、去极值阈值、分数精度、重点科室问责名额（五、问责追究）等参数",
  protect: true,
  columns: [
    { header: "参数", field: "key", type: "text", required: true, width: 22, locked: true },
    { header: "值", field: "value", type: "text", required: true, width: 18, hint: "只修改本列；日期按 yyyy-mm-dd 填写" },
    { header: "说明", field: "note", type: "text", width: 60, locked: true },
  ],
};

export const GROUPS_SHEET: SheetSchema<EvaluatorGroup> = {
  name: "评议主体",
  kind: "config",
  filledBy: "市优化办",
  purpose: "参加公开评议的主体及其权重（五：党代表、人大代表、政协委员、软环境监督员、新闻媒体）",
  protect: false,
  columns: [
    { header: "评议主体", field: "name", type: "text", identifies: true, required: true, width: 18 },
    {
      header: "权重",
      field: "weight",
      type: "number",
      required: true,
      min: 0,
      minExclusive: true,
      max: 100,
      width: 10,
      hint: "大于0的数；权重按参评主体重新归一",
    },
  ],
};

export const UNITS_SHEET: SheetSchema<Unit> = {
  name: "单位名册",
  kind: "config",
  filledBy: "市优化办",
  purpose: "参加活动的各镇(区)、市级机关部门、市直单位和100家重点科室（二、实施范围）",
  protect: false,
  columns: [
    { header: "单位编码", field: "code", type: "code", required: true, width: 12 },
    { header: "单位名称", field: "name", type: "text", identifies: true, required: true, width: 28 },
    { header: "单位类别", field: "category", type: "list", list: LISTS.unitCategory, required: true, width: 14 },
    { header: "上级单位编码", field: "parentCode", type: "code", list: LISTS.unitCode, width: 14, hint: "重点科室填所属部门的单位编码" },
    { header: "主要负责人", field: "leader", type: "text", identifies: true, width: 12, hint: "党政主要负责人；重点科室填科室负责人" },
  ],
};

/**
 * 重点工作: the document divides the campaign into "28项重点工作" (四、第二阶段) and names each
 * only through the measures of section 三; it gives no 牵头/配合 units and no 完成时限. The
 * sheet starts with a default list whose leads and deadlines are the office's to set, and the
 * number of tasks is the sheet's: nothing limits 序号 to 28.
 */
export const TASKS_SHEET: SheetSchema<KeyTask> = {
  name: "重点工作",
  kind: "config",
  filledBy: "市优化办",
  purpose:
    "活动分解的重点工作（四、第二阶段：“将活动分解为28项重点工作”），按第三部分各项措施拟定默认清单；文件未规定牵头单位、配合单位和完成时限，这三列是默认值，由市优化办按正式分解方案修改，项数以本表为准",
  protect: false,
  columns: [
    { header: "序号", field: "seq", type: "integer", required: true, min: 1, width: 6, hint: "从1起连续编号；项数以本表为准，可增可减" },
    { header: "所属工程", field: "project", type: "list", list: LISTS.project, required: true, width: 22 },
    { header: "工作内容", field: "content", type: "text", required: true, width: 60 },
    {
      header: "牵头单位",
      field: "lead",
      type: "text",
      required: true,
      width: 18,
      hint: "默认值，文件未规定：请市优化办按正式分解方案填写一个单位的名称或编码",
    },
    {
      header: "配合单位",
      field: "cooperating",
      type: "multi",
      width: 30,
      hint: "默认值，文件未规定：请市优化办按正式分解方案填写；多个单位用、分隔",
    },
    {
      header: "完成时限",
      field: "deadline",
      type: "date",
      required: true,
      width: 12,
      hint: "默认值，文件未规定：请市优化办按正式分解方案填写，格式 yyyy-mm-dd",
    },
    { header: "出处", field: "source", type: "text", width: 50 },
  ],
};
