/**
 * 从上一年度创建 (issue 23): last year's book read for what a new year carries over (参数设置,
 * 单位名册, 评议主体, 重点工作), judged by 校验's reading rules; errors there stop it.
 */
import { hasErrors, type Finding } from "../domain/findings";
import { nextYearCampaign } from "../domain/next-year";
import type { Settings } from "../domain/settings";
import type { CampaignData } from "../domain/types";
import { GROUPS_SHEET, SETTINGS_SHEET, TASKS_SHEET, UNITS_SHEET } from "../sheets/contract";
import type { WorkbookGrids } from "../sheets/grid";
import { readCampaign } from "../sheets/read/read-campaign";
import { judgeWorkbook } from "./judge-workbook";

/** The sheets a new year is made from. */
export const CARRIED_SHEETS = [SETTINGS_SHEET, UNITS_SHEET, GROUPS_SHEET, TASKS_SHEET].map((s) => s.name);

/** The new year's settings and records from last year's sheets, or the errors that stop it. */
export function nextYearFrom(
  grids: WorkbookGrids,
  year: number
): { ok: true; from: { settings: Settings; data: CampaignData } } | { ok: false; findings: Finding[] } {
  const read = readCampaign(grids, CARRIED_SHEETS);
  if (read.missingSheets.length > 0 || read.incompleteSheets.length > 0 || hasErrors(read.findings)) {
    return { ok: false, findings: read.findings.filter((f) => f.severity === "error") };
  }
  return { ok: true, from: nextYearCampaign({ settings: read.settings, data: read.data }, year) };
}

/** Last year's places by unit code from its book's sheets (ranked afresh), or null when its ranking is blocked. */
export function lastYearPlaces(grids: WorkbookGrids, today: string): Map<string, { rank: number; count: number }> | null {
  const { ranking } = judgeWorkbook(grids, today);
  if (!ranking?.ok || ranking.rankings.length === 0) return null;
  const counts = new Map<string, number>();
  for (const r of ranking.rankings) counts.set(r.category, (counts.get(r.category) ?? 0) + 1);
  return new Map(ranking.rankings.map((r) => [r.unitCode, { rank: r.rank, count: counts.get(r.category) ?? 0 }]));
}
