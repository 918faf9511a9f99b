/**
 * The parts of a 督查通报 the office writes: 二、主要做法和成效 and 五、下一步要求. Each has a
 * default that follows what the data shows (never asking 被通报的单位 to act when none was
 * circulated, never naming 滞后 tasks when there are none); the office edits them on the
 * notice sheet, and producing the same batch's notice again keeps its words.
 */
import type { Settings } from "../../domain/settings";
import type { SupervisionReport } from "../../domain/supervision";
import { isBlank, type SheetGrid } from "../grid";
import { noticeStage } from "./notice-facts";
import { chineseDate } from "./notice-model";
import { SUB_NUMBERS } from "./notice-sections";

/** 二、主要做法和成效 by default: what the campaign document asked for, and what the data shows was done. */
export function defaultPractices(report: SupervisionReport, settings: Settings): string[] {
  const stage = noticeStage(settings, report.asOf);
  if (stage.beforeCampaign) return ["活动尚未开始，各镇(区)、各部门正在按照市委、市政府的统一部署做好动员准备。"];
  const lines = [
    "各镇(区)、各部门按照市委、市政府的统一部署，及时召开会议传达学习动员大会精神，结合自身实际制定实施方案，建立主要领导亲自抓、分管领导具体抓的工作机制，推动各项重点工作落实。",
  ];
  const done = report.statusCounts.已完成;
  const onTime = report.plans.onTime;
  const facts = [onTime > 0 ? `${onTime}个单位按时报送了实施方案` : "", done > 0 ? `${done}项重点工作已经完成` : ""].filter((s) => s !== "");
  if (facts.length > 0) lines.push(`截至${chineseDate(report.asOf)}，${facts.join("，")}。`);
  const t = report.inspections.total;
  if (stage.inspecting && t.closed > 0) lines.push(`自查自纠中，各单位深入查找问题、剖析原因、制定整改措施，已整改销号问题${t.closed}个。`);
  return lines;
}

/** 五、下一步要求 by default: one point for each kind of problem the notice shows, and the accountability of 五、问责追究. */
export function defaultRequirements(report: SupervisionReport, settings: Settings): string[] {
  const stage = noticeStage(settings, report.asOf);
  const points: string[] = [];
  const circulated = new Set(report.supervision.filter((r) => r.circulated).map((r) => r.unitCode)).size;
  if (circulated > 0)
    points.push(`被通报的${circulated}个单位要对照通报指出的问题逐条制定整改措施，明确时限和责任人员，限期整改到位，并将整改情况报市优化办。`);
  const s = report.statusCounts;
  if (s.逾期 + s.滞后 > 0)
    points.push("超过完成时限和滞后于序时进度的重点工作，牵头单位要分析原因、倒排时间，加快推进，配合单位要积极发挥职能作用。");
  if (s.未报送 > 0) points.push("未按报送周期报送进度的牵头单位要如实报送重点工作进度，此后按报送周期按时报送。");
  if (report.plans.missing > 0 && report.asOf > report.plans.deadline) points.push("尚未报送实施方案的单位要抓紧制定并报送实施方案。");
  if (!stage.inspecting)
    points.push(`各镇(区)、各部门要提前谋划第三阶段自查自纠，自${chineseDate(settings.selfInspectionStart)}起广泛听取意见和建议，查找问题与不足。`);
  else if (report.inspections.total.found > report.inspections.total.closed && !stage.yearEnded)
    points.push("尚未完成整改的单位要对照整改措施抓紧整改，整改完成后及时销号；超过整改时限的问题要说明原因、限期完成。");
  if (!stage.yearEnded) points.push(`各单位要做好第四阶段评议考核的各项准备，评议考核于${chineseDate(settings.evaluationEnd)}前完成。`);
  points.push("市优化办将继续开展常规督查和集中督查，对督查考评中发现的问题，严格实施问责。");
  return points.map((p, i) => `${SUB_NUMBERS[i] ?? ""}${p}`);
}

/**
 * The paragraphs the office left on an earlier notice sheet between the row whose column-A
 * text is `heading` and the row that starts with `until` (in any column): a line that does not
 * open a new paragraph (after one ending in 。！？：；, or opening with （ or a space) continues the
 * one before, since a paragraph is written over several rows. Null when there is none.
 */
export function officeTextOf(grid: SheetGrid | undefined, heading: string, until: (row: readonly unknown[]) => boolean): string[] | null {
  if (!grid) return null;
  const start = grid.rows.findIndex((row) => textOf(row?.[0]) === heading);
  if (start < 0) return null;
  const paragraphs: string[] = [];
  for (const row of grid.rows.slice(start + 1)) {
    if (until(row ?? [])) break;
    if (isBlank(row?.[0])) continue;
    const line = String(row[0]);
    const last = paragraphs[paragraphs.length - 1];
    const opens = last === undefined || /[。！？：；]$/.test(last) || /^[（(\s\u3000]/.test(line);
    if (opens) paragraphs.push(line.trim());
    else paragraphs[paragraphs.length - 1] = last + line.trim();
  }
  return paragraphs.length > 0 ? paragraphs : null;
}

function textOf(value: unknown): string {
  return typeof value === "string" ? value.trim() : value === null || value === undefined ? "" : String(value);
}
