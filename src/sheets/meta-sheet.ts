/**
 * 元数据, the hidden sheet the add-in keeps about the workbook: the template version,
 * the campaign year, the year the input sheets' date limits were made for, and when the
 * workbook was created. 参数设置's 活动年度 may change afterwards; the date limits do not
 * follow by themselves (Excel stores them as fixed dates), so the year they were made for
 * is kept here for the pane to notice the difference.
 */
import type { Settings } from "../domain/settings";
import { META_SHEET, SCHEMA_VERSION } from "./contract";
import { isBlank, type CellValue, type SheetGrid } from "./grid";
import { recordKeepingPlan, type SheetPlan } from "./plan";

/** What 元数据 says about the workbook (null where it says nothing readable). */
export interface WorkbookMeta {
  /** The year the date limits of the input sheets were made for. */
  dateLimitYear: number | null;
  /** When the workbook was created (ISO 8601), kept when the date limits are updated. */
  createdAt: string | null;
  /**
   * The campaign's random id (活动编号), written when the workbook is created; templates
   * handed out carry it so returned files can be matched to their campaign. Null in
   * workbooks made before it existed (创建标准工作簿/补齐 in the pane adds it).
   */
  campaignId: string | null;
}

const KEY_CAMPAIGN_YEAR = "活动年度";
const KEY_DATE_LIMIT_YEAR = "日期限制年度";
const KEY_CREATED_AT = "创建时间";
const KEY_UPDATED_AT = "日期限制更新时间";
const KEY_CAMPAIGN_ID = "活动编号";

/**
 * A new campaign id: 32 lowercase hex digits from 16 random bytes. The bytes come from
 * the caller (crypto.getRandomValues in the browser, node:crypto on the command line),
 * so this module stays pure and tests can fix them.
 */
export function newCampaignId(randomBytes: Uint8Array): string {
  if (randomBytes.length < 16) throw new Error("newCampaignId needs 16 random bytes");
  return Array.from(randomBytes.subarray(0, 16), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** What a rewrite of 元数据 keeps or adds besides the settings and the creation time. */
export interface MetaExtra {
  /** When the date limits were re-applied (按新年度更新日期限制). */
  updatedAt?: Date;
  /** The campaign id (kept on every rewrite; added by 创建/补齐 when missing). */
  campaignId?: string | null;
  /** The year the date limits were made for, when it is not 活动年度 (a rewrite that leaves the limits alone). */
  dateLimitYear?: number | null;
}

/**
 * The hidden 元数据 sheet for `settings`; `updatedAt` is given when the date limits were
 * re-applied, `campaignId` whenever the workbook has one (it must survive every rewrite).
 */
export function metaPlan(settings: Settings, createdAt: Date | string, extra: MetaExtra = {}): SheetPlan {
  const { updatedAt, campaignId } = extra;
  const rows: CellValue[][] = [
    ["键", "值"],
    ["模板版本", SCHEMA_VERSION],
    ...(campaignId ? [[KEY_CAMPAIGN_ID, campaignId]] : []),
    [KEY_CAMPAIGN_YEAR, settings.year],
    [KEY_DATE_LIMIT_YEAR, extra.dateLimitYear ?? settings.year],
    [KEY_CREATED_AT, typeof createdAt === "string" ? createdAt : createdAt.toISOString()],
    ...(updatedAt ? [[KEY_UPDATED_AT, updatedAt.toISOString()]] : []),
    ["生成工具", "提升年工作台 Tisheng Workbench"],
  ];
  return recordKeepingPlan(META_SHEET, "veryHidden", rows, [14, 30]);
}

/**
 * Reads 元数据. Workbooks made before 日期限制年度 existed have their limits of the year
 * they were created in, which their 活动年度 row records.
 */
export function readMeta(grid: SheetGrid | undefined): WorkbookMeta {
  const values = new Map<string, CellValue>();
  for (const row of grid?.rows.slice(1) ?? []) {
    const key = row?.[0];
    if (!isBlank(key) && !isBlank(row[1])) values.set(String(key).trim(), row[1]);
  }
  const yearOf = (value: CellValue | undefined) => {
    const year = Number(typeof value === "string" ? value.trim() : value);
    return Number.isInteger(year) && year >= 1900 && year <= 9999 ? year : null;
  };
  const created = values.get(KEY_CREATED_AT);
  const id = values.get(KEY_CAMPAIGN_ID);
  return {
    campaignId: typeof id === "string" && id.trim() !== "" ? id.trim() : null,
    dateLimitYear: yearOf(values.get(KEY_DATE_LIMIT_YEAR)) ?? yearOf(values.get(KEY_CAMPAIGN_YEAR)),
    createdAt: typeof created === "string" ? created : null,
  };
}
