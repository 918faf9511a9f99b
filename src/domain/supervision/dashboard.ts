/**
 * 工作看板: the campaign at a glance as of a date — the stage (四、活动步骤), 方案报送, the
 * lights of the key tasks, 销号率 by 单位类别 and the findings of every 督查批次 (五、问责追究).
 * Built on the supervision report, so the board and the 督查通报 never disagree; pure (the
 * date is passed in) and plain data throughout, so the pane can show it as it is.
 */
import { currentStage, supervisionBatches, type Stage } from "../campaign";
import type { Settings } from "../settings";
import type { IsoDate, SupervisionFinding } from "../types";
import { batchRecords } from "./batches";
import type { CategoryLedger, LedgerTally } from "./inspection-ledger";
import type { PlanTally } from "./plan-tally";
import { supervisionReport, type ReportInput, type SupervisionReport } from "./report";
import { TASK_STATUS_WORDS, type TaskStatus, type TaskStatusWord } from "./task-status";

/** One task's light as plain data: what the pane lists and the board's 滞后/逾期 table shows. */
export interface TaskLight {
  seq: number;
  content: string;
  /** The lead unit's name. */
  lead: string;
  deadline: IsoDate;
  /** 序时进度 (%). */
  expected: number;
  /** The lead unit's latest reported progress (%); null when it has not reported. */
  actual: number | null;
  /** The date of that report. */
  lastReport: IsoDate | null;
  status: TaskStatusWord;
}

/** 方案报送 with its rates. */
export interface PlanFigures extends PlanTally {
  /** Sent by the date (on time or late) ÷ due, in percent with one decimal; null when no unit owes a plan. */
  submittedRate: number | null;
  /** Sent by the deadline ÷ due, likewise. */
  onTimeRate: number | null;
}

/** One 督查批次's records up to the date. */
export interface BatchFigures {
  batch: string;
  from: IsoDate;
  to: IsoDate;
  /** Records (发现问题) of the batch dated on or before the date. */
  found: number;
  /** Of them, marked 是否通报 = 是. */
  circulated: number;
  /** Distinct units the records name. */
  units: number;
}

export interface DashboardFigures {
  asOf: IsoDate;
  year: number;
  /** The stage the date falls in; null outside the campaign year. */
  stage: Stage | null;
  plans: PlanFigures;
  /** How many tasks have each status, in the order they are judged. */
  statusCounts: { status: TaskStatusWord; count: number }[];
  /** Every task's light, in 重点工作 order. */
  tasks: TaskLight[];
  /** The tasks 逾期 then 滞后, each by 序号: the ones the office chases. */
  behind: TaskLight[];
  /** 自查自纠 by 单位类别, in the campaign's order, and in total. */
  rectification: { byCategory: CategoryLedger[]; total: LedgerTally };
  /** Every 督查批次, in 督查记录's dropdown order (batches with no record yet show zeros). */
  batches: BatchFigures[];
  /** The report's findings: errors block the board, warnings are overdue rectification. */
  report: SupervisionReport;
}

/** The light of a judged task as plain data. */
export function taskLight(t: TaskStatus): TaskLight {
  return {
    seq: t.task.seq,
    content: t.task.content,
    lead: t.lead.name,
    deadline: t.task.deadline,
    expected: t.expected,
    actual: t.latest?.percent ?? null,
    lastReport: t.latest?.date ?? null,
    status: t.status,
  };
}

/** Every figure of the board as of `input.asOf` (the report's batch does not matter to it). */
export function dashboardFigures(input: Omit<ReportInput, "batch">): DashboardFigures {
  const report = supervisionReport(input);
  const tasks = report.tasks.map(taskLight);
  return {
    asOf: input.asOf,
    year: input.settings.year,
    stage: currentStage(input.settings, input.asOf),
    plans: planFigures(report.plans),
    statusCounts: TASK_STATUS_WORDS.map((status) => ({ status, count: report.statusCounts[status] })),
    tasks,
    behind: [...tasks.filter((t) => t.status === "逾期"), ...tasks.filter((t) => t.status === "滞后")],
    rectification: { byCategory: report.inspections.byCategory, total: report.inspections.total },
    batches: batchFigures(input.data.supervision, input.settings, input.asOf),
    report,
  };
}

/** Each batch's records dated on or before `asOf`: found, circulated and units named. */
export function batchFigures(records: readonly SupervisionFinding[], settings: Pick<Settings, "year">, asOf: IsoDate): BatchFigures[] {
  return supervisionBatches(settings).map(({ name, from, to }) => {
    const mine = batchRecords(records, name, asOf);
    return {
      batch: name,
      from,
      to,
      found: mine.length,
      circulated: mine.filter((r) => r.circulated).length,
      units: new Set(mine.map((r) => r.unitCode)).size,
    };
  });
}

function planFigures(plans: PlanTally): PlanFigures {
  return { ...plans, submittedRate: percent(plans.onTime + plans.late, plans.due), onTimeRate: percent(plans.onTime, plans.due) };
}

/** `part` ÷ `whole` in percent with one decimal, as 销号率 is shown; null for an empty whole. */
function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((1000 * part) / whole) / 10;
}
