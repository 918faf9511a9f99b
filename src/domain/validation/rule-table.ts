/**
 * The whole rule set as a table for 规则说明: every rule of the three catalogues (reading,
 * validation, ranking) with its id, severity, basis, the sheets it applies to and one line
 * saying what it checks. The lines for validation's own rules live beside their checks.
 */
import * as RANKING from "../catalogue/ranking-rules";
import * as READING from "../catalogue/reading-rules";
import * as VALIDATION from "../catalogue/validation-rules";
import type { FindingSeverity, Rule } from "../findings";
import { RANKING_CHECKS } from "./ranking-checks";
import { VALIDATION_SHEETS } from "./sheet-names";
import { RULE_TABLE } from "./validate";

/** When a rule is applied: reading each cell, validating across records, or ranking. */
export type RuleStage = "读取" | "校验" | "排名";

export interface RuleInfo {
  id: string;
  severity: FindingSeverity;
  basis: string;
  /** The sheets the rule reports on; empty when it applies to every sheet of the contract. */
  sheets: readonly string[];
  description: string;
  stage: RuleStage;
}

/** What each reading rule checks (they apply to every sheet). */
const READING_NOTES: Record<string, string> = {
  "sheet.missing": "标准工作簿的每张工作表都须存在",
  "header.missing": "每列的表头都须存在（按名称查找，列的位置可以调整）",
  "header.duplicate": "同一表头只出现一次",
  "header.addedLater": "较早版本工作簿没有的新增列（如违规记录的监管不力）按空白读取，并提示",
  "cell.required": "必填列不能为空",
  "cell.formulaError": "公式结果不能是错误值（#N/A、#VALUE!、#DIV/0! 等）",
  "cell.notNumber": "数字列填写数字，整数列填写整数",
  "cell.numericText": "文本格式的数字按数字读取，并提示改为数字格式",
  "cell.fullWidth": "全角数字和字母按半角读取，并提示",
  "cell.tooLong": "一个单元格不超过 Excel 的上限 32767 个字符；更长的内容不读取，以免被 Excel 截断",
  "cell.formatChars": "编码和名称中不能夹有看不见的格式字符（零宽空格、方向控制符等），以免看似相同的两个值被当作两个",
  "cell.straySpaces": "编码和下拉值前后的空格去掉后读取，并提示",
  "cell.outOfRange": "数值在允许的范围内（如进度 0–100、分值 -100–100）",
  "cell.notDate": "日期列填写日期",
  "cell.textDate": "文本格式的日期按日期读取，并提示改为日期格式",
  "cell.dateOutOfYear": "日期在活动年度内",
  "cell.notInList": "下拉列的值须为列表中的值（粘贴绕过下拉列表的同样核对）",
  "cell.notScore": "得分为 0–100 的分数，或评议等次",
  "area.merged": "数据区域内不能有合并单元格",
  "setting.malformed": "参数的值须有效",
  "setting.missing": "缺少的参数按默认值处理，并提示",
  "setting.unknown": "不认识的参数忽略，并提示",
  "setting.stageInverted": "同一阶段（或整个活动）的结束日期不早于开始日期",
  "setting.stageOrder": "各阶段的日期按活动步骤的先后排列，不符时提示",
};

/** What each rule applied only when ranking checks (the others are reused by 校验 and listed there). */
const RANKING_NOTES: Record<string, string> = {
  "ranking.leaderMissing": "列入考评问责或监管问责的单位须有主要负责人",
  "ranking.groupMissing": "缺少某评议主体评分的单位，按其余主体的权重归一",
  "ranking.unscored": "没有任何评分的单位列为未参评，不参加排名",
  "ranking.smallCategory": "参加排名少于 2 个单位的类别，不产生考评问责（排名最后一位；重点科室为后N位）",
  "ranking.nothingToRank": "评议评分中还没有任何评分时，一键排名不排名，提示先录入评分",
};

type AnyRule = Rule<never>;

function rulesOf(catalogue: Record<string, unknown>): AnyRule[] {
  return Object.values(catalogue).filter((v): v is AnyRule => typeof v === "object" && v !== null && "id" in v && "severity" in v);
}

function infoOf(rule: AnyRule, sheets: readonly string[], description: string, stage: RuleStage): RuleInfo {
  return { id: rule.id, severity: rule.severity, basis: rule.basis, sheets, description, stage };
}

/** The rules 校验 applies across records (its own and the ranking's reused ones), one entry per rule id. */
export function validationRuleTable(): RuleInfo[] {
  const byId = new Map<string, RuleInfo>();
  const add = (rule: AnyRule, sheet: string, description: string) => {
    const known = byId.get(rule.id);
    if (!known) byId.set(rule.id, infoOf(rule, [sheet], description, "校验"));
    else if (!known.sheets.includes(sheet)) byId.set(rule.id, { ...known, sheets: [...known.sheets, sheet] });
  };
  for (const check of RANKING_CHECKS) for (const { rule, description } of check.rules) add(rule, check.sheet, description);
  for (const check of RULE_TABLE) add(check.rule, check.sheet, check.description);
  return [...byId.values()];
}

/** Every rule of the product: reading, then validation, then those applied only when ranking. */
export function ruleTable(): RuleInfo[] {
  const reading = rulesOf(READING).map((r) => {
    const sheets = r.id.startsWith("setting.") ? [VALIDATION_SHEETS.settings] : [];
    return infoOf(r, sheets, READING_NOTES[r.id] ?? "", "读取");
  });
  const validation = validationRuleTable();
  const inValidation = new Set(validation.map((r) => r.id));
  const ranking = rulesOf(RANKING)
    .filter((r) => !inValidation.has(r.id))
    .map((r) => infoOf(r, [], RANKING_NOTES[r.id] ?? "", "排名"));
  return [...reading, ...validation, ...ranking];
}

/** The id of every rule of the reading, ranking and validation catalogues, each once. */
export function allRuleIds(): string[] {
  return [...new Set([READING, RANKING, VALIDATION].flatMap((catalogue) => rulesOf(catalogue).map((r) => r.id)))];
}
