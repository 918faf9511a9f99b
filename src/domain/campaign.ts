/**
 * The campaign of 坛委发〔2010〕10号 as data: its capabilities and styles (一、工作目标),
 * its five projects (三、主要内容), its unit categories (二、实施范围; 四、第四阶段),
 * its evaluator groups (五、问责追究), its stages (四、活动步骤) and its supervision
 * batches (五: 每季度常规督查; 上半年和下半年各一次集中督查).
 */
import { isoDate, type Settings } from "./settings";
import type { EvaluatorGroup, IsoDate } from "./types";

/** 五种工作能力 (一、工作目标). */
export const CAPABILITIES = ["服务发展", "依法行政", "改革创新", "执行落实", "沟通协调"] as const;

/** 五种优良作风 (一、工作目标). */
export const STYLES = ["刻苦钻研", "争先创优", "求真务实", "联系群众", "清正廉洁"] as const;

/** 问题类别 of a self-inspection problem: a capability or a style. */
export const PROBLEM_CATEGORIES: readonly string[] = [...CAPABILITIES, ...STYLES];

/** 五项工程 (三、主要内容 (一)–(五)). */
export const PROJECTS = ["干部素质优化工程", "提速增效工程", "执行力强化工程", "重点项目(工作)推进工程", "作风整顿工程"] as const;

/** The category whose bottom N are held accountable (五: 重点科室考评排名在后三位的). */
export const KEY_SECTION_CATEGORY = "重点科室";

/** 单位类别 defaults (二、实施范围: 各镇(区)，市各部委办局，市直各单位; 四: 100家重点科室). */
export const UNIT_CATEGORIES = ["镇(区)", "市级机关部门", "市直单位", KEY_SECTION_CATEGORY] as const;

/** 评议主体 defaults (五: 党代表、人大代表、政协委员、软环境监督员、新闻媒体), equal weights. */
export const DEFAULT_EVALUATOR_GROUPS: readonly EvaluatorGroup[] = [
  { name: "党代表", weight: 0.2 },
  { name: "人大代表", weight: 0.2 },
  { name: "政协委员", weight: 0.2 },
  { name: "软环境监督员", weight: 0.2 },
  { name: "新闻媒体", weight: 0.2 },
];

/** 工作进度 状态 values. */
export const PROGRESS_STATUSES = ["未启动", "推进中", "已完成", "滞后"] as const;
export const PROGRESS_DONE = "已完成";

/** 自查自纠 整改状态 values. */
export const RECTIFICATION_STATUSES = ["未整改", "整改中", "已整改"] as const;
export const RECTIFICATION_DONE = "已整改";

/** 违规记录 情节 values (五: 影响恶劣 triggers 监管问责). */
export const VIOLATION_SEVERITIES = ["一般", "影响恶劣"] as const;
export const SERIOUS_SEVERITY = "影响恶劣";

/**
 * The 违规类型 that section 五 names for 违规问责: "对违反机关效能规定和执法中存在过错的机关工作人员
 * 实施问责". Any other type still gives an entry, marked for review: whether it is one of these
 * two is a judgement the document leaves to the office.
 */
export const ACCOUNTABLE_VIOLATION_KINDS = ["违反机关效能规定", "行政执法过错"] as const;

/** 违规类型 that is neither of the document's two: 其他. */
export const OTHER_VIOLATION_KIND = "其他";

/** 违规记录 违规类型 values (五: 违反机关效能规定; 执法中存在过错; or 其他, reviewed). */
export const VIOLATION_KINDS = [...ACCOUNTABLE_VIOLATION_KINDS, OTHER_VIOLATION_KIND] as const;

/** 是/否 answers. */
export const YES_NO = ["是", "否"] as const;

/** A stage of 四、活动步骤 with its window. */
export interface Stage {
  name: string;
  from: IsoDate;
  to: IsoDate;
  what: string;
}

/** The four stages of 四、活动步骤, placed in the campaign year of `settings`. */
export function stagesOf(settings: Settings): Stage[] {
  const y = settings.year;
  return [
    { name: "动员部署", from: isoDate(y, 1, 1), to: settings.mobilizationEnd, what: "召开动员大会，进行总体部署（2月底前完成）" },
    {
      name: "组织推进",
      from: isoDate(y, 1, 1),
      to: isoDate(y, 12, 31),
      // The document's own words ("将活动分解为28项重点工作") are quoted; the list itself is the sheet's.
      what: `全年推进「重点工作」表所列各项重点工作（文件：“将活动分解为28项重点工作”）；各单位实施方案于${monthDay(settings.planDue)}前报市优化办`,
    },
    {
      name: "自查自纠",
      from: settings.selfInspectionStart,
      to: settings.selfInspectionEnd,
      what: "查找问题，剖析原因，制定整改措施，明确时限和责任人员（7月至9月）",
    },
    {
      name: "评议考核",
      from: evaluationStart(settings),
      to: settings.evaluationEnd,
      what: "公开评议镇(区)、市级机关部门、100家重点科室，考核排名（12月底前完成）",
    },
  ];
}

/**
 * The stage a date falls in: the most specific window that holds it
 * (自查自纠 and 评议考核 win over the all-year 组织推进; 动员部署 wins in its weeks).
 */
export function currentStage(settings: Settings, today: IsoDate): Stage | null {
  const [mobilize, advance, inspect, evaluate] = stagesOf(settings);
  if (today < advance.from || today > advance.to) return null;
  if (today <= mobilize.to) return mobilize;
  if (today >= inspect.from && today <= inspect.to) return inspect;
  if (today >= evaluate.from && today <= evaluate.to) return evaluate;
  return advance;
}

/** A supervision batch (督查批次) and its window. */
export interface SupervisionBatch {
  name: string;
  from: IsoDate;
  to: IsoDate;
}

/** 督查批次: four quarterly routine inspections and one concentrated inspection per half-year (五). */
export function supervisionBatches(settings: Pick<Settings, "year">): SupervisionBatch[] {
  const y = settings.year;
  return [
    { name: "第一季度常规督查", from: isoDate(y, 1, 1), to: isoDate(y, 3, 31) },
    { name: "第二季度常规督查", from: isoDate(y, 4, 1), to: isoDate(y, 6, 30) },
    { name: "第三季度常规督查", from: isoDate(y, 7, 1), to: isoDate(y, 9, 30) },
    { name: "第四季度常规督查", from: isoDate(y, 10, 1), to: isoDate(y, 12, 31) },
    { name: "上半年集中督查", from: isoDate(y, 1, 1), to: isoDate(y, 6, 30) },
    { name: "下半年集中督查", from: isoDate(y, 7, 1), to: isoDate(y, 12, 31) },
  ];
}

/**
 * The document gives 评议考核 only an end ("12月底前完成"); it follows 自查自纠, so it is
 * taken to open the day after 自查自纠 ends (October 1 by default).
 */
function evaluationStart(settings: Settings): IsoDate {
  const end = new Date(`${settings.selfInspectionEnd}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  return end.toISOString().slice(0, 10);
}

/** "3月5日" for 2010-03-05. */
export function monthDay(date: IsoDate): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}
