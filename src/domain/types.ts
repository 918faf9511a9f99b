/**
 * The campaign's records as plain data. Every input sheet of the standard workbook
 * reads into one of these; nothing here knows about Excel, files or React.
 *
 * Dates are calendar dates as ISO strings ("2010-03-05"): a campaign deadline has no
 * time of day and no time zone, so a string compares correctly and survives JSON.
 */

/** A calendar date, "YYYY-MM-DD". */
export type IsoDate = string;

/** Where a record came from: the sheet and the 1-based worksheet row (row 1 is the header). */
export interface Origin {
  sheet: string;
  row: number;
}

/** 单位类别 (section 二 实施范围 and section 四 第四阶段: 镇(区)、市级机关部门、100家重点科室). */
export type UnitCategory = string;

/** 单位名册: one unit of the campaign. */
export interface Unit {
  code: string;
  name: string;
  category: UnitCategory;
  /** A key section's department (上级单位编码); empty for top-level units. */
  parentCode: string;
  /** 主要负责人 (for a key section, the 科室负责人). */
  leader: string;
  origin?: Origin;
}

/** 重点工作: one of the key tasks the office lists (section 四, 第二阶段 names 28; the sheet sets how many). */
export interface KeyTask {
  /** 序号, numbered from 1 without gaps; no upper limit (the sheet sets the count). */
  seq: number;
  /** 所属工程: one of the five projects of section 三. */
  project: string;
  content: string;
  /** 牵头单位 (a unit name or code). */
  lead: string;
  /** 配合单位. */
  cooperating: string[];
  deadline: IsoDate;
  /** 出处: the clause and a short quote of the document's own words. */
  source: string;
  origin?: Origin;
}

/** 评议主体: an evaluator group and its weight (section 五: 党代表、人大代表、政协委员、软环境监督员、新闻媒体). */
export interface EvaluatorGroup {
  name: string;
  weight: number;
  origin?: Origin;
}

/** 评议评分: one evaluator's score of one unit. */
export interface Score {
  unitCode: string;
  group: string;
  evaluatorId: string;
  score: number;
  origin?: Origin;
}

/** 加减分: a bonus or deduction for a unit. */
export interface Adjustment {
  unitCode: string;
  points: number;
  reason: string;
  origin?: Origin;
}

/** 情节 of a violation: 一般 or 影响恶劣 (section 五, 监管问责). */
export type Severity = "一般" | "影响恶劣";

/** 违规记录: one violation of the efficiency rules or a law-enforcement error. */
export interface Violation {
  unitCode: string;
  person: string;
  date: IsoDate;
  kind: string;
  severity: Severity;
  /**
   * 监管不力: the office's judgement whether the unit's 党政主要负责人 supervised too weakly
   * (五、问责追究 二是实施监管问责: "对监管不力，导致本单位或工作人员出现影响恶劣违规行为的党政主要
   * 负责人实施问责"). true 是, false 否, null not yet judged (the cell was left blank).
   */
  weakSupervision: boolean | null;
  facts: string;
  origin?: Origin;
}

/** 工作进度: one progress report on a key task. */
export interface ProgressReport {
  taskSeq: number;
  unitCode: string;
  date: IsoDate;
  percent: number;
  status: string;
  notes: string;
  origin?: Origin;
}

/** 方案报送: a unit's implementation plan (due March 5, section 四 第二阶段). */
export interface PlanSubmission {
  unitCode: string;
  date: IsoDate;
  title: string;
  origin?: Origin;
}

/** 自查自纠: one problem found in self-inspection (section 四, 第三阶段). */
export interface SelfInspection {
  unitCode: string;
  problemId: string;
  description: string;
  category: string;
  cause: string;
  measures: string;
  dueDate: IsoDate;
  owner: string;
  status: string;
  doneDate: IsoDate | null;
  origin?: Origin;
}

/** 督查记录: one supervision finding (section 五: quarterly and half-year inspections). */
export interface SupervisionFinding {
  batch: string;
  unitCode: string;
  date: IsoDate;
  finding: string;
  circulated: boolean;
  origin?: Origin;
}

/** Finds the A1 address of the cell that held `field` of a record read from `origin` (for findings). */
export type Locate = (origin: Origin | undefined, field: string) => string;

/** Everything a campaign workbook holds, as records (the model that a workbook is written from and read back into). */
export interface CampaignData {
  units: Unit[];
  tasks: KeyTask[];
  groups: EvaluatorGroup[];
  scores: Score[];
  adjustments: Adjustment[];
  violations: Violation[];
  progress: ProgressReport[];
  plans: PlanSubmission[];
  inspections: SelfInspection[];
  supervision: SupervisionFinding[];
}
