/**
 * Ballot checks of 评议评分 (issue 23): warnings that a ballot looks copied, mistyped or thin,
 * each naming the evaluator, the rows and what to check. They never change a score or the
 * ranking: 五、问责追究 三是实施考评问责 holds units to account for their place, so a doubtful
 * ballot is for the office to check against the paper, not for the program to correct.
 */
import { defineRule } from "../findings";

type P = Record<string, string | number>;

const BASIS =
  "四、第四阶段：“市优化办认真开展镇(区)、市级机关部门、100家重点科室的公开评议活动”；五、问责追究：“三是实施考评问责”（名次决定问责，评分须逐一核实）";
const NO_CHANGE = "本提示不改变任何评分和排名。";

export const BALLOT_SAME_SCORE = defineRule<P>({
  id: "ballot.sameScore",
  severity: "warning",
  basis: BASIS,
  message: (p) =>
    `评议人“${p.evaluator}”（${p.group}）为 ${p.units} 个单位评分，全部是 ${p.score} 分（${p.rows}）。给每个单位同一分数，可能未逐一评议或整页照抄：请核对该评议人的原始评分表，录入有误的请更正。${NO_CHANGE}`,
});

export const BALLOT_DEVIATES = defineRule<P>({
  id: "ballot.deviates",
  severity: "warning",
  basis: BASIS,
  message: (p) =>
    `评议人“${p.evaluator}”（${p.group}）评分的 ${p.judged} 个单位中，有 ${p.deviating} 个与本组其他评议人的平均分相差超过 ${p.sd} 个标准差（${p.rows}）。请核对是否录错（多录或少录一位数、分数与等次错位、录到别的单位）或该评议人是否未按标准评分。${NO_CHANGE}`,
});

export const BALLOT_UNIT_TWICE = defineRule<P>({
  id: "ballot.unitTwice",
  severity: "warning",
  basis: BASIS,
  message: (p) =>
    `评议人编号“${p.evaluator}”已在${p.first}以「${p.firstGroup}」身份为单位“${p.code}”评分，本行又以「${p.group}」身份评分。同一个人为同一单位评两次分会被重复计入：请核对评议人编号是否录错，或该评议人是否同时属于两个评议主体。${NO_CHANGE}`,
});

export const BALLOT_THIN = defineRule<P>({
  id: "ballot.thin",
  severity: "warning",
  basis: BASIS,
  message: (p) =>
    `单位“${p.code}”（${p.name}）只有 ${p.count} 位「${p.group}」评议人评分（${p.rows}），不到该评议主体为各单位评分人数中位数 ${p.median} 人的 ${p.percent}%（参数设置“评议人数不足比例(%)”）。评分人数过少，个别评议人的评分左右名次：请核对是否漏录了评分行。${NO_CHANGE}`,
});
