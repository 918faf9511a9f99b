/** The header's words for the current stage (四、活动步骤), from the workbook's settings and a clock date. */
import { currentStage, monthDay } from "../domain/campaign";
import type { Settings } from "../domain/settings";
import { isoOfInstant } from "../sheets/dates";

/** "当前阶段：自查自纠（7月1日–9月30日）", or a plain note when `today` is outside the campaign year. */
export function stageLabel(settings: Settings, today: Date): string {
  const stage = currentStage(settings, isoOfInstant(today));
  if (!stage) return `当前阶段：不在${settings.year}年活动期内`;
  return `当前阶段：${stage.name}（${monthDay(stage.from)}–${monthDay(stage.to)}）`;
}
