/**
 * The sheets a unit's template covers and how their rows are matched between a returned
 * file and the master: by a natural key, never by row position (a unit may sort or insert rows).
 */
import type { CampaignData, PlanSubmission, ProgressReport, SelfInspection } from "../types";

/** The record kinds a unit fills in its template: 方案报送, 工作进度, 自查自纠. */
export type CollectKind = "plans" | "progress" | "inspections";

/** The collected kinds in template order. */
export const COLLECT_KINDS: readonly CollectKind[] = ["plans", "progress", "inspections"];

/** The records of the collected kinds (a returned file's, or the master's). */
export type CollectRecords = Pick<CampaignData, CollectKind>;

/** One record of a collected kind. */
export type CollectRecord = PlanSubmission | ProgressReport | SelfInspection;

/** No records of any collected kind. */
export function emptyRecords(): CollectRecords {
  return { plans: [], progress: [], inspections: [] };
}

/**
 * The natural key of a record, and so what each sheet means: 工作进度 is a log of reports keyed
 * by (序号, 填报单位编码, 填报日期); 自查自纠 a ledger of problems keyed by (单位编码, 问题编号);
 * 方案报送 one implementation plan per unit (四、第二阶段; 校验 refuses a second), keyed by 单位编码,
 * so a revised title or date corrects the plan rather than adding one.
 */
export function keyOf(kind: CollectKind, record: CollectRecord): string {
  switch (kind) {
    case "plans": {
      const r = record as PlanSubmission;
      return JSON.stringify([r.unitCode]);
    }
    case "progress": {
      const r = record as ProgressReport;
      return JSON.stringify([r.taskSeq, r.unitCode, r.date]);
    }
    case "inspections": {
      const r = record as SelfInspection;
      return JSON.stringify([r.unitCode, r.problemId]);
    }
  }
}

/** A record's contents without where it was read from, with keys in a fixed order (for comparing and storing). */
export function contentOf(record: CollectRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const entries = Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [key, value] of entries) if (key !== "origin") out[key] = value;
  return out;
}

/** True when two records hold the same values (their origins aside). */
export function sameContent(a: CollectRecord, b: CollectRecord): boolean {
  return JSON.stringify(contentOf(a)) === JSON.stringify(contentOf(b));
}
