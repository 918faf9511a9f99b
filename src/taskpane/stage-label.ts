/** The header's words for the campaign year and its current stage (四、活动步骤), from a clock date. */
import { currentStage } from "../domain/campaign";
import { defaultSettings, isoDate } from "../domain/settings";

/** The calendar date of `date` where the user is (a deadline is a local calendar day). */
export function localIsoDate(date: Date): string {
  return isoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** "当前阶段：自查自纠（7月1日–9月30日）", or a plain note when `today` is outside the campaign year. */
export function stageLabel(year: number, today: Date): string {
  const stage = currentStage(defaultSettings(year), localIsoDate(today));
  if (!stage) return `当前阶段：不在${year}年活动期内`;
  return `当前阶段：${stage.name}（${monthDay(stage.from)}–${monthDay(stage.to)}）`;
}

function monthDay(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}
