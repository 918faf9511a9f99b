/**
 * What the task pane, the ribbon commands and file mode can do, as one interface. The
 * pane receives an implementation as a prop (Office.js in Excel, exceljs in file mode)
 * and never touches Excel or Office itself.
 */
import type { Finding } from "../domain/findings";
import type { Settings } from "../domain/settings";
import type { IsoDate } from "../domain/types";
import type { FileOutcome } from "../domain/collect";
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
  /** True when 元数据 exists without 活动编号 (made before 分发 existed): 创建/补齐 adds it, and 分发 waits for it. */
  campaignIdMissing?: boolean;
}

/** 分发填报模板's result: every template in one .zip, for the pane to offer as a download. */
export interface DistributeSummary {
  /** How many unit templates the .zip holds. */
  count: number;
  /** The .zip's file name, e.g. 填报模板_2026.zip (safe for Windows). */
  zipName: string;
  zip: Uint8Array;
  /** Codes asked for that 单位名册 does not list (nothing was made then). */
  unknownUnits: string[];
}

/** A returned file handed to 汇总回收文件: its name as picked and its bytes. */
export interface ReturnedFileInput {
  name: string;
  data: ArrayBuffer;
}

/** One returned file's fate in a collect batch, as the pane previews it: why it merged, was refused, unclaimed or in conflict, with its row counts. */
export type CollectFileLine = FileOutcome;

/** 汇总回收文件's preview (nothing written) or its result (written). */
export interface CollectSummary {
  /** The batch id (its ISO time). */
  batch: string;
  /** False for a preview: nothing was written. */
  written: boolean;
  files: CollectFileLine[];
  /** Units with nothing submitted yet (报送情况's 未报送 list). */
  notSubmitted: string[];
  /** The same units with their names and categories, in roster order (the pane groups them by category). */
  notSubmittedUnits: { code: string; name: string; category: string }[];
  /** The name of every unit a file names (the pane shows names beside codes). */
  unitNames: Record<string, string>;
  /** Rows both the unit and the office changed: kept as the master holds them, each with both values in words. */
  conflicts: CollectConflictLine[];
  /** True when confirming would change the master (some file merges). */
  changesMaster: boolean;
}

/** One conflict of a collect batch, in the office's words. */
export interface CollectConflictLine {
  file: string;
  unitCode: string;
  sheet: string;
  /** The row's key in words (序号 and 填报日期, 问题编号, 方案名称). */
  key: string;
  /** The row as the master holds it now, in words. */
  master: string;
  /** The row as the unit returned it, in words. */
  returned: string;
}

/** 撤销上次汇总's result. */
export interface UndoCollectSummary {
  /** The batch undone (its ISO time). */
  batch: string;
  /** Rows restored per sheet name. */
  restored: Record<string, number>;
  /** Rows the batch wrote that changed since: kept as they are now, listed (the key in words). */
  kept: { unitCode: string; sheet: string; key: string }[];
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

  // 分发汇总 (the document: units' 实施方案, lead units' reports, 自查自纠 lists come back to 市优化办).
  /** 分发填报模板: one template per unit of 单位名册 (or of `units`), zipped; records 分发记录 in the workbook. */
  distributeTemplates(options: { units?: string[] }, progress: ProgressFn): Promise<OperationOutcome<DistributeSummary>>;
  /**
   * 汇总回收文件: judges the returned files against the workbook. With `write: false` it is the
   * preview and writes nothing; with `write: true` it merges, logs the batch in 汇总记录 and
   * replaces 报送情况, in one write. `signal` aborted before the write leaves the workbook untouched.
   */
  collect(
    files: ReturnedFileInput[],
    options: { write: boolean; signal?: AbortSignal },
    progress: ProgressFn
  ): Promise<OperationOutcome<CollectSummary>>;
  /** 撤销上次汇总: restores exactly the rows the last batch replaced, and logs the undo. */
  undoCollect(progress: ProgressFn): Promise<OperationOutcome<UndoCollectSummary>>;
}
