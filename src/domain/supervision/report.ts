/**
 * The supervision report as of a date: task lights, the 自查自纠 ledger, 方案报送 and one
 * batch's 督查记录 — everything a 督查通报 states (五、问责追究: 督查情况在全市范围内通报).
 * Pure: the date is passed in, never read from a clock.
 */
import { hasErrors, type Finding } from "../findings";
import type { Settings } from "../settings";
import type { CampaignData, IsoDate, Locate, SupervisionFinding } from "../types";
import { NOTICE_BATCH_MISMATCH, NOTICE_BEFORE_CAMPAIGN } from "../catalogue/supervision-rules";
import { supervisionBatches } from "../campaign";
import { findingOf } from "../findings";
import { batchRecords, defaultBatch } from "./batches";
import { daysFrom } from "./days";
import { inspectionLedger, type InspectionLedger } from "./inspection-ledger";
import { planTally, type PlanTally } from "./plan-tally";
import { TASK_STATUS_WORDS, taskStatuses, type TaskStatus, type TaskStatusWord } from "./task-status";

export interface SupervisionReport {
  asOf: IsoDate;
  year: number;
  batch: string;
  tasks: TaskStatus[];
  /** How many tasks have each status. */
  statusCounts: Record<TaskStatusWord, number>;
  inspections: InspectionLedger;
  plans: PlanTally;
  /** The batch's records dated on or before the date, in sheet order. */
  supervision: SupervisionFinding[];
  /** Tasks whose lead names no unit (errors) and overdue rectification (warnings). */
  findings: Finding[];
  /** False when a finding is an error: a notice must not be written from such data. */
  ok: boolean;
}

export interface ReportInput {
  data: Pick<CampaignData, "units" | "tasks" | "progress" | "plans" | "inspections" | "supervision">;
  settings: Settings;
  locate: Locate;
  asOf: IsoDate;
  /** The batch to report on; default: the one inspected last on or before the date. */
  batch?: string;
}

/** Computes the whole report; nothing is written here. */
export function supervisionReport(input: ReportInput): SupervisionReport {
  const { data, settings, locate, asOf } = input;
  const judged = taskStatuses({ tasks: data.tasks, progress: data.progress, units: data.units, settings, asOf, locate });
  const inspections = inspectionLedger(data.inspections, data.units, asOf, locate);
  const batch = input.batch ?? defaultBatch(data.supervision, settings, asOf);
  const statusCounts = Object.fromEntries(TASK_STATUS_WORDS.map((w) => [w, 0])) as Record<TaskStatusWord, number>;
  for (const t of judged.tasks) statusCounts[t.status]++;
  const findings = [...judged.findings, ...inspections.findings, ...noticeDateChecks(settings, batch, asOf)];
  return {
    asOf,
    year: settings.year,
    batch,
    tasks: judged.tasks,
    statusCounts,
    inspections,
    plans: planTally(data.plans, data.units, settings.planDue, asOf),
    supervision: batchRecords(data.supervision, batch, asOf),
    findings,
    ok: !hasErrors(findings),
  };
}

/** Days after a batch's window that its notice may still be dated (a quarter's notice is written in the weeks after it). */
export const BATCH_GRACE_DAYS = 31;

/**
 * Warnings when the date and the batch do not fit the campaign: a date before 活动开始日期, or
 * a date outside the batch's window (before it opens, or more than BATCH_GRACE_DAYS after it closes).
 */
export function noticeDateChecks(settings: Settings, batch: string, asOf: IsoDate): Finding[] {
  const findings: Finding[] = [];
  if (asOf < settings.campaignStart) findings.push(findingOf(NOTICE_BEFORE_CAMPAIGN, "参数设置", "", { asOf, start: settings.campaignStart }));
  const window = supervisionBatches(settings).find((b) => b.name === batch);
  if (window && (asOf < window.from || daysFrom(window.to, asOf) > BATCH_GRACE_DAYS)) {
    const where = asOf < window.from ? "在其开始之前" : `在其结束 ${daysFrom(window.to, asOf)} 天之后`;
    findings.push(findingOf(NOTICE_BATCH_MISMATCH, "督查记录", "", { batch, from: window.from, to: window.to, asOf, where }));
  }
  return findings;
}
