/**
 * Rules about reading a sheet: headers, required cells, types, lists and limits. They
 * apply to every sheet of the contract (read by header name, never by column position;
 * every error points at a sheet and a cell, says what is wrong and what is allowed). A
 * rule's basis is shown to users in 规则说明: it cites the campaign document or the
 * workbook's own 填表说明, never a file of this project.
 */
import { defineRule } from "../findings";
import { didYouMean } from "../validation/suggest";

type P = Record<string, string | number>;

/**
 * What a column allows, as the object of 应为/填写: a space before it when it opens with a
 * digit (“应为 0 到 100 之间的数字”), so a number is spaced alike on both sides.
 */
const allowedText = (allowed: string | number): string => (/^\d/.test(String(allowed)) ? ` ${allowed}` : String(allowed));

export const SHEET_MISSING = defineRule<P>({
  id: "sheet.missing",
  severity: "error",
  basis: "填表说明：标准工作簿的各工作表",
  message: (p) =>
    // Reported only when other contract sheets exist (a workbook with none is refused in one line first),
    // so the 准备 tab's button reads 补齐缺失工作表, never 创建标准工作簿.
    `缺少工作表「${p.sheet}」，其中的数据无法核对。请在提升年工作台的“准备”中点击“补齐缺失工作表”补上该表（已有的工作表不会改动）。`,
});

export const HEADER_MISSING = defineRule<P>({
  id: "header.missing",
  severity: "error",
  basis: "填表说明：表头名称是与各单位约定的格式，列的位置可以调整",
  message: (p) => `工作表「${p.sheet}」第1行缺少表头「${p.header}」。请恢复该列（表头名称须与模板一致，列的位置可以调整）。`,
});

export const HEADER_ADDED_LATER = defineRule<P>({
  id: "header.addedLater",
  severity: "info",
  basis: "填表说明：表头名称是与各单位约定的格式",
  message: (p) => `工作表「${p.sheet}」没有「${p.header}」列（较早版本的工作簿）：${p.meaning}如需填写，请在第1行添加表头「${p.header}」。`,
});

export const HEADER_DUPLICATE = defineRule<P>({
  id: "header.duplicate",
  severity: "warning",
  basis: "填表说明：表头名称是与各单位约定的格式",
  message: (p) => `表头「${p.header}」出现了多次，只读取第一处（${p.first}），本列被忽略。`,
});

export const CELL_REQUIRED = defineRule<P>({
  id: "cell.required",
  severity: "error",
  basis: "填表说明：必填列",
  message: (p) => `「${p.header}」为必填项，不能为空。`,
});

export const CELL_FORMULA_ERROR = defineRule<P>({
  id: "cell.formulaError",
  severity: "error",
  basis: "填表说明：有误的数据只报告，不猜测",
  message: (p) => `「${p.header}」的公式结果是错误值 ${p.value}。请修正公式，或直接填写${allowedText(p.allowed)}。`,
});

export const CELL_NOT_NUMBER = defineRule<P>({
  id: "cell.notNumber",
  severity: "error",
  basis: "填表说明：数字列",
  message: (p) => `「${p.header}」应为${allowedText(p.allowed)}，实际填写的是“${p.value}”。`,
});

export const CELL_FORMAT_CHARS = defineRule<P>({
  id: "cell.formatChars",
  severity: "error",
  basis: "填表说明：编码和名称按字面核对，看起来相同的两个值必须真正相同",
  message: (p) =>
    p.value === ""
      ? `「${p.header}」看似空白，实际含有看不见的格式字符（${p.chars}）。请选中该单元格按 Delete 清空；需要填写的请重新手工输入。`
      : `「${p.header}」“${p.value}”中夹有看不见的格式字符（${p.chars}），多来自从网页、聊天软件或文档复制粘贴的内容。带这种字符的值看起来与“${p.value}”相同，却会被当作另一个值（例如另一个单位）。请清空该单元格后重新手工输入。`,
});

export const CELL_TOO_LONG = defineRule<P>({
  id: "cell.tooLong",
  severity: "error",
  basis: "填表说明：一个单元格最多 32767 个字符（Excel 的上限）",
  message: (p) =>
    `「${p.header}」有 ${p.length} 个字符，超过了 Excel 一个单元格最多 ${p.limit} 个字符的上限，Excel 打开时会截断它，该行未读取。请删减到 ${p.limit} 个字符以内（较长的材料可另附文件），再重新报送。`,
});

export const CELL_NUMERIC_TEXT = defineRule<P>({
  id: "cell.numericText",
  severity: "warning",
  basis: "填表说明：按实际填写习惯读取，并提示改正",
  message: (p) => `「${p.header}」是文本格式的数字“${p.value}”，已按 ${p.number} 读取；建议改为数字格式。`,
});

export const CELL_FULL_WIDTH = defineRule<P>({
  id: "cell.fullWidth",
  severity: "warning",
  basis: "填表说明：按实际填写习惯读取，并提示改正",
  message: (p) => `「${p.header}」含全角字符“${p.value}”，已按“${p.normalized}”读取。`,
});

export const CELL_STRAY_SPACES = defineRule<P>({
  id: "cell.straySpaces",
  severity: "warning",
  basis: "填表说明：按实际填写习惯读取，并提示改正",
  message: (p) => `「${p.header}」前后有多余空格，已按“${p.normalized}”读取。`,
});

export const CELL_OUT_OF_RANGE = defineRule<P>({
  id: "cell.outOfRange",
  severity: "error",
  basis: "填表说明：数值范围",
  message: (p) => `「${p.header}」应为${allowedText(p.allowed)}，实际为 ${p.value}。`,
});

export const CELL_NOT_DATE = defineRule<P>({
  id: "cell.notDate",
  severity: "error",
  basis: "填表说明：日期列",
  message: (p) => `「${p.header}」应为日期（例如 ${p.example}），实际填写的是“${p.value}”。`,
});

export const CELL_TEXT_DATE = defineRule<P>({
  id: "cell.textDate",
  severity: "warning",
  basis: "填表说明：按实际填写习惯读取，并提示改正",
  message: (p) => `「${p.header}」是文本格式的日期“${p.value}”，已按 ${p.date} 读取；建议改为日期格式。`,
});

export const CELL_DATE_OUT_OF_YEAR = defineRule<P>({
  id: "cell.dateOutOfYear",
  severity: "error",
  basis: "参数设置：活动年度",
  message: (p) => `「${p.header}」应在活动年度 ${p.year} 年内（${p.from} 至 ${p.to}），实际为 ${p.date}。`,
});

export const CELL_NOT_IN_LIST = defineRule<P>({
  id: "cell.notInList",
  severity: "error",
  basis: "填表说明：下拉列表",
  message: (p) => `「${p.header}」应为下列之一：${p.allowed}；实际填写的是“${p.value}”。${didYouMean(p.suggestion)}`,
});

export const CELL_NOT_SCORE = defineRule<P>({
  id: "cell.notScore",
  severity: "error",
  basis: "四、第四阶段 评议考核；参数设置：评议等次分值",
  message: (p) => `「${p.header}」应为 0 到 100 的分数，或评议等次（${p.grades}）；实际填写的是“${p.value}”。`,
});

export const AREA_MERGED = defineRule<P>({
  id: "area.merged",
  severity: "error",
  basis: "填表说明：一行一条记录",
  message: (p) => `数据区域内有合并单元格 ${p.range}。请取消合并，每行填写一条完整记录。`,
});

export const SETTING_MALFORMED = defineRule<P>({
  id: "setting.malformed",
  severity: "error",
  basis: "参数设置",
  message: (p) => `参数「${p.key}」的值“${p.value}”无效：应为${allowedText(p.allowed)}。`,
});

export const SETTING_MISSING = defineRule<P>({
  id: "setting.missing",
  severity: "warning",
  basis: "参数设置",
  message: (p) => `缺少参数「${p.key}」，已按默认值 ${p.value} 处理。`,
});

export const SETTING_UNKNOWN = defineRule<P>({
  id: "setting.unknown",
  severity: "warning",
  basis: "参数设置",
  message: (p) => `未知参数「${p.key}」，已忽略。可用的参数见「参数设置」的说明列。`,
});

export const SETTING_STAGE_INVERTED = defineRule<P>({
  id: "setting.stageInverted",
  severity: "error",
  basis: "四、活动步骤：第三阶段，自查自纠（7月至9月）；第四阶段，评议考核（12月底前完成）",
  message: (p) =>
    `参数「${p.later}」${p.laterDate} 早于「${p.earlier}」${p.earlierDate}：${p.what}的结束早于开始，按它判断的逾期和时限都会出错。请改正这两个日期中填错的一个。`,
});

export const SETTING_STAGE_ORDER = defineRule<P>({
  id: "setting.stageOrder",
  severity: "warning",
  basis: "四、活动步骤：动员部署（2月底前）、组织推进（全年）、自查自纠（7月至9月）、评议考核（12月底前）依次进行",
  message: (p) =>
    `参数「${p.later}」${p.laterDate} 早于「${p.earlier}」${p.earlierDate}，与活动步骤的先后顺序不符（${p.what}）。请核对这两个日期；确属本年度的安排可不改。`,
});

/** The type of every rule in this catalogue. */
export type ReadingRule = typeof CELL_REQUIRED;
