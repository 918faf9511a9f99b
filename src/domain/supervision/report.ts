/**
 * The supervision report as of a date: task lights, the 自查自纠 ledger, 方案报送 and one
 * batch's 督查记录 — everything a 督查通报 states (五、问责追究: 督查情况在全市范围内通报).
 * Pure: the date is passed in, never read from a clock.
 */
import { hasErrors, type Finding } from "../findings";
import type { Settings } from "../settings";
import type { CampaignData, IsoDate, Locate, SupervisionFinding } from "../types";
import { batchRecords, defaultBatch } from "./batches";
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
  const findings = [...judged.findings, ...inspections.findings];
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
