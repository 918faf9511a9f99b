/**
 * What the supervision operations hand the pane, as plain data. Kept apart from the operations
 * so the Workbench interface can name them without importing the operations (no import cycle).
 */
import type { DashboardFigures, TaskLight } from "../domain/supervision/dashboard";
import type { TaskStatusWord } from "../domain/supervision";
import type { IsoDate } from "../domain/types";

/** Summary figures of a report, for the pane. */
export interface ReportSummary {
  asOf: IsoDate;
  batch: string;
  /** The sheet the notice was written to. */
  sheet: string;
  statusCounts: Record<TaskStatusWord, number>;
  /** Open 自查自纠 problems past their 整改时限. */
  overdueRectification: number;
  /** Records of the batch marked 是否通报 = 是. */
  circulated: number;
}

/** The board's figures as plain data, and the sheet they were written to. */
export interface DashboardSummary extends Omit<DashboardFigures, "report"> {
  sheet: string;
}

/** A 督查通报's summary with every task's light, for the pane. */
export interface ReportLights extends ReportSummary {
  tasks: TaskLight[];
}

/** 下载通报（Word）'s result: the notice's summary and lights, and the Word document to offer as a download. */
export interface NoticeWordSummary extends ReportLights {
  /** 督查通报-<批次>-<数据截至>.docx */
  fileName: string;
  bytes: Uint8Array;
}
