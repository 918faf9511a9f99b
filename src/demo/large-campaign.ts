/**
 * A campaign of any size for measuring 校验 (npm run bench): the demo campaign, filled up
 * with clean rows of progress, self-inspection, supervision and scores until the input
 * sheets hold `rows` records in all. Pure and deterministic: no clock, no Math.random.
 */
import { PROBLEM_CATEGORIES, supervisionBatches } from "../domain/campaign";
import { demoCampaign } from "./demo-campaign";
import { isoDate, type Settings } from "../domain/settings";
import type { CampaignData } from "../domain/types";

/** Shares of the added rows: scores dominate a real workbook, then progress reports. */
const SHARES = { progress: 0.3, inspections: 0.2, supervision: 0.1 };

/** The number of records over every input sheet of `data`. */
export function recordCount(data: CampaignData): number {
  return Object.values(data).reduce((sum, records: unknown[]) => sum + records.length, 0);
}

/** The demo campaign of `settings.year` with clean rows added until it holds `rows` records (at least the demo's). */
export function largeCampaign(settings: Settings, rows: number): CampaignData {
  const data = demoCampaign(settings);
  const extra = Math.max(0, rows - recordCount(data));
  const progress = Math.floor(extra * SHARES.progress);
  const inspections = Math.floor(extra * SHARES.inspections);
  const supervision = Math.floor(extra * SHARES.supervision);
  const scores = extra - progress - inspections - supervision;

  const codeOf = new Map(data.units.map((u) => [u.name, u.code]));
  const topLevel = data.units.filter((u) => u.parentCode === "");
  const reportDates = Array.from({ length: 9 }, (_, m) => isoDate(settings.year, m + 3, 15));
  for (let i = 0; i < progress; i++) {
    const task = data.tasks[i % data.tasks.length];
    const percent = (i * 5) % 100;
    data.progress.push({
      taskSeq: task.seq,
      unitCode: codeOf.get(task.lead) ?? task.lead,
      date: reportDates[i % reportDates.length],
      percent,
      status: percent === 0 ? "未启动" : "推进中",
      notes: "按计划推进",
    });
  }
  for (let i = 0; i < inspections; i++) {
    const unit = topLevel[i % topLevel.length];
    data.inspections.push({
      unitCode: unit.code,
      problemId: `Q${Math.floor(i / topLevel.length) + 1}`,
      description: "窗口服务态度生硬",
      category: PROBLEM_CATEGORIES[i % PROBLEM_CATEGORIES.length],
      cause: "服务规范执行不严",
      measures: "开展文明服务培训",
      dueDate: isoDate(settings.year, 10, 31),
      owner: unit.leader || "张三",
      status: "整改中",
      doneDate: null,
    });
  }
  const batches = supervisionBatches(settings);
  for (let i = 0; i < supervision; i++) {
    const batch = batches[i % batches.length];
    const unit = data.units[i % data.units.length];
    data.supervision.push({ batch: batch.name, unitCode: unit.code, date: batch.from, finding: "重点工作台账不完整", circulated: false });
  }
  // More evaluators on the panels the demo already has: each round adds one evaluator per group who
  // scores every (unit, group) the demo scored, close to that panel's own mean. So the rows stay
  // plausible ballots (no unit newly scored or left thin, no score far from its panel, no one
  // evaluator in two groups): the bench measures clean data.
  const panels = new Map<string, { unitCode: string; group: string; sum: number; count: number }>();
  for (const s of data.scores) {
    const key = `${s.unitCode}\u0000${s.group}`;
    const panel = panels.get(key) ?? { unitCode: s.unitCode, group: s.group, sum: 0, count: 0 };
    panel.sum += s.score;
    panel.count++;
    panels.set(key, panel);
  }
  const slots = [...panels.values()];
  for (let i = 0; i < scores; i++) {
    const slot = slots[i % slots.length];
    data.scores.push({
      unitCode: slot.unitCode,
      group: slot.group,
      evaluatorId: `${slot.group}-X${Math.floor(i / slots.length)}`,
      score: Math.round(slot.sum / slot.count) + (i % 5) - 2,
    });
  }
  return data;
}
