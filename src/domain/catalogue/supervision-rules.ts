/**
 * Rules of year-round supervision (五、问责追究: 每季度常规督查，上、下半年各一次集中督查，
 * 督查情况在全市范围内通报; 四、第三阶段: 整改措施要明确时限和要求，确保落实到位).
 * An error here blocks the 督查通报 (a notice circulated city-wide must not guess);
 * a warning is a fact the office follows up.
 */
import { defineRule } from "../findings";

type P = Record<string, string | number>;

const DIVISION_CLAUSE = "四、第二阶段：“各项重点工作的牵头部门要按照责任分解要求，切实抓好重点工作的组织实施”";
const RECTIFICATION_CLAUSE = "四、第三阶段：“措施要明确时限和要求，确定责任人员，确保整改措施落实到位”";

export const SUPERVISION_LEAD_UNMATCHED = defineRule<P>({
  id: "supervision.leadUnmatched",
  severity: "error",
  basis: DIVISION_CLAUSE,
  message: (p) =>
    `第 ${p.seq} 项重点工作的牵头单位“${p.lead}”在「单位名册」中找不到（按单位编码和单位名称都没有对上），无法判断哪个单位的进度报告计入序时进度，督查通报未生成。请填写名册中一个单位的单位编码或单位名称。`,
});

export const INSPECTION_OVERDUE = defineRule<P>({
  id: "supervision.rectificationOverdue",
  severity: "warning",
  basis: RECTIFICATION_CLAUSE,
  message: (p) =>
    `单位“${p.code}”（${p.name}）的问题 ${p.id} 整改时限为 ${p.due}，截至 ${p.asOf} 已超期 ${p.days} 天，整改状态仍为“${p.status}”（责任人：${p.owner}）。请督促责任人员按整改措施落实到位；整改完成后把整改状态改为“已整改”并填写完成日期。`,
});

const NOTICE_CLAUSE =
  "五、问责追究：“市优化办每季度对活动的开展情况进行常规督查；在上半年和下半年，组织督查组各进行一次集中督查，督查情况在全市范围内通报”";

export const NOTICE_BEFORE_CAMPAIGN = defineRule<P>({
  id: "supervision.noticeBeforeCampaign",
  severity: "warning",
  basis: NOTICE_CLAUSE,
  message: (p) =>
    `数据截至日期 ${p.asOf} 早于「参数设置」中的活动开始日期 ${p.start}，通报里的进度和整改情况都还是活动开始前的。请核对数据截至日期，或在「参数设置」中改正活动开始日期后重新生成。`,
});

export const NOTICE_BATCH_MISMATCH = defineRule<P>({
  id: "supervision.noticeBatchMismatch",
  severity: "warning",
  basis: NOTICE_CLAUSE,
  message: (p) =>
    `督查批次“${p.batch}”的时间是 ${p.from} 至 ${p.to}，数据截至日期 ${p.asOf} ${p.where}，通报的标题和其中的数字说的不是同一段时间。请选择与数据截至日期相符的督查批次，或改正数据截至日期后重新生成。`,
});
