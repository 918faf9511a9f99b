/**
 * 参数设置 as rows of 参数 / 值 / 说明: the definitions of every setting, how each is
 * written and how each is read back (with a finding at the 值 cell when malformed).
 */
import * as R from "../domain/catalogue/reading-rules";
import { parseCampaignYear, YEAR_RANGE } from "../domain/campaign-year";
import { findingOf, type Finding } from "../domain/findings";
import { defaultSettings, DEFAULT_YEAR, type Settings } from "../domain/settings";
import { isoToSerial } from "./dates";
import { a1, isBlank, type CellValue, type SheetGrid } from "./grid";
import { cellText, coerceCell, NO_VALUE, type CoerceContext } from "./read/coerce";
import { mapHeaders } from "./read/headers";
import { headerKey } from "./read/normalize";
import type { ColumnSpec } from "./schema";
import { LISTS, SETTINGS_SHEET } from "./contract";
import type { ValidationPlan } from "./plan";
import { columnValidation } from "./validations";

interface SettingDef {
  key: string;
  note: string;
  /** How the value is read: as the column type it would have in a table. */
  column: Omit<ColumnSpec, "header" | "field">;
  get: (s: Settings) => CellValue;
  set: (s: Settings, value: string | number) => void;
  /** Extra constraint beyond the column type; returns the allowed text when broken. */
  check?: (value: string | number, s: Settings) => string | null;
  /** What the value may be, said in the malformed-value message (default: from the column type). */
  allowed?: string;
  /**
   * Missing or blank means the default, silently: the 督查通报's rows came after workbooks
   * were already in use, and a workbook without them must read as it did.
   */
  optional?: boolean;
}

const METHOD_WORDS: Record<string, Settings["rankingMethod"]> = { 竞争排名: "competition", 中国式排名: "dense" };

const dateDef = (key: string, note: string, field: DateField): SettingDef => ({
  key,
  note,
  column: { type: "date" },
  get: (s) => isoToSerial(s[field]),
  set: (s, v) => {
    s[field] = String(v);
  },
});

const integerDef = (
  key: string,
  note: string,
  field:
    | "trimThreshold"
    | "precision"
    | "keySectionBottomN"
    | "templateRows"
    | "reportCycleDays"
    | "scheduleTolerance"
    | "ballotMinUnits"
    | "ballotCoveragePercent",
  min: number,
  max: number
): SettingDef => ({
  key,
  note,
  column: { type: "integer", min, max },
  get: (s) => s[field],
  set: (s, v) => {
    s[field] = Number(v);
  },
});

const noticeTextDef = (key: string, note: string, field: "issuer" | "docNumberTemplate" | "addressee"): SettingDef => ({
  key,
  note,
  column: { type: "text" },
  optional: true,
  get: (s) => s[field],
  set: (s, v) => {
    s[field] = String(v);
  },
});

const gradeDef = (word: string): SettingDef => ({
  key: `${word}分值`,
  note: `评议得分填写“${word}”时折算的分数（0–100）`,
  column: { type: "number", min: 0, max: 100 },
  get: (s) => s.grades.find((g) => g.word === word)?.points ?? null,
  set: (s, v) => {
    s.grades = s.grades.map((g) => (g.word === word ? { word, points: Number(v) } : g));
  },
});

/** Every setting of 参数设置, in sheet order. The campaign year comes first: the other dates default from it. */
export const SETTING_DEFS: readonly SettingDef[] = [
  {
    key: "活动年度",
    // Excel keeps a date limit as fixed dates: they move to a new year only when the pane re-applies them.
    note: "开展“能力作风建设提升年”活动的年度（2000–2100）。修改后请把下面各阶段日期和「重点工作」的完成时限改为新年度的日期，再在提升年工作台的“准备”中点击“按新年度更新日期限制”，各填报表的日期限制和填表说明随之改为新年度",
    column: { type: "integer", min: YEAR_RANGE.min, max: YEAR_RANGE.max },
    allowed: `${YEAR_RANGE.min}–${YEAR_RANGE.max} 之间用阿拉伯数字填写的四位年份，如 2011（不能写成“二〇一一”）`,
    get: (s) => s.year,
    set: () => undefined,
  },
  dateDef("动员部署截止日期", "第一阶段 动员部署（2月底前完成）", "mobilizationEnd"),
  dateDef("方案报送截止日期", "第二阶段：实施方案于3月5日前报市优化办，之后报送的为逾期", "planDue"),
  dateDef("自查自纠开始日期", "第三阶段 自查自纠（7月至9月）开始", "selfInspectionStart"),
  dateDef("自查自纠结束日期", "第三阶段 自查自纠结束", "selfInspectionEnd"),
  dateDef("评议考核截止日期", "第四阶段 评议考核（12月底前完成）", "evaluationEnd"),
  {
    key: "排名方法",
    note: "竞争排名（1,2,2,4）或 中国式排名（1,2,2,3）",
    column: { type: "text", list: LISTS.rankingMethod },
    get: (s) => (s.rankingMethod === "dense" ? "中国式排名" : "竞争排名"),
    set: (s, v) => {
      s.rankingMethod = METHOD_WORDS[String(v)];
    },
    // An own-property test: "constructor" or "toString" are no ranking methods.
    check: (v) => (Object.prototype.hasOwnProperty.call(METHOD_WORDS, String(v)) ? null : "“竞争排名”或“中国式排名”"),
  },
  {
    ...integerDef("去极值阈值", "某评议主体对某单位的评分不少于此数时，去掉一个最高分和一个最低分（0 表示不去极值）", "trimThreshold", 0, 1000),
    // With fewer than 3 scores, dropping the highest and the lowest would leave nothing to average.
    check: (v) => (Number(v) === 0 || Number(v) >= 3 ? null : "0 或不小于 3 的整数"),
  },
  integerDef("分数精度", "总分保留的小数位数；按此精度显示相同的总分视为并列", "precision", 0, 6),
  integerDef("重点科室问责名额", "重点科室考评排名在后几位的，对科室负责人实施问责（五、问责追究：后三位）", "keySectionBottomN", 1, 100),
  gradeDef("满意"),
  gradeDef("基本满意"),
  gradeDef("不满意"),
  integerDef("模板行数", "模板中带下拉列表和数值限制的行数", "templateRows", 10, 100000),
  dateDef("活动开始日期", "计算重点工作序时进度的起点（默认为活动年度的1月1日）", "campaignStart"),
  // Half-width brackets: the reader folds a typed “（天）” to “(天)” before it looks the key up.
  integerDef("报送周期(天)", "牵头单位最近一次报送进度距督查日期超过此天数的，列为“未报送”（默认92天，即一个季度）", "reportCycleDays", 1, 366),
  integerDef("序时容差", "实际进度落后序时进度超过此百分点的，列为“滞后”（默认10）", "scheduleTolerance", 0, 100),
  // The ballot checks of 评议评分 (warnings only, never a changed score): rows added later, so a workbook without them (or with them blank) takes the defaults.
  {
    ...integerDef(
      "评议核查最少单位数",
      "评议人为不少于此数的单位评分时，核查其是否给所有单位同一分数、是否多数评分偏离本组其他评议人（默认5）",
      "ballotMinUnits",
      2,
      100000
    ),
    optional: true,
  },
  {
    key: "评分偏离标准差倍数",
    note: "某评分与本组其他评议人对该单位的平均分相差超过此倍数的标准差（标准差不足1分按1分计）即为偏离（默认3）",
    column: { type: "number", min: 1, max: 10 },
    get: (s) => s.ballotDeviation,
    set: (s, v) => {
      s.ballotDeviation = Number(v);
    },
    optional: true,
  },
  {
    ...integerDef(
      "评议人数不足比例(%)",
      "某单位的某评议主体评议人数少于该主体各单位评议人数中位数的此百分比时提示补录（默认50）",
      "ballotCoveragePercent",
      1,
      100
    ),
    optional: true,
  },
  // The 督查通报 as a 公文 (GB/T 9704-2012): blank or missing rows take the defaults.
  noticeTextDef("发文机关", "督查通报的发文机关（落款），写全称；空白时为“市优化经济发展软环境领导小组办公室”", "issuer"),
  noticeTextDef(
    "发文字号",
    "督查通报的发文字号，{年}为活动年度，{序号}为督查批次的次序（第一季度常规督查为1，下半年集中督查为6），年份用六角括号〔〕",
    "docNumberTemplate"
  ),
  noticeTextDef("主送机关", "督查通报的主送机关；空白时为实施意见的主送单位", "addressee"),
  {
    key: "成文日期",
    note: "督查通报的成文日期；空白时为每份通报的数据截至日期",
    column: { type: "date" },
    optional: true,
    get: (s) => (s.issueDate === null ? null : isoToSerial(s.issueDate)),
    set: (s, v) => {
      s.issueDate = String(v);
    },
  },
];

/** The rows of 参数设置 below its header, for `settings`. */
export function settingsRows(settings: Settings): CellValue[][] {
  return SETTING_DEFS.map((def) => [def.key, def.get(settings), def.note]);
}

/** The 1-based rows of 参数设置 that hold dates (for their number format). */
export function settingDateRows(): number[] {
  return SETTING_DEFS.flatMap((def, i) => (def.column.type === "date" ? [i + 2] : []));
}

/** Dropdowns and limits on the 值 cells of 参数设置, one per setting (Excel guides the office without the add-in too). */
export function settingValidations(settings: Settings): ValidationPlan[] {
  // Stage dates are only held to be dates here: a typed-in new 活动年度 moves them to another year, which
  // the reader then checks (a static limit of the old year would refuse the office's correction).
  return SETTING_DEFS.flatMap(
    (def, i) => columnValidation({ header: def.key, field: "value", ...def.column, dates: "any" }, `B${i + 2}`, settings) ?? []
  );
}

/**
 * Reads 参数设置 into Settings: unknown keys and missing keys are warnings, malformed values errors at
 * their 值 cell. `yearRead` is false when 活动年度 was missing or unreadable and the default year stands in.
 */
export function readSettings(grid: SheetGrid | undefined): { settings: Settings; findings: Finding[]; yearRead: boolean } {
  const findings: Finding[] = [];
  if (!grid) return { settings: defaultSettings(DEFAULT_YEAR), findings, yearRead: false };
  const header = mapHeaders(SETTINGS_SHEET, grid.rows[0] ?? []);
  findings.push(...header.findings);
  const keyCol = header.columns.get("key");
  const valueCol = header.columns.get("value");
  if (keyCol === undefined || valueCol === undefined) return { settings: defaultSettings(DEFAULT_YEAR), findings, yearRead: false };
  const entries = new Map<string, { raw: CellValue; cell: string }>();
  grid.rows.slice(1).forEach((row, i) => {
    const key = row?.[keyCol];
    if (isBlank(key)) return;
    const name = headerKey(String(key));
    const cell = a1(i + 2, valueCol + 1);
    if (!SETTING_DEFS.some((d) => d.key === name))
      findings.push(findingOf(R.SETTING_UNKNOWN, SETTINGS_SHEET.name, a1(i + 2, keyCol + 1), { key: name }));
    else if (!entries.has(name)) entries.set(name, { raw: row[valueCol] ?? null, cell });
  });
  const year = readYear(entries.get("活动年度"), findings);
  const settings = defaultSettings(year ?? DEFAULT_YEAR);
  const dateCells = new Map<string, string>();
  for (const def of SETTING_DEFS.slice(1)) {
    const entry = entries.get(def.key);
    if (!entry || isBlank(entry.raw)) {
      if (def.optional) continue;
      findings.push(
        findingOf(R.SETTING_MISSING, SETTINGS_SHEET.name, entry?.cell ?? "", { key: def.key, value: cellText(def.get(settings), def.column) })
      );
      continue;
    }
    const value = readValue(def, entry, settings, findings);
    if (value === null) continue;
    def.set(settings, value);
    if (def.column.type === "date") dateCells.set(def.key, entry.cell);
  }
  findings.push(...stageOrderFindings(settings, dateCells));
  return { settings, findings, yearRead: year !== null };
}

type DateField = "mobilizationEnd" | "planDue" | "selfInspectionStart" | "selfInspectionEnd" | "evaluationEnd" | "campaignStart";

/**
 * Pairs of dates of 参数设置 that must not run backwards: the first must not come after the
 * second. A stage that ends before it starts is an error; stages out of the document's order a warning.
 */
const DATE_ORDER: readonly { earlier: [string, DateField]; later: [string, DateField]; rule: R.ReadingRule; what: string }[] = [
  {
    earlier: ["自查自纠开始日期", "selfInspectionStart"],
    later: ["自查自纠结束日期", "selfInspectionEnd"],
    rule: R.SETTING_STAGE_INVERTED,
    what: "自查自纠阶段",
  },
  { earlier: ["活动开始日期", "campaignStart"], later: ["评议考核截止日期", "evaluationEnd"], rule: R.SETTING_STAGE_INVERTED, what: "整个活动" },
  {
    earlier: ["活动开始日期", "campaignStart"],
    later: ["方案报送截止日期", "planDue"],
    rule: R.SETTING_STAGE_ORDER,
    what: "实施方案在活动开始后报送",
  },
  {
    earlier: ["动员部署截止日期", "mobilizationEnd"],
    later: ["自查自纠开始日期", "selfInspectionStart"],
    rule: R.SETTING_STAGE_ORDER,
    what: "动员部署在自查自纠之前完成",
  },
  {
    earlier: ["自查自纠结束日期", "selfInspectionEnd"],
    later: ["评议考核截止日期", "evaluationEnd"],
    rule: R.SETTING_STAGE_ORDER,
    what: "评议考核在自查自纠之后完成",
  },
];

/** The findings of DATE_ORDER over the dates read from the sheet (a default stands in for no cell and is not judged). */
function stageOrderFindings(settings: Settings, cells: ReadonlyMap<string, string>): Finding[] {
  const findings: Finding[] = [];
  for (const { earlier, later, rule, what } of DATE_ORDER) {
    const at = cells.get(later[0]);
    if (at === undefined || !cells.has(earlier[0]) || settings[earlier[1]] <= settings[later[1]]) continue;
    const params = { earlier: earlier[0], earlierDate: settings[earlier[1]], later: later[0], laterDate: settings[later[1]], what };
    findings.push(findingOf(rule, SETTINGS_SHEET.name, at, params));
  }
  return findings;
}

/** 活动年度, or null (with a finding) when it is missing or unreadable. */
function readYear(entry: { raw: CellValue; cell: string } | undefined, findings: Finding[]): number | null {
  if (!entry) {
    findings.push(findingOf(R.SETTING_MISSING, SETTINGS_SHEET.name, "", { key: "活动年度", value: DEFAULT_YEAR }));
    return null;
  }
  // "2011年" is read as the pane's year box reads it (parseCampaignYear), so a year one accepts the other does too.
  if (typeof entry.raw === "string" && /年\s*$/.test(entry.raw)) {
    const parsed = parseCampaignYear(entry.raw);
    if (parsed.ok) {
      findings.push(findingOf(R.CELL_NUMERIC_TEXT, SETTINGS_SHEET.name, entry.cell, { header: "活动年度", value: entry.raw, number: parsed.year }));
      return parsed.year;
    }
  }
  const value = readValue(SETTING_DEFS[0], entry, defaultSettings(DEFAULT_YEAR), findings);
  return value === null ? null : Number(value);
}

function readValue(def: SettingDef, entry: { raw: CellValue; cell: string }, settings: Settings, findings: Finding[]): string | number | null {
  const local: Finding[] = [];
  const ctx: CoerceContext = { sheet: SETTINGS_SHEET.name, settings, lists: new Map(), findings: local };
  const value = coerceCell(entry.raw, { header: def.key, field: "value", required: true, ...def.column }, entry.cell, ctx);
  const allowed = value === NO_VALUE ? describe(def, settings) : def.check?.(value as string | number, settings);
  if (allowed) {
    findings.push(findingOf(R.SETTING_MALFORMED, SETTINGS_SHEET.name, entry.cell, { key: def.key, value: cellText(entry.raw, def.column), allowed }));
    return null;
  }
  findings.push(...local);
  return value as string | number;
}

function describe(def: SettingDef, settings: Settings): string {
  if (def.allowed) return def.allowed;
  const c = def.column;
  if (c.type === "date") return `${settings.year} 年内的日期，如 ${settings.year}-03-05`;
  if (c.min !== undefined) return `${c.min} 到 ${c.max} 的${c.type === "integer" ? "整数" : "数字"}`;
  return "有效的值";
}
