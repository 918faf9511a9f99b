/**
 * The words of section 五 (问责追究) that each accountability entry cites as its basis,
 * and the roles it names. Verbatim from 坛委发〔2010〕10号.
 */

/** 一是实施违规问责. */
export const VIOLATION_BASIS = "五、问责追究 一是实施违规问责：对违反机关效能规定和执法中存在过错的机关工作人员实施问责。";

/** 二是实施监管问责. */
export const SUPERVISION_BASIS = "五、问责追究 二是实施监管问责：对监管不力，导致本单位或工作人员出现影响恶劣违规行为的党政主要负责人实施问责。";

/** 三是实施考评问责, first half: the last unit of each category. */
export const LAST_PLACE_BASIS = "五、问责追究 三是实施考评问责：市委、市政府综合考核各类排名最后一位的单位，对其党政主要负责人实施问责。";

/** 三是实施考评问责, second half: the bottom three key sections. */
export const KEY_SECTION_BASIS = "五、问责追究 三是实施考评问责：重点科室考评排名在后三位的，对科室负责人实施问责。";

export const ROLE_LEADER = "党政主要负责人";
export const ROLE_SECTION_HEAD = "科室负责人";
export const ROLE_PERSON = "责任人";

/** The note for a unit whose place needs a reviewer's decision. */
export const NEEDS_REVIEW = "需复核";
