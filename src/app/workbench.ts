/**
 * What the task pane, the ribbon commands and file mode can do, as one interface. The
 * pane receives an implementation as a prop (Office.js in Excel, exceljs in file mode)
 * and never touches Excel or Office itself.
 */
import type { Finding } from "../domain/findings";
import type { Settings } from "../domain/settings";
import type { IsoDate } from "../domain/types";
import type { DashboardSummary, ReportLights } from "./supervision-summaries";

/** Reports progress of a long operation: a Chinese step label and a fraction 0–1. */
export type ProgressFn = (step: string, fraction: number) => void;

/** A unit at the bottom of its category, as the pane lists it. */
export interface BottomUnit {
  rank: number;
  unitCode: string;
  unitName: string;
  /** The total as 排名结果 shows it (at the settings' precision). */
  score: string;
}

/** One name on the accountability list, as the pane lists it. */
export interface AccountabilityLine {
  type: string;
  unitCode: string;
  unitName: string;
  person: string;
  role: string;
  basis: string;
  evidence: string;
  needsReview: boolean;
}

/** Summary of a ranking run, for the pane: plain data, everything a reviewer reads without leaving it. */
export interface RankSummary {
  ranked: number;
  unranked: number;
  accountability: number;
  needsReview: number;
  /** Per category: how many units were ranked, and the last ones with their totals (ties at the boundary included). */
  categories: { category: string; ranked: number; bottom: BottomUnit[] }[];
  /** The accountability list, in the order of 问责名单. */
  entries: AccountabilityLine[];
}

export interface OperationOutcome<S = undefined> {
  /** False when errors in the data blocked the operation (nothing was written). */
  ok: boolean;
  findings: Finding[];
  summary?: S;
  /** A one-line Chinese message for a notification. */
  message: string;
  /** True when the workbook is not a 提升年 workbook (no contract sheet): nothing was written. */
  foreign?: boolean;
}

export interface CreateWorkbookSummary {
  created: string[];
  skipped: string[];
}

/** The checks that enable or disable the pane's buttons (STYLE.md, habit 3): the commands call the same ones first. */
export interface WorkbenchState {
  /** Contract sheets that exist in the workbook. */
  presentSheets: string[];
  /** Contract sheets that are missing. */
  missingSheets: string[];
  /** Campaign year read from 参数设置, if it exists. */
  year: number | null;
  /** The settings read from 参数设置 (its stage dates drive the pane's 当前阶段), if it exists. */
  settings?: Settings | null;
  /** The year the input sheets' date limits were made for (元数据), if known. */
  dateLimitYear?: number | null;
}

export interface Workbench {
  /** Where the workbench runs: inside Excel, or on a file chosen in the browser. */
  mode: "excel" | "file";
  state(): Promise<WorkbenchState>;
  /** 创建标准工作簿, or 补齐缺失工作表 when some contract sheets exist (touches nothing else). */
  createWorkbook(options: { year: number; demo: boolean }, progress: ProgressFn): Promise<OperationOutcome<CreateWorkbookSummary>>;
  /** 按新年度更新日期限制: re-applies every input sheet's date limits for 参数设置's 活动年度 (values untouched). */
  updateDateLimits(progress: ProgressFn): Promise<OperationOutcome<CreateWorkbookSummary>>;
  /** 一键排名: rank every unit per category and write 排名结果 and 问责名单. */
  rank(progress: ProgressFn): Promise<OperationOutcome<RankSummary>>;
  /** 校验: validate every input sheet and write 校验结果. */
  validate(progress: ProgressFn): Promise<OperationOutcome>;
  /** Selects a cell (jump to a finding). */
  selectCell(sheet: string, cell: string): Promise<void>;

  // 督查 (五、问责追究): the pane's 督查 section.
  /** 生成督查通报: writes the notice of `batch` as of `asOf`; the summary lists every task's light. */
  report(asOf: IsoDate, batch: string, progress: ProgressFn): Promise<OperationOutcome<ReportLights>>;
  /** 工作看板: writes the board as of `asOf` (charts inside Excel, data bars in files) and returns its figures. */
  dashboard(asOf: IsoDate, progress: ProgressFn): Promise<OperationOutcome<DashboardSummary>>;
}
