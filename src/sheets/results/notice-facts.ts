/**
 * The figures of a 督查通报 in sentences (一、总体情况 and the stage it was written in): numbers
 * said in words as an office writes them ("按时报送 45 个", never "45/51"), zero parts left
 * out, and the stage of 四、活动步骤 respected — before 自查自纠 begins the notice says so
 * instead of quoting a ledger of zeros.
 */
import { supervisionBatches } from "../../domain/campaign";
import type { Settings } from "../../domain/settings";
import type { SupervisionReport } from "../../domain/supervision";
import { chineseDate } from "./notice-model";

/** Where the notice's date falls against the campaign's stages. */
export interface NoticeStage {
  /** Before 活动开始日期. */
  beforeCampaign: boolean;
  /** 自查自纠 has begun (the ledger's figures mean something). */
  inspecting: boolean;
  /** Past 评议考核截止日期. */
  yearEnded: boolean;
}

/** The stage of `asOf` for the notice's wording. */
export function noticeStage(settings: Settings, asOf: string): NoticeStage {
  return {
    beforeCampaign: asOf < settings.campaignStart,
    inspecting: asOf >= settings.selfInspectionStart,
    yearEnded: asOf > settings.evaluationEnd,
  };
}

/** "3 项、滞后 2 项" style list of the non-zero parts, joined by "，"; `none` when all are zero. */
export function countsText(parts: readonly [string, number][], unit: string, none: string): string {
  const shown = parts.filter(([, n]) => n > 0).map(([word, n]) => `${word}${n}${unit}`);
  return shown.length > 0 ? shown.join("，") : none;
}

/** "86.7%" or "—". */
export function rateText(rate: number | null): string {
  return rate === null ? "—" : `${rate}%`;
}

/** A paragraph of 一、总体情况: its topic (the 楷体 lead) and its sentences. */
export interface Topic {
  topic: string;
  text: string;
}

/** The paragraphs of 一、总体情况: plans, tasks, self-inspection, this batch's inspection (and a word first when the campaign has not begun). */
export function overviewParagraphs(report: SupervisionReport, settings: Settings): { before: string | null; topics: Topic[] } {
  const stage = noticeStage(settings, report.asOf);
  const asOf = chineseDate(report.asOf);
  const before = stage.beforeCampaign
    ? `截至${asOf}，活动尚未开始（活动开始日期为${chineseDate(settings.campaignStart)}），以下均为活动开始前的情况。`
    : null;
  return {
    before,
    topics: [
      { topic: "实施方案报送", text: planSentence(report, asOf) },
      { topic: "重点工作推进", text: taskSentence(report, asOf) },
      { topic: "自查自纠", text: inspectionSentence(report, settings, stage, asOf) },
      { topic: report.batch, text: supervisionSentence(report) },
    ],
  };
}

function planSentence(report: SupervisionReport, asOf: string): string {
  const p = report.plans;
  const deadline = chineseDate(p.deadline);
  if (p.due === 0) return "单位名册中没有需要报送实施方案的单位。";
  if (report.asOf <= p.deadline) {
    const sent = p.onTime + p.late;
    return `报送截止日期为${deadline}，截至${asOf}，应报送的${p.due}个单位中已报送${sent}个，尚未报送${p.missing}个。`;
  }
  if (p.missing === 0 && p.late === 0) return `应报送的${p.due}个单位全部在${deadline}前按时报送。`;
  const parts = countsText(
    [
      ["按时报送", p.onTime],
      ["逾期报送", p.late],
      ["至今尚未报送", p.missing],
    ],
    "个",
    ""
  );
  return `应报送的${p.due}个单位中，${parts}（报送截止日期为${deadline}）。`;
}

function taskSentence(report: SupervisionReport, asOf: string): string {
  const s = report.statusCounts;
  const n = report.tasks.length;
  if (n === 0) return "「重点工作」表中尚无重点工作。";
  const parts = countsText(
    [
      ["已完成", s.已完成],
      ["按序时进度正常推进", s.正常],
      ["滞后于序时进度", s.滞后],
      ["超过完成时限未完成", s.逾期],
      ["牵头单位未按报送周期报送进度", s.未报送],
    ],
    "项",
    ""
  );
  return `截至${asOf}，${n}项重点工作中，${parts}。`;
}

function inspectionSentence(report: SupervisionReport, settings: Settings, stage: NoticeStage, asOf: string): string {
  const t = report.inspections.total;
  if (!stage.inspecting) {
    const from = chineseDate(settings.selfInspectionStart);
    const counted = t.found > 0 ? `已有单位提前登记问题${t.found}个，` : "";
    return `第三阶段自查自纠于${from}开始，截至${asOf}尚未开始，${counted}查找问题和整改销号情况待自查自纠开始后通报。`;
  }
  if (t.found === 0) return `自查自纠已于${chineseDate(settings.selfInspectionStart)}开始，截至${asOf}各单位尚未登记查找的问题。`;
  const units = report.inspections.byUnit.length;
  const overdue = t.overdue > 0 ? `；超过整改时限尚未整改的${t.overdue}个` : "；没有超过整改时限未整改的问题";
  return `${units}个单位共查找问题${t.found}个，已整改销号${t.closed}个，销号率${rateText(t.rate)}${overdue}。`;
}

function supervisionSentence(report: SupervisionReport): string {
  const records = report.supervision;
  if (records.length === 0) return `截至${chineseDate(report.asOf)}尚无督查记录。`;
  const circulated = records.filter((r) => r.circulated);
  const units = new Set(records.map((r) => r.unitCode)).size;
  const notified = new Set(circulated.map((r) => r.unitCode)).size;
  const tail = circulated.length > 0 ? `，其中予以通报的${circulated.length}个，涉及${notified}个单位` : "，均未予通报";
  return `督查${units}个单位，发现问题${records.length}个${tail}。`;
}

/** The batch's number among the six (1–6, 督查记录's order): the {序号} of the 发文字号. */
export function batchSerial(settings: Settings, batch: string): number {
  return (
    Math.max(
      supervisionBatches(settings).findIndex((b) => b.name === batch),
      0
    ) + 1
  );
}
