/**
 * The template metadata contract, shared by Distribute (which writes it into every unit's
 * template) and Collect (which reads it back to match a returned file to its campaign,
 * year and unit, never by the file's name alone).
 *
 * The metadata lives twice in a template, under the same keys:
 * - a very hidden sheet 模板信息 of key/value rows (header 键/值), which every reader of
 *   the workbook sees, whatever wrote the file;
 * - the document's custom properties (docProps/custom.xml), which survive a unit that
 *   deletes the hidden sheet with a tool able to show it, and which the file properties
 *   dialog of Excel/WPS shows. Collect prefers the sheet and may compare both.
 *
 * The header hash lets Collect notice renamed, removed or reordered columns without
 * trusting the file's own word: it is the sha256 (hex) of `headerSignature` of the
 * template's input sheets. Hashing is injected (`Sha256Hex`) so this module stays pure:
 * Node's crypto on the command line, SubtleCrypto in the browser.
 */
import { isBlank, type CellValue, type SheetGrid } from "./grid";
import type { SheetPlan } from "./plan";

/** The very hidden sheet holding a template's metadata. */
export const TEMPLATE_META_SHEET = "模板信息";
/** The template kind written into every unit's template. */
export const TEMPLATE_KIND = "单位填报模板";
/** The version of the template layout; bump it when a template's sheets or columns change. */
export const TEMPLATE_SCHEMA_VERSION = "1.0";

/** What a template says about itself. */
export interface TemplateMeta {
  /** The campaign's random id (元数据's 活动编号 of the master the template came from). */
  campaignId: string;
  /** 活动年度 of the master. */
  year: number;
  /** The unit the template was made for. */
  unitCode: string;
  /** Always TEMPLATE_KIND for a unit's template. */
  kind: string;
  /** TEMPLATE_SCHEMA_VERSION at the time the template was made. */
  schemaVersion: string;
  /** When the template was made, "yyyy-mm-dd hh:mm" (local time of the office). */
  createdAt: string;
  /** sha256 hex of headerSignature(the template's input sheets). */
  headerHash: string;
  /** sha256 hex of the template's base (template-base.ts); absent in templates made before templates carried rows. */
  baseHash?: string;
}

/** The keys of the metadata, in the order they are written (sheet rows and custom properties alike). */
export const TEMPLATE_META_KEYS = {
  campaignId: "活动编号",
  year: "活动年度",
  unitCode: "单位编码",
  kind: "模板类型",
  schemaVersion: "模板版本",
  createdAt: "生成时间",
  headerHash: "表头校验码",
  baseHash: "基线校验码",
} as const satisfies Record<keyof TemplateMeta, string>;

/** The keys a template may lack: added after templates were first handed out. */
const OPTIONAL_KEYS: ReadonlySet<keyof TemplateMeta> = new Set(["baseHash"]);

/** Hashes text (UTF-8) to lowercase sha256 hex; injected so sheets stays pure. */
export type Sha256Hex = (text: string) => Promise<string>;

/** One input sheet of a template by its header texts, in column order. */
export interface SheetHeaders {
  name: string;
  headers: readonly string[];
}

/**
 * The text whose sha256 is the header hash: one line per sheet, in template order, the
 * sheet name then each header text (trimmed), separated by tabs. Renaming, removing,
 * adding or reordering a column (or a sheet) changes it.
 */
export function headerSignature(sheets: readonly SheetHeaders[]): string {
  return sheets.map((s) => [s.name, ...s.headers.map((h) => h.trim())].join("\t")).join("\n");
}

/** The header hash of `sheets` with the injected hash function. */
export function headerHash(sheets: readonly SheetHeaders[], sha256: Sha256Hex): Promise<string> {
  return sha256(headerSignature(sheets));
}

/** The metadata as key/value pairs (the custom properties; values are strings or the year). */
export function templateMetaEntries(meta: TemplateMeta): [string, string | number][] {
  return (Object.keys(TEMPLATE_META_KEYS) as (keyof TemplateMeta)[]).flatMap((field) => {
    const value = meta[field];
    return value === undefined ? [] : [[TEMPLATE_META_KEYS[field], value] as [string, string | number]];
  });
}

/** The rows of the 模板信息 sheet: a 键/值 header, then one row per key. */
export function templateMetaRows(meta: TemplateMeta): CellValue[][] {
  return [["键", "值"], ...templateMetaEntries(meta)];
}

/** The very hidden, protected 模板信息 sheet of `meta`. */
export function templateMetaPlan(meta: TemplateMeta): SheetPlan {
  return {
    name: TEMPLATE_META_SHEET,
    visibility: "veryHidden",
    rows: templateMetaRows(meta),
    widths: [14, 68],
    frozenRows: 1,
    headerRows: [1],
    numberFormats: [],
    validations: [],
    protect: true,
    unlocked: [],
  };
}

/**
 * A 模板信息 grid made from the document's custom properties, for a file whose hidden sheet was
 * deleted (by a tool able to show very hidden sheets): the properties still say which campaign
 * and unit it belongs to. Undefined when the properties carry no template identity.
 */
export function metaGridFromProperties(properties: ReadonlyMap<string, string>): SheetGrid | undefined {
  if (!properties.has(TEMPLATE_META_KEYS.unitCode) || !properties.has(TEMPLATE_META_KEYS.campaignId)) return undefined;
  const rows: CellValue[][] = [["键", "值"]];
  for (const key of Object.values(TEMPLATE_META_KEYS)) if (properties.has(key)) rows.push([key, properties.get(key)!]);
  return { name: TEMPLATE_META_SHEET, rows, merges: [] };
}

/** The metadata read back, or why it could not be (in Chinese, for the office). */
export type TemplateMetaResult = { meta: TemplateMeta; reason?: undefined } | { meta: null; reason: string };

/** Reads the 模板信息 sheet (its grid as read by either adapter). */
export function readTemplateMeta(grid: SheetGrid | undefined): TemplateMetaResult {
  if (!grid) return { meta: null, reason: `文件中没有“${TEMPLATE_META_SHEET}”隐藏表，不是由市优化办分发的单位填报模板（或已被改动）。` };
  const values = new Map<string, CellValue>();
  for (const row of grid.rows.slice(1)) {
    const key = row?.[0];
    if (!isBlank(key)) values.set(String(key).trim(), row[1] ?? null);
  }
  return readTemplateMetaEntries(values);
}

/**
 * Reads the metadata from key/value pairs (the sheet's rows or the custom properties).
 * Every key must be present and non-blank, 活动年度 a year, 模板类型 TEMPLATE_KIND.
 */
export function readTemplateMetaEntries(values: ReadonlyMap<string, CellValue | undefined>): TemplateMetaResult {
  const text = (field: keyof TemplateMeta): string | null => {
    const v = values.get(TEMPLATE_META_KEYS[field]);
    if (isBlank(v) || v === undefined || v === null) return null;
    if (v instanceof Date || typeof v === "object") return null;
    return String(v).trim();
  };
  const missing = (Object.keys(TEMPLATE_META_KEYS) as (keyof TemplateMeta)[]).filter((f) => !OPTIONAL_KEYS.has(f) && text(f) === null);
  if (missing.length > 0) {
    const names = missing.map((f) => TEMPLATE_META_KEYS[f]).join("、");
    return { meta: null, reason: `模板信息缺少“${names}”，无法确认该文件属于哪次活动、哪个单位；请使用市优化办分发的原始模板重新填写。` };
  }
  const year = Number(text("year"));
  if (!Number.isInteger(year) || year < 1900 || year > 9999) {
    return { meta: null, reason: `模板信息中的活动年度“${text("year")}”不是有效年份；请使用市优化办分发的原始模板重新填写。` };
  }
  const kind = text("kind") as string;
  if (kind !== TEMPLATE_KIND) {
    return { meta: null, reason: `模板类型为“${kind}”，不是“${TEMPLATE_KIND}”；该文件不是单位填报模板。` };
  }
  return {
    meta: {
      campaignId: text("campaignId") as string,
      year,
      unitCode: text("unitCode") as string,
      kind,
      schemaVersion: text("schemaVersion") as string,
      createdAt: text("createdAt") as string,
      headerHash: (text("headerHash") as string).toLowerCase(),
      ...(text("baseHash") ? { baseHash: (text("baseHash") as string).toLowerCase() } : {}),
    },
  };
}

/** "yyyy-mm-dd hh:mm" of `date` in local time (the createdAt format). */
export function formatCreatedAt(date: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())} ${p(date.getHours())}:${p(date.getMinutes())}`;
}
