/**
 * The 督查通报 as a document, before it is laid out: what a 公文 of GB/T 9704-2012 holds
 * (发文机关, 发文字号, 标题, 主送机关, 正文, 落款, 成文日期). One model serves both renderings:
 * the Word document the file engine writes and the notice sheet, so they say the same.
 */
import type { IsoDate } from "../../domain/types";

/** One block of the 正文, in order. */
export type NoticeBlock =
  /** A first-level heading, "一、总体情况" (黑体). */
  | { kind: "heading"; text: string }
  /** A paragraph; `lead` is its "（一）…。" opening (楷体), `text` the rest (仿宋). */
  | { kind: "paragraph"; lead?: string; text: string }
  /** A table: its header and rows as text, `widths` relative column widths, `numeric` 0-based columns set right. */
  | { kind: "table"; header: string[]; rows: string[][]; widths: number[]; numeric?: number[] };

/** The sections the office writes itself, kept between runs (their heading text). */
export interface OfficeTexts {
  /** 二、主要做法和成效, one paragraph a line; null: the default. */
  practices: string[] | null;
  /** 五、下一步要求, one paragraph a line; null: the default that follows the data. */
  requirements: string[] | null;
}

export interface NoticeDocument {
  /** 发文机关 (full name): the 版头 and the 落款. */
  issuer: string;
  /** 发文字号, e.g. 坛优办〔2010〕3号. */
  docNumber: string;
  title: string;
  /** 主送机关, ending in a full-width colon. */
  addressee: string;
  blocks: NoticeBlock[];
  /** 成文日期 written out: 2010年9月30日. */
  date: string;
  asOf: IsoDate;
  batch: string;
  /** The file name a download gets: 督查通报-<批次>-<数据截至>.docx. */
  fileName: string;
}

/** Section headings of the notice, in order (GB/T 9704: the first level is "一、"). */
export const NOTICE_SECTIONS = {
  overview: "一、总体情况",
  practices: "二、主要做法和成效",
  problems: "三、存在的问题",
  rectification: "四、整改情况",
  requirements: "五、下一步要求",
} as const;

/** "2010年9月30日" for 2010-09-30 (GB/T 9704-2012 7.3.5.4: 年份应标全称，月、日不编虚位). */
export function chineseDate(iso: IsoDate): string {
  return `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}

/** "2010年9月6日至20日", "2010年9月6日至10月8日", or one date when both are the same day. */
export function chineseDateRange(from: IsoDate, to: IsoDate): string {
  if (from === to) return chineseDate(from);
  if (from.slice(0, 4) !== to.slice(0, 4)) return `${chineseDate(from)}至${chineseDate(to)}`;
  const day = `${Number(to.slice(8, 10))}日`;
  return `${chineseDate(from)}至${from.slice(5, 7) === to.slice(5, 7) ? day : `${Number(to.slice(5, 7))}月${day}`}`;
}

/** The 发文字号 of `template` for a year and a batch number: {年} and {序号} filled, ( ) and [ ] around the year made 〔〕. */
export function docNumberOf(template: string, year: number, serial: number): string {
  const filled = template.replace(/\{年\}/g, String(year)).replace(/\{序号\}/g, String(serial));
  // GB/T 9704-2012 7.2.4: 年份、发文顺序号用阿拉伯数字标注；年份应标全称，用六角括号“〔〕”括入.
  return filled.replace(/[([（【［]\s*(\d{4})\s*[)\]）】］]/g, "〔$1〕");
}

/** The 主送机关 line: the addressee with one full-width colon at its end (GB/T 9704-2012 7.3.2). */
export function addresseeLine(addressee: string): string {
  return `${addressee.trim().replace(/[:：\s]+$/u, "")}：`;
}
