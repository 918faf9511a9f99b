/**
 * The campaign's settings (参数设置). Nothing in the product hard-codes the campaign year:
 * every date follows `year`, and every number the document leaves open is a setting.
 */
import type { IsoDate } from "./types";

/** 排名方法: competition ranking (1,2,2,4; 竞争排名) or dense ranking (1,2,2,3; 中国式排名). */
export type RankingMethod = "competition" | "dense";

/** Points for a score given as a grade word (评议等次). */
export interface GradePoints {
  word: string;
  points: number;
}

export interface Settings {
  /** 活动年度 (default 2010, the year of 坛委发〔2010〕10号). */
  year: number;
  /** 第一阶段 动员部署: 2月底前完成. */
  mobilizationEnd: IsoDate;
  /** 第二阶段: 实施方案于3月5日前报市优化办. */
  planDue: IsoDate;
  /** 第三阶段 自查自纠: 7月至9月. */
  selfInspectionStart: IsoDate;
  selfInspectionEnd: IsoDate;
  /** 第四阶段 评议考核: 12月底前完成. */
  evaluationEnd: IsoDate;
  rankingMethod: RankingMethod;
  /** 去极值阈值: a group with at least this many scores drops one highest and one lowest (0 = never). */
  trimThreshold: number;
  /** 分数精度: decimals that totals are compared and shown at. */
  precision: number;
  /** 重点科室问责名额: key sections ranked in the bottom N are held accountable (section 五: 后三位). */
  keySectionBottomN: number;
  /** 评议等次分值: grade words accepted in place of a numeric score. */
  grades: GradePoints[];
  /** Rows of a template that carry dropdowns and limits (bounded, never whole columns). */
  templateRows: number;
  /** 活动开始日期: where 序时进度 starts counting (default 1 January of the campaign year). */
  campaignStart: IsoDate;
  /** 报送周期（天）: a lead unit whose latest progress report is older than this is 未报送 (default 92, a quarter). */
  reportCycleDays: number;
  /** 序时容差: points a task may trail its 序时进度 before it is 滞后 (default 10). */
  scheduleTolerance: number;
  /** 评议核查最少单位数: an evaluator's ballot is checked for one score to all and for deviation once they scored this many units (default 5). */
  ballotMinUnits: number;
  /** 评分偏离标准差倍数: a score this many standard deviations from the other evaluators' mean deviates (default 3). */
  ballotDeviation: number;
  /** 评议人数不足比例(%): a unit scored by fewer of a group's evaluators than this share of the group's median is thinly scored (default 50). */
  ballotCoveragePercent: number;
  /** 发文机关: the office that issues the 督查通报 (its 落款 and 版头), full name. */
  issuer: string;
  /** 发文字号 template: {年} is the campaign year, {序号} the batch's number (1–6 in 督查批次 order). */
  docNumberTemplate: string;
  /** 主送机关 of the 督查通报 (default: the 主送 line of 坛委发〔2010〕10号). */
  addressee: string;
  /** 成文日期 of the 督查通报; null: the 数据截至 date of each notice. */
  issueDate: IsoDate | null;
}

/** The notice settings' defaults (GB/T 9704-2012 parts of a 督查通报). */
export const NOTICE_DEFAULTS = {
  issuer: "市优化经济发展软环境领导小组办公室",
  docNumberTemplate: "坛优办〔{年}〕{序号}号",
  addressee: "各镇党委和人民政府，开发区党工委、管委会，市各部委办局，市直各单位",
} as const;

export const DEFAULT_YEAR = 2010;

/** Default grade points: 满意 counts in full, 基本满意 at 60%, 不满意 not at all (the usual 满意度 weighting). */
const DEFAULT_GRADES: readonly GradePoints[] = [
  { word: "满意", points: 100 },
  { word: "基本满意", points: 60 },
  { word: "不满意", points: 0 },
];

/** The settings for a campaign year, with every date placed in that year. */
export function defaultSettings(year: number = DEFAULT_YEAR): Settings {
  return {
    year,
    mobilizationEnd: lastDayOfFebruary(year),
    planDue: isoDate(year, 3, 5),
    selfInspectionStart: isoDate(year, 7, 1),
    selfInspectionEnd: isoDate(year, 9, 30),
    evaluationEnd: isoDate(year, 12, 31),
    rankingMethod: "competition",
    trimThreshold: 5,
    precision: 2,
    keySectionBottomN: 3,
    grades: DEFAULT_GRADES.map((g) => ({ ...g })),
    templateRows: 2000,
    campaignStart: isoDate(year, 1, 1),
    reportCycleDays: 92,
    scheduleTolerance: 10,
    ballotMinUnits: 5,
    ballotDeviation: 3,
    ballotCoveragePercent: 50,
    ...NOTICE_DEFAULTS,
    issueDate: null,
  };
}

/** Formats a calendar date as "YYYY-MM-DD". */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The last day of February of `year` (动员部署 ends "2月底"). */
function lastDayOfFebruary(year: number): IsoDate {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return isoDate(year, 2, leap ? 29 : 28);
}

/** First and last day of the campaign year: the default range for every date a unit types. */
export function campaignYearRange(settings: Pick<Settings, "year">): { from: IsoDate; to: IsoDate } {
  return { from: isoDate(settings.year, 1, 1), to: isoDate(settings.year, 12, 31) };
}
