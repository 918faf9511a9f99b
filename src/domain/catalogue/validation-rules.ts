/**
 * Rules of 校验 that span records: references between sheets, duplicate keys, and the
 * business rules of 四、活动步骤 and 五、问责追究. The cell-by-cell rules (required, types,
 * lists, dates in the campaign year) are in ./reading-rules; the unit-code, duplicate and
 * weight rules of the evaluation sheets are the ranking's (./ranking-rules), reused as is.
 */
import { defineRule } from "../findings";
import { didYouMean } from "../validation/suggest";

type P = Record<string, string | number>;

const PLAN_CLAUSE = "四、第二阶段：“制定本单位开展活动的实施方案，于3月5日前报市优化办”";
const TASK_CLAUSE = "四、第二阶段：“将活动分解为28项重点工作”";
const DIVISION_CLAUSE = "四、第二阶段：“牵头部门要按照责任分解要求，切实抓好重点工作的组织实施；配合部门要积极发挥职能作用”";
const INSPECTION_CLAUSE = "四、第三阶段：“制定切实可行的整改措施，措施要明确时限和要求，确定责任人员，确保整改措施落实到位”";

export const UNIT_UNKNOWN_PARENT = defineRule<P>({
  id: "units.unknownParent",
  severity: "error",
  basis: "四、第四阶段：“100家重点科室”（重点科室的上级单位编码是其所属部门）",
  message: (p) =>
    `上级单位编码“${p.code}”不在「单位名册」的单位编码中。${didYouMean(p.suggestion)}请填写名册中已有单位的编码（重点科室填所属部门的编码）；没有上级单位的留空。`,
});

export const UNIT_OWN_PARENT = defineRule<P>({
  id: "units.ownParent",
  severity: "error",
  basis: "四、第四阶段：“100家重点科室”（重点科室的上级单位编码是其所属部门）",
  message: (p) => `单位“${p.code}”的上级单位编码填的是它自己。请填写它所属部门的编码（重点科室填所属部门的编码）；没有上级单位的留空。`,
});

export const UNIT_PARENT_CYCLE = defineRule<P>({
  id: "units.parentCycle",
  severity: "error",
  basis: "四、第四阶段：“100家重点科室”（重点科室的上级单位编码是其所属部门）",
  message: (p) =>
    `上级单位编码绕成了一个圈：${p.chain}，找不到最上一级的单位。请核对这几个单位的上级单位编码（重点科室填所属部门的编码，部门和镇(区)一般留空）。`,
});

export const GROUP_WEIGHTS_SUM = defineRule<P>({
  id: "groups.weightsSum",
  severity: "warning",
  basis: "四、第四阶段：“公开评议”；五、问责追究：党代表、人大代表、政协委员、软环境监督员、新闻媒体的监督",
  message: (p) =>
    `各评议主体的权重合计为 ${p.sum}，不是 1。计算评议得分时按各自所占比例折算（${p.shares}），排名不受影响；如果这不是本意（例如把 0.2 填成了 20），请改正各主体的权重，使合计为 1。`,
});

export const UNIT_DUPLICATE_NAME = defineRule<P>({
  id: "units.duplicateName",
  severity: "warning",
  basis: DIVISION_CLAUSE,
  message: (p) => `单位名称“${p.name}”与${p.first}重复。「重点工作」按名称指明牵头单位和配合单位，名称重复时无法区分：请让每个单位的名称各不相同。`,
});

export const UNITS_ROSTER_EMPTY = defineRule<P>({
  id: "units.rosterEmpty",
  severity: "info",
  basis: "二、实施范围：“各镇(区)，市各部委办局，市直各单位”",
  message: () =>
    `「单位名册」还没有填写任何单位，「重点工作」的牵头单位和配合单位暂不核对。请先填写参加活动的各镇(区)、市级机关部门、市直单位和重点科室。`,
});

export const TASK_DUPLICATE_SEQ = defineRule<P>({
  id: "tasks.duplicateSeq",
  severity: "error",
  basis: TASK_CLAUSE,
  message: (p) => `序号 ${p.seq} 与${p.first}重复。重点工作的序号应从 1 起连续编号，各不相同：请更正其中一项的序号。`,
});

export const TASK_MISSING_SEQ = defineRule<P>({
  id: "tasks.missingSeq",
  severity: "warning",
  basis: TASK_CLAUSE,
  message: (p) =>
    `「重点工作」缺少序号为 ${p.seqs} 的工作（共 ${p.count} 项）。序号应从 1 起连续编号：请补上这些工作，或把后面的序号依次前移（「工作进度」中的序号要一并更正）。`,
});

export const TASK_UNKNOWN_LEAD = defineRule<P>({
  id: "tasks.unknownLead",
  severity: "error",
  basis: DIVISION_CLAUSE,
  message: (p) => `牵头单位“${p.lead}”不在「单位名册」中。请填写名册中一个单位的名称或单位编码（牵头单位只填一个）。`,
});

export const TASK_UNKNOWN_COOPERATING = defineRule<P>({
  id: "tasks.unknownCooperating",
  severity: "warning",
  basis: DIVISION_CLAUSE,
  message: (p) =>
    `配合单位中的“${p.names}”不在「单位名册」中。请填写名册中单位的名称或单位编码（多个单位用、分隔），或“各”加单位类别，如“各镇(区)”。`,
});

export const PROGRESS_UNKNOWN_TASK = defineRule<P>({
  id: "progress.unknownTask",
  severity: "error",
  basis: TASK_CLAUSE,
  message: (p) => `序号 ${p.seq} 不在「重点工作」中。请填写「重点工作」中已有的序号。`,
});

export const PROGRESS_NOT_RESPONSIBLE = defineRule<P>({
  id: "progress.notResponsible",
  severity: "warning",
  basis: DIVISION_CLAUSE,
  message: (p) =>
    `单位“${p.code}”（${p.name}）不是第 ${p.seq} 项重点工作的牵头单位或配合单位（牵头：${p.lead}；配合：${p.cooperating}）。请核对序号和填报单位编码。`,
});

export const PROGRESS_STATUS_MISMATCH = defineRule<P>({
  id: "progress.statusMismatch",
  severity: "error",
  basis: "填表说明 工作进度：状态与进度(%)一致，进度 100% 即“已完成”",
  message: (p) =>
    p.percent === 100
      ? `进度为 100%，状态却是“${p.status}”。进度达到 100% 的状态应为“已完成”；尚未完成的请改正进度。`
      : `状态为“已完成”，进度却是 ${p.percent}%。已完成的工作进度应为 100%；尚未完成的请选择“推进中”或“滞后”。`,
});

export const PROGRESS_NOT_STARTED = defineRule<P>({
  id: "progress.notStartedWithProgress",
  severity: "warning",
  basis: "填表说明 工作进度：状态与进度(%)一致",
  message: (p) => `状态为“未启动”，进度却是 ${p.percent}%。已有进度的请选择“推进中”或“滞后”；尚未启动的进度应为 0。`,
});

export const PROGRESS_FUTURE_DATE = defineRule<P>({
  id: "progress.futureDate",
  severity: "error",
  basis: "填表说明 工作进度：填报日期不能晚于校验当天",
  message: (p) => `填报日期 ${p.date} 晚于今天（${p.today}）。请填写实际填报的日期。`,
});

export const PLAN_DUPLICATE = defineRule<P>({
  id: "plans.duplicate",
  severity: "error",
  basis: PLAN_CLAUSE,
  message: (p) => `单位“${p.code}”已在${p.first}报送实施方案，本行重复。每个单位报送一份实施方案：请删除重复行，或更正单位编码。`,
});

export const PLAN_LATE = defineRule<P>({
  id: "plans.late",
  severity: "warning",
  basis: PLAN_CLAUSE,
  message: (p) => `逾期报送：报送日期 ${p.date} 晚于截止日期 ${p.due}（参数设置“方案报送截止日期”）。`,
});

// A unit that never sent its plan is at least as far behind as one that sent it late (plans.late, a warning).
export const PLAN_MISSING = defineRule<P>({
  id: "plans.missing",
  severity: "warning",
  basis: PLAN_CLAUSE,
  message: (p) =>
    `单位“${p.code}”（${p.name}，${p.category}）逾期未报送实施方案：截止日期 ${p.due} 已过，「方案报送」中没有该单位的记录。请督促该单位报送，收到后在「方案报送」中登记。`,
});

export const PLAN_NOT_YET_DUE = defineRule<P>({
  id: "plans.notYetDue",
  severity: "info",
  basis: PLAN_CLAUSE,
  message: (p) => `单位“${p.code}”（${p.name}，${p.category}）尚未报送实施方案，截止日期 ${p.due} 未到。收到后请在「方案报送」中登记。`,
});

export const INSPECTION_DUE_BEFORE_START = defineRule<P>({
  id: "inspection.dueBeforeStart",
  severity: "error",
  basis: `${INSPECTION_CLAUSE}；自查自纠（7月至9月）`,
  message: (p) => `整改时限 ${p.date} 早于自查自纠开始日期 ${p.start}。整改时限应不早于自查自纠开始日期（${p.start}）。`,
});

export const INSPECTION_DONE_DATE_MISSING = defineRule<P>({
  id: "inspection.doneDateMissing",
  severity: "error",
  basis: INSPECTION_CLAUSE,
  message: () => `整改状态为“已整改”，但没有填写完成日期。请填写整改完成的日期；尚未完成的请改正整改状态。`,
});

export const INSPECTION_DONE_DATE_FUTURE = defineRule<P>({
  id: "inspection.doneDateFuture",
  severity: "error",
  basis: INSPECTION_CLAUSE,
  message: (p) => `完成日期 ${p.date} 晚于今天（${p.today}）。完成日期应为整改实际完成的日期，不能晚于今天。`,
});

export const INSPECTION_DONE_DATE_NOT_DONE = defineRule<P>({
  id: "inspection.doneDateNotDone",
  severity: "warning",
  basis: INSPECTION_CLAUSE,
  message: (p) => `填写了完成日期 ${p.date}，整改状态却是“${p.status}”。已完成整改的请把整改状态改为“已整改”，否则请清空完成日期。`,
});

export const INSPECTION_DUPLICATE_ID = defineRule<P>({
  id: "inspection.duplicateId",
  severity: "error",
  basis: "四、第三阶段：“查找出本单位及工作人员自身存在的问题与不足”（每个问题一条记录）",
  message: (p) => `单位“${p.code}”的问题编号“${p.id}”与${p.first}重复。同一单位的问题编号不能重复。`,
});

export const SUPERVISION_DATE_OUTSIDE_BATCH = defineRule<P>({
  id: "supervision.dateOutsideBatch",
  severity: "error",
  basis: "五、问责追究：“市优化办每季度对活动的开展情况进行常规督查；在上半年和下半年，组织督查组各进行一次集中督查”",
  message: (p) => `督查日期 ${p.date} 不在“${p.batch}”的时间范围内（${p.from} 至 ${p.to}）。请核对督查批次或督查日期。`,
});

/** The type of every rule in this catalogue. */
export type ValidationRule = typeof PLAN_LATE;
export * from "./ballot-rules";
