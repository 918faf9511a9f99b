/**
 * Rules of the year-end ranking and accountability (四、第四阶段 评议考核; 五、问责追究).
 * Errors block the ranking; warnings explain how the ranking treated the data. A rule's
 * `basis` is shown to users: it cites the document's clause, never an internal file or id.
 */
import { KEY_SECTION_CATEGORY } from "../campaign";
import { defineRule } from "../findings";
import { didYouMean } from "../validation/suggest";

type P = Record<string, string | number>;

export const RANK_UNKNOWN_UNIT = defineRule<P>({
  id: "ranking.unknownUnit",
  severity: "error",
  basis: "单位名册：各表的单位编码须在名册中",
  message: (p) =>
    p.code === ""
      ? `「单位编码」为空。请填写「单位名册」中已有的单位编码。`
      : `单位编码“${p.code}”不在「单位名册」中。${didYouMean(p.suggestion)}请填写名册中已有的单位编码，或先在「单位名册」中添加该单位。`,
});

export const RANK_UNKNOWN_GROUP = defineRule<P>({
  id: "ranking.unknownGroup",
  severity: "error",
  basis: "评议主体：四、第四阶段 公开评议",
  message: (p) => `评议主体“${p.group}”不在「评议主体」表中（或其权重无效）。${didYouMean(p.suggestion)}应为下列之一：${p.allowed}。`,
});

export const RANK_DUPLICATE_SCORE = defineRule<P>({
  id: "ranking.duplicateScore",
  severity: "error",
  basis: "四、第四阶段 公开评议：每位评议人对每个单位评分一次",
  message: (p) =>
    `评议人“${p.evaluator}”已在${p.first}以「${p.group}」身份为单位“${p.code}”评过分，本行重复。同一评议人在同一评议主体内对同一单位只能评分一次：请删除重复行或更正评议人编号。`,
});

export const RANK_DUPLICATE_UNIT = defineRule<P>({
  id: "ranking.duplicateUnit",
  severity: "error",
  basis: "单位名册：单位编码唯一",
  message: (p) => `单位编码“${p.code}”与${p.first}重复。每个单位只能登记一次，单位编码不能重复。`,
});

export const RANK_DUPLICATE_GROUP = defineRule<P>({
  id: "ranking.duplicateGroup",
  severity: "error",
  basis: "评议主体：每个主体一个权重",
  message: (p) => `评议主体“${p.group}”与${p.first}重复。每个评议主体只能登记一次。`,
});

export const RANK_WEIGHT_NOT_POSITIVE = defineRule<P>({
  id: "ranking.weightNotPositive",
  severity: "error",
  basis: "评议主体：权重",
  message: (p) => `评议主体“${p.group}”的权重为 ${p.weight}。权重应为大于 0 的数（各主体权重按参评主体重新归一）。`,
});

export const RANK_UNKNOWN_CATEGORY = defineRule<P>({
  id: "ranking.unknownCategory",
  severity: "error",
  basis: "二、实施范围；四、第四阶段：各类排名",
  message: (p) => `单位“${p.code}”的单位类别“${p.category}”无效。${didYouMean(p.suggestion)}应为下列之一：${p.allowed}。`,
});

export const RANK_LEADER_MISSING = defineRule<P>({
  id: "ranking.leaderMissing",
  severity: "error",
  basis: "五、问责追究：问责须指明负责人",
  message: (p) => `单位“${p.code}”（${p.name}）列入${p.type}，但「主要负责人」为空。请填写该单位的${p.role}姓名，问责名单须指明被问责人。`,
});

export const RANK_GROUP_MISSING = defineRule<P>({
  id: "ranking.groupMissing",
  severity: "warning",
  basis: "四、第四阶段：“市优化办认真开展镇(区)、市级机关部门、100家重点科室的公开评议活动”（缺少的评议主体不计零分，按其余主体权重归一）",
  message: (p) => `单位“${p.code}”（${p.name}）没有以下评议主体的评分：${p.groups}。已按其余评议主体的权重重新归一计算，未按零分处理。`,
});

export const RANK_UNSCORED = defineRule<P>({
  id: "ranking.unscored",
  severity: "warning",
  basis: "四、第四阶段：“公开评议活动”（没有评分的单位未参评，不参加排名）",
  message: (p) => `单位“${p.code}”（${p.name}）在「评议评分」中没有任何评分，列为未参评，不参加排名，也不会被排在最后一位。如应参评，请补录评分。`,
});

export const RANK_SMALL_CATEGORY = defineRule<P>({
  id: "ranking.smallCategory",
  severity: "warning",
  basis:
    "五、问责追究：“三是实施考评问责。市委、市政府综合考核各类排名最后一位的单位，对其党政主要负责人实施问责；重点科室考评排名在后三位的，对科室负责人实施问责。”",
  message: (p) =>
    `单位类别“${p.category}”只有 ${p.count} 个单位参加排名，少于 2 个，不产生${
      p.category === KEY_SECTION_CATEGORY ? `“考评排名在后${p.bottomN}位”` : "“排名最后一位”"
    }的考评问责。`,
});

export const RANK_NOTHING_TO_RANK = defineRule<P>({
  id: "ranking.nothingToRank",
  severity: "error",
  basis: "四、第四阶段 评议考核：按公开评议的评分对各类单位排名",
  message: () =>
    `「评议评分」中还没有任何评分，暂时没有可以排名的单位，也不会产生问责名单。请在「评议评分」中录入或导入各评议主体的评分后，再点击“一键排名”。`,
});
