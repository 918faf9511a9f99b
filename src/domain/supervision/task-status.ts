/**
 * The light of each key task as of a date (BRIEF.md "Year-round supervision, precisely"):
 * only the lead unit's latest report on or before the date counts (四、第二阶段: 牵头部门
 * 抓好组织实施); cooperating units' reports are shown beside it, never counted.
 */
import { PROGRESS_DONE } from "../campaign";
import { SUPERVISION_LEAD_UNMATCHED } from "../catalogue/supervision-rules";
import { findingOf, type Finding } from "../findings";
import type { Settings } from "../settings";
import type { IsoDate, KeyTask, Locate, ProgressReport, Unit } from "../types";
import { daysFrom } from "./days";
import { unitLookup } from "./unit-lookup";

/** The statuses, in the order they are judged (the first that matches wins) and counted. */
export const TASK_STATUS_WORDS = ["已完成", "逾期", "未报送", "滞后", "正常"] as const;
export type TaskStatusWord = (typeof TASK_STATUS_WORDS)[number];

/** One task judged as of a date. */
export interface TaskStatus {
  task: KeyTask;
  /** The lead unit, as found in 单位名册. */
  lead: Unit;
  /** 序时进度 in percent (0–100, one decimal: what is shown is what is judged). */
  expected: number;
  /** The lead unit's latest report on or before the date; null when it has none. */
  latest: ProgressReport | null;
  /** The latest report of each other unit on or before the date (shown, never counted), by unit code. */
  others: ProgressReport[];
  status: TaskStatusWord;
}

export interface TaskStatusInput {
  tasks: readonly KeyTask[];
  progress: readonly ProgressReport[];
  units: readonly Unit[];
  settings: Pick<Settings, "campaignStart" | "reportCycleDays" | "scheduleTolerance">;
  asOf: IsoDate;
  locate: Locate;
}

/**
 * 序时进度 as of `asOf`: the share of the days from the campaign start to the deadline that
 * have passed, in percent, capped to 0–100 and rounded to one decimal. A task due on or
 * before the start is fully due as soon as the start has passed.
 */
export function expectedProgress(start: IsoDate, deadline: IsoDate, asOf: IsoDate): number {
  const elapsed = daysFrom(start, asOf);
  const span = daysFrom(start, deadline);
  if (elapsed <= 0) return 0;
  if (span <= 0 || elapsed >= span) return 100;
  return Math.round((1000 * elapsed) / span) / 10;
}

/** The status of a task, first match wins: 已完成, 逾期, 未报送, 滞后, 正常. */
export function judgeTask(
  deadline: IsoDate,
  latest: ProgressReport | null,
  expected: number,
  asOf: IsoDate,
  settings: TaskStatusInput["settings"]
): TaskStatusWord {
  if (latest && (latest.status === PROGRESS_DONE || latest.percent >= 100)) return "已完成";
  if (asOf > deadline) return "逾期";
  if (!latest || daysFrom(latest.date, asOf) > settings.reportCycleDays) return "未报送";
  // Rounded to a tenth, as both figures are shown: a gap exactly at the tolerance is still 正常.
  const gap = Math.round((expected - latest.percent) * 10) / 10;
  return gap > settings.scheduleTolerance ? "滞后" : "正常";
}

/** Judges every task of 重点工作 as of `asOf`; a task whose lead names no unit is left out with an error at its 牵头单位 cell. */
export function taskStatuses(input: TaskStatusInput): { tasks: TaskStatus[]; findings: Finding[] } {
  const lookup = unitLookup(input.units);
  const reports = reportsUpTo(input.progress, input.asOf);
  const findings: Finding[] = [];
  const tasks: TaskStatus[] = [];
  for (const task of input.tasks) {
    const lead = lookup.resolve(task.lead);
    if (!lead) {
      const cell = input.locate(task.origin, "lead");
      findings.push(findingOf(SUPERVISION_LEAD_UNMATCHED, task.origin?.sheet ?? "重点工作", cell, { seq: task.seq, lead: task.lead }));
      continue;
    }
    const latestByUnit = reports.get(task.seq) ?? new Map<string, ProgressReport>();
    const latest = latestByUnit.get(lead.code) ?? null;
    const others = [...latestByUnit.values()].filter((r) => r !== latest);
    const expected = expectedProgress(input.settings.campaignStart, task.deadline, input.asOf);
    tasks.push({ task, lead, expected, latest, others, status: judgeTask(task.deadline, latest, expected, input.asOf, input.settings) });
  }
  return { tasks, findings };
}

/**
 * Per task, each unit's latest report dated on or before `asOf`. Two reports of one unit on
 * the same day: the lower one on the sheet wins (the later entry).
 */
function reportsUpTo(progress: readonly ProgressReport[], asOf: IsoDate): Map<number, Map<string, ProgressReport>> {
  const byTask = new Map<number, Map<string, ProgressReport>>();
  progress.forEach((report) => {
    if (report.date > asOf) return;
    const units = byTask.get(report.taskSeq) ?? new Map<string, ProgressReport>();
    byTask.set(report.taskSeq, units);
    const seen = units.get(report.unitCode);
    if (!seen || report.date > seen.date || (report.date === seen.date && (report.origin?.row ?? 0) >= (seen.origin?.row ?? 0)))
      units.set(report.unitCode, report);
  });
  return byTask;
}
