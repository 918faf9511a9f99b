/**
 * Builds the 督查通报 of a supervision report as a document model (./notice-model): 发文字号,
 * title, 主送机关, the opening paragraph (the campaign document, the batch, the dates, who
 * inspected), 一、总体情况 to 五、下一步要求, the 落款 and the 成文日期. Pure: the Word writer
 * (src/xlsx/notice-docx.ts) and the notice sheet (./supervision-notice.ts) render it.
 */
import type { Settings } from "../../domain/settings";
import type { SupervisionReport } from "../../domain/supervision";
import type { Origin, Unit } from "../../domain/types";
import { batchSerial, overviewParagraphs } from "./notice-facts";
import {
  addresseeLine,
  chineseDate,
  chineseDateRange,
  docNumberOf,
  NOTICE_SECTIONS,
  type NoticeBlock,
  type NoticeDocument,
  type OfficeTexts,
} from "./notice-model";
import { defaultPractices, defaultRequirements } from "./notice-office-text";
import { problemBlocks, rectificationBlocks, SUB_NUMBERS } from "./notice-sections";

/** The campaign document every notice rests on. */
export const CAMPAIGN_DOCUMENT = "市委、市政府《关于开展“能力作风建设提升年”活动的实施意见》（坛委发〔2010〕10号）";

/** What the notice needs besides the report. */
export interface NoticeInput {
  report: SupervisionReport;
  settings: Settings;
  /** 单位名册: the names of the units the notice mentions. */
  units: readonly Unit[];
  /** The office's own words from an earlier notice of the batch (null parts: the defaults). */
  office?: OfficeTexts;
}

/** The notice's title: the campaign year and the batch (GB/T 9704: 发文机关 + 事由 + 文种). */
export function noticeTitle(year: number, batch: string): string {
  return `关于${year}年“能力作风建设提升年”活动${batch}情况的通报`;
}

/** The whole notice as a document model. */
export function noticeDocument(input: NoticeInput): NoticeDocument {
  const { report, settings } = input;
  const names = new Map(input.units.map((u) => [u.code, u.name]));
  const nameOf = (code: string) => names.get(code) ?? code;
  const blocks: NoticeBlock[] = [{ kind: "paragraph", text: openingParagraph(report, settings) }];
  blocks.push({ kind: "heading", text: NOTICE_SECTIONS.overview });
  const overview = overviewParagraphs(report, settings);
  if (overview.before) blocks.push({ kind: "paragraph", text: overview.before });
  overview.topics.forEach((t, i) => blocks.push({ kind: "paragraph", lead: `${SUB_NUMBERS[i]}${t.topic}。`, text: t.text }));
  blocks.push({ kind: "heading", text: NOTICE_SECTIONS.practices });
  for (const text of input.office?.practices ?? defaultPractices(report, settings)) blocks.push(officeParagraph(text));
  blocks.push({ kind: "heading", text: NOTICE_SECTIONS.problems }, ...problemBlocks(report, nameOf));
  blocks.push({ kind: "heading", text: NOTICE_SECTIONS.rectification }, ...rectificationBlocks(report, settings, nameOf));
  blocks.push({ kind: "heading", text: NOTICE_SECTIONS.requirements });
  for (const text of input.office?.requirements ?? defaultRequirements(report, settings)) blocks.push(officeParagraph(text));
  return {
    issuer: settings.issuer,
    docNumber: docNumberOf(settings.docNumberTemplate, report.year, batchSerial(settings, report.batch)),
    title: noticeTitle(report.year, report.batch),
    addressee: addresseeLine(settings.addressee),
    blocks,
    date: chineseDate(settings.issueDate ?? report.asOf),
    asOf: report.asOf,
    batch: report.batch,
    fileName: `督查通报-${report.batch}-${report.asOf}.docx`,
  };
}

/** A paragraph the office wrote: a leading "（一）…。" becomes its 楷体 lead. */
function officeParagraph(text: string): NoticeBlock {
  const m = /^(（[一二三四五六七八九十]+）[^。：；]{1,20}?[。：；])(.+)$/u.exec(text.trim());
  if (m && m[1].length <= 16) return { kind: "paragraph", lead: m[1], text: m[2] };
  return { kind: "paragraph", text: text.trim() };
}

/** The opening: the document and the clause it follows, the batch, its dates and who inspected; then 现将有关情况通报如下. */
function openingParagraph(report: SupervisionReport, settings: Settings): string {
  const clause = report.batch.includes("集中")
    ? "“在上半年和下半年，组织督查组各进行一次集中督查，督查情况在全市范围内通报”"
    : "“市优化办每季度对活动的开展情况进行常规督查”";
  const dates = report.supervision.map((r) => r.date).sort();
  if (dates.length === 0)
    return `根据${CAMPAIGN_DOCUMENT}${clause}的要求，现将截至${chineseDate(report.asOf)}全市“能力作风建设提升年”活动开展情况和${report.batch}安排通报如下：`;
  const units = new Set(report.supervision.map((r) => r.unitCode)).size;
  const when = chineseDateRange(dates[0], dates[dates.length - 1]);
  return `根据${CAMPAIGN_DOCUMENT}${clause}的要求，${settings.issuer}于${when}组织督查组，对${units}个单位开展了${report.batch}。现将有关情况通报如下：`;
}

/** Where the long texts of a notice's tables come from (a finding, a task's content, a lead's words, a problem), for the sheet's “全文见” pointer. */
export function noticeOrigins(report: SupervisionReport): Map<string, Origin> {
  const origins = new Map<string, Origin>();
  const add = (text: string, origin: Origin | undefined) => origin && !origins.has(text) && origins.set(text, origin);
  for (const r of report.supervision) add(r.finding, r.origin);
  for (const t of report.tasks) {
    add(t.task.content, t.task.origin);
    if (t.latest) add(t.latest.notes.trim(), t.latest.origin);
  }
  for (const item of report.inspections.overdueItems) add(`${item.problemId} ${item.description}`, item.origin);
  return origins;
}
