/**
 * The base of a unit's template: the unit's rows the template carried out, kept inside the
 * template (a very hidden 模板基线 sheet) with their hash in 模板信息 (基线校验码), so a
 * return is merged three-way against what it was made from and an edited base is noticed.
 * One row per record: the sheet, the record's key, its contents as JSON (split into pieces
 * under Excel's 32,767 characters per cell). Hashing is injected, as for the header hash.
 */
import { COLLECT_KINDS, contentOf, emptyRecords, keyOf, type CollectKind, type CollectRecord, type CollectRecords } from "../domain/collect";
import { isBlank, type CellValue, type SheetGrid } from "./grid";
import type { SheetPlan } from "./plan";
import { RECORD_SHEETS } from "./record-sheets";
import { TEMPLATE_META_SHEET, type Sha256Hex } from "./template-meta";

/** The very hidden sheet holding a template's base. */
export const TEMPLATE_BASE_SHEET = "模板基线";
const HEADERS = ["工作表", "键", "内容"];
/** The sheets read from a returned file: its metadata, its base and the sheets a template covers. */
export const RETURNED_FILE_SHEETS = [TEMPLATE_META_SHEET, TEMPLATE_BASE_SHEET, ...COLLECT_KINDS.map((k) => RECORD_SHEETS[k].name)];
/** Characters per piece of 内容 (one cell each, under Excel's limit). */
const PIECE = 30_000;

/** The rows of the base sheet for `records` (header first). */
export function templateBaseRows(records: CollectRecords): CellValue[][] {
  const rows: CellValue[][] = [HEADERS];
  for (const kind of COLLECT_KINDS)
    for (const record of records[kind]) {
      const json = JSON.stringify(contentOf(record));
      const pieces: string[] = [];
      for (let i = 0; i < json.length; i += PIECE) pieces.push(json.slice(i, i + PIECE));
      rows.push([RECORD_SHEETS[kind].name, keyOf(kind, record), ...pieces]);
    }
  return rows;
}

/** The text whose sha256 is 基线校验码: the base's rows as read back, one line each. */
function baseSignature(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.join("\t")).join("\n");
}

/** The texts of the base's data rows (header left out, blank trailing cells dropped). */
function rowTexts(rows: readonly (readonly CellValue[] | undefined)[]): string[][] {
  return rows
    .slice(1)
    .map((r) => (r ?? []).map((c) => (isBlank(c) || c === null || c === undefined ? "" : String(c))))
    .map((r) => {
      const out = [...r];
      while (out.length > 0 && out[out.length - 1] === "") out.pop();
      return out;
    })
    .filter((r) => r.length > 0);
}

/** 基线校验码 of the base rows `rows` (as templateBaseRows makes them). */
export function templateBaseHash(rows: readonly CellValue[][], sha256: Sha256Hex): Promise<string> {
  return sha256(baseSignature(rowTexts(rows)));
}

/** The very hidden, protected 模板基线 sheet. */
export function templateBasePlan(rows: CellValue[][]): SheetPlan {
  return {
    name: TEMPLATE_BASE_SHEET,
    visibility: "veryHidden",
    rows,
    widths: [12, 40, 80],
    frozenRows: 1,
    headerRows: [1],
    numberFormats: [],
    validations: [],
    protect: true,
    unlocked: [],
  };
}

const KIND_OF_SHEET = new Map<string, CollectKind>(COLLECT_KINDS.map((k) => [RECORD_SHEETS[k].name, k]));

/** The base read back, or why it cannot be trusted (Chinese, for the office). */
export type TemplateBaseResult = { records: CollectRecords; reason?: undefined } | { records: null; reason: string };

/**
 * Reads a template's base and checks it against `expectedHash` and its unit: a base that
 * was edited, or names rows of another unit, is not used.
 */
export async function readTemplateBase(grid: SheetGrid, expectedHash: string, unitCode: string, sha256: Sha256Hex): Promise<TemplateBaseResult> {
  const damaged = {
    records: null,
    reason: `模板中记录分发内容的隐藏表“${TEMPLATE_BASE_SHEET}”被改动过，无法判断单位改了哪些行，整份文件未汇总。请让单位在重新分发的模板上填写后报送。`,
  } as const;
  const texts = rowTexts(grid.rows);
  if ((await sha256(baseSignature(texts))) !== expectedHash) return damaged;
  const records = emptyRecords();
  for (const [sheet, key, ...pieces] of texts) {
    const kind = KIND_OF_SHEET.get(sheet);
    let record: unknown;
    try {
      record = JSON.parse(pieces.join(""));
    } catch {
      return damaged;
    }
    if (!kind || typeof record !== "object" || record === null) return damaged;
    const row = record as CollectRecord;
    if (row.unitCode !== unitCode || keyOf(kind, row) !== key) return damaged;
    (records[kind] as CollectRecord[]).push(row);
  }
  return { records };
}
