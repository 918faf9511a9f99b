/**
 * Demo 工作进度: one to three reports per key task, by its lead or cooperating units,
 * with a percentage that grows over the year and a status that agrees with it
 * (100 ⇔ 已完成, 0 ⇔ 未启动, well behind the calendar ⇒ 滞后).
 */
import { isoDate, type Settings } from "../domain/settings";
import type { IsoDate, KeyTask, ProgressReport, Unit } from "../domain/types";
import { addDays, daysBetween, maxDate, minDate, randomDate } from "./calendar";
import type { Random } from "./random";

const PACES = [1.25, 1.1, 1, 1, 1, 0.95, 0.6];

const NOTES: Record<string, readonly string[]> = {
  未启动: ["正在开展前期调研，尚未正式启动", "已明确分管领导，待市里统一部署后启动"],
  推进中: ["已制定工作方案并召开推进会，正按计划推进", "已完成责任分解，相关制度正在起草", "阶段性任务已完成，正在组织督促检查"],
  滞后: ["受机构调整影响，进度滞后，已明确补救措施", "配合部门意见尚未反馈，进度滞后"],
  已完成: ["已按期完成，相关制度文件已印发", "已完成全部任务，正在总结经验做法"],
};

/** Reports by the lead and cooperating units of each task; units are found in the roster by name. */
export function demoProgress(rng: Random, settings: Settings, tasks: readonly KeyTask[], units: readonly Unit[]): ProgressReport[] {
  const codeOf = new Map(units.map((u) => [u.name, u.code]));
  const yearStart = isoDate(settings.year, 1, 1);
  const lastReport = isoDate(settings.year, 11, 30);
  const reports: ProgressReport[] = [];
  for (const task of tasks) {
    const lead = codeOf.get(task.lead);
    if (lead === undefined) continue;
    const helpers = task.cooperating.map((name) => codeOf.get(name)).filter((c): c is string => c !== undefined);
    const until = minDate(task.deadline, lastReport);
    // Most tasks keep to the calendar; some run ahead and finish early, some fall behind.
    const pace = rng.pick(PACES);
    const dates = Array.from({ length: rng.int(1, 3) }, () => randomDate(rng, settings.planDue, until)).sort();
    // A task on schedule whose deadline has passed was reported finished in its last days.
    const closed = task.deadline <= lastReport && pace >= 1;
    if (closed) dates[dates.length - 1] = randomDate(rng, maxDate(dates[dates.length - 1], addDays(task.deadline, -10)), task.deadline);
    let percent = 0;
    dates.forEach((date, i) => {
      const expected = expectedPercent(yearStart, task.deadline, date);
      const last = i === dates.length - 1;
      percent = closed && last ? 100 : Math.max(percent, Math.min(100, roundTo5(expected * pace + (rng.next() - 0.5) * 16)));
      const status = statusOf(percent, expected);
      reports.push({
        taskSeq: task.seq,
        unitCode: i === 0 || helpers.length === 0 ? lead : rng.pick([lead, ...helpers]),
        date,
        percent,
        status,
        notes: rng.pick(NOTES[status]),
      });
    });
  }
  return reports;
}

function expectedPercent(from: IsoDate, deadline: IsoDate, date: IsoDate): number {
  return (100 * daysBetween(from, date)) / Math.max(1, daysBetween(from, deadline));
}

function roundTo5(value: number): number {
  return Math.max(0, Math.round(value / 5) * 5);
}

function statusOf(percent: number, expected: number): string {
  if (percent >= 100) return "已完成";
  if (percent <= 0) return "未启动";
  return percent < expected - 20 ? "滞后" : "推进中";
}
