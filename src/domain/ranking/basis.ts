/**
 * The words of section 五 (问责追究) that each accountability entry cites as its basis,
 * and the roles it names. Each clause is quoted whole and verbatim from 坛委发〔2010〕10号,
 * never abridged: a reviewer signs the list against the document's own sentence. (The
 * text we hold has ASCII "," and ";" where the printed document has full-width ones; the
 * quotes use the full-width forms, as every other quote shown to users does.)
 */

const SECTION = "五、问责追究";

/** The whole of 一是实施违规问责. */
export const VIOLATION_BASIS = `${SECTION}：“一是实施违规问责。建立完善机关效能责任追究制、行政执法过错责任追究制，对违反机关效能规定和执法中存在过错的机关工作人员实施问责。”`;

/** The whole of 二是实施监管问责. */
export const SUPERVISION_BASIS = `${SECTION}：“二是实施监管问责。对监管不力，导致本单位或工作人员出现影响恶劣违规行为的党政主要负责人实施问责。”`;

/**
 * The whole of 三是实施考评问责: one sentence that holds both the last unit of each category
 * (党政主要负责人) and the bottom three key sections (科室负责人), cited whole by either entry.
 */
export const EVALUATION_BASIS = `${SECTION}：“三是实施考评问责。市委、市政府综合考核各类排名最后一位的单位，对其党政主要负责人实施问责；重点科室考评排名在后三位的，对科室负责人实施问责。”`;

/** The basis of a 考评问责 entry for the last unit of an ordinary category. */
export const LAST_PLACE_BASIS = EVALUATION_BASIS;

/** 五: "重点科室考评排名在后三位的": the document's own number of key sections held to account. */
export const DOCUMENT_KEY_SECTION_BOTTOM_N = 3;

/**
 * The basis of a 考评问责 entry for a key section: the clause whole, and, when 参数设置's
 * 重点科室问责名额 differs from the document's 后三位, the number this run applied, so
 * that the reader sees why a fourth or fifth section is named (or only one or two).
 */
export function keySectionBasis(bottomN: number): string {
  if (bottomN === DOCUMENT_KEY_SECTION_BOTTOM_N) return EVALUATION_BASIS;
  return `${EVALUATION_BASIS}（参数设置中重点科室问责名额为 ${bottomN}，本次按后${bottomN}位）`;
}

export const ROLE_LEADER = "党政主要负责人";
export const ROLE_SECTION_HEAD = "科室负责人";
export const ROLE_PERSON = "责任人";

/** The note for a unit whose place needs a reviewer's decision. */
export const NEEDS_REVIEW = "需复核";

/** "；<reason>；<reason>，需复核": the tail an entry's evidence carries when it needs review ("" when it does not). */
export function reviewSuffix(reasons: readonly string[]): string {
  return reasons.length === 0 ? "" : `；${reasons.join("；")}，${NEEDS_REVIEW}`;
}
