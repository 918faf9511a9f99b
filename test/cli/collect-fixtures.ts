/**
 * Fixtures for the collect tests: the demo master (made by `tisheng init --demo`, given a
 * 活动编号 in 元数据), and unit files built as a unit's Excel would save them: through
 * exceljs directly, never through our writer, each with the 模板信息 sheet of template-meta.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { CollectKind, CollectRecords } from "../../src/domain/collect";
import type { CampaignData } from "../../src/domain/types";
import { META_SHEET } from "../../src/sheets/contract";
import { isoToJsDate } from "../../src/sheets/dates";
import { readCampaign } from "../../src/sheets/read/read-campaign";
import { RECORD_SHEETS } from "../../src/sheets/record-sheets";
import {
  headerSignature,
  templateMetaRows,
  TEMPLATE_KIND,
  TEMPLATE_META_SHEET,
  TEMPLATE_SCHEMA_VERSION,
  type TemplateMeta,
} from "../../src/sheets/template-meta";
import { nodeSha256Hex } from "../../src/cli/collect-inputs";
import { templateBaseHash, templateBaseRows, TEMPLATE_BASE_SHEET } from "../../src/sheets/template-base";
import { openXlsxPort } from "../../src/xlsx/xlsx-port";
import { oncePerRun, runFolder } from "../support/run-cache";
import { runCli } from "./run-cli";

export const CAMPAIGN_ID = "c0ffee00-test-campaign";
export const KINDS: readonly CollectKind[] = ["plans", "progress", "inspections"];

/** Makes the demo master in `dir`, with 活动编号 in 元数据 (made once per run, then copied); returns its path. */
export async function makeMaster(dir: string): Promise<string> {
  const path = join(dir, "master.xlsx");
  writeFileSync(path, await oncePerRun("collect-master", async () => readFileSync(await makeMasterFile(mkdtempSync(join(runFolder(), "master-"))))));
  return path;
}

async function makeMasterFile(dir: string): Promise<string> {
  const path = join(dir, "master.xlsx");
  expect((await runCli("init", path, "--demo")).code).toBe(0);
  const handle = await openXlsxPort(readFileSync(path));
  const meta = handle.workbook.getWorksheet(META_SHEET)!;
  // init gives every new master a random 活动编号: the fixtures use a known one instead.
  let found = false;
  meta.eachRow((row) => {
    if (row.getCell(1).value !== "活动编号") return;
    row.getCell(2).value = CAMPAIGN_ID;
    found = true;
  });
  if (!found) meta.addRow(["活动编号", CAMPAIGN_ID]);
  writeFileSync(path, await handle.save());
  return path;
}

/** The records of a workbook file, read as the product reads them. */
export async function recordsOf(path: string): Promise<CampaignData> {
  const handle = await openXlsxPort(readFileSync(path));
  const grids = await handle.port.run(async (s) => s.readSheets(await s.sheetNames()));
  return readCampaign(grids).data;
}

/** A record without its origin. */
export function bare(rows: readonly { origin?: unknown }[]): object[] {
  return rows.map((row) => {
    const rest = { ...row };
    delete rest.origin;
    return rest;
  });
}

export interface UnitFileOptions {
  meta?: Partial<TemplateMeta> | null;
  /** Header rows to use instead of the contract's, per sheet. */
  headers?: Partial<Record<CollectKind, string[]>>;
  /** Rows left as the template pre-filled them (the unit's code only; on 工作进度 also 序号), after the records. */
  prefilled?: number;
  /** Cells to overwrite after the rows are written: [kind, A1, value]. */
  cells?: [CollectKind, string, ExcelJS.CellValue][];
  /** The unit's rows the template carried out (its base, written to 模板基线 with 基线校验码); none: a template from before bases. */
  base?: CollectRecords;
}

/** The cell of a field value as a unit's Excel holds it (dates as Date cells). */
function cellOf(type: string, value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (type === "date") return isoToJsDate(String(value));
  if (type === "yesno") return value ? "是" : "否";
  if (Array.isArray(value)) return value.join("、");
  return value as ExcelJS.CellValue;
}

/** Writes a unit's returned file at `path` with `records` on the sheets of `kinds`. */
export async function writeUnitFile(
  path: string,
  unitCode: string,
  records: CollectRecords,
  options: UnitFileOptions = {},
  kinds = KINDS
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const sheets = kinds.map((kind) => {
    const schema = RECORD_SHEETS[kind];
    const headers = options.headers?.[kind] ?? schema.columns.map((c) => c.header);
    return { kind, schema, headers };
  });
  for (const { kind, schema, headers } of sheets) {
    const ws = wb.addWorksheet(schema.name);
    ws.addRow(headers);
    for (const record of records[kind]) {
      const row = headers.map((h) => {
        const column = schema.columns.find((c) => c.header === h);
        return column ? cellOf(column.type, (record as unknown as Record<string, unknown>)[column.field]) : null;
      });
      ws.addRow(row);
    }
    for (let i = 0; i < (options.prefilled ?? 0); i++) {
      ws.addRow(headers.map((h) => (h === "单位编码" || h === "填报单位编码" ? unitCode : h === "序号" ? i + 1 : null)));
    }
  }
  for (const [kind, address, value] of options.cells ?? []) wb.getWorksheet(RECORD_SHEETS[kind].name)!.getCell(address).value = value;
  if (options.meta !== null) {
    const hash = createHash("sha256")
      .update(headerSignature(sheets.map((s) => ({ name: s.schema.name, headers: s.schema.columns.map((c) => c.header) }))))
      .digest("hex");
    const baseRows = options.base ? templateBaseRows(options.base) : null;
    const meta: TemplateMeta = {
      campaignId: CAMPAIGN_ID,
      year: 2010,
      unitCode,
      kind: TEMPLATE_KIND,
      schemaVersion: TEMPLATE_SCHEMA_VERSION,
      createdAt: "2010-02-20 09:00",
      headerHash: hash,
      ...(baseRows ? { baseHash: await templateBaseHash(baseRows, nodeSha256Hex) } : {}),
      ...options.meta,
    };
    const ws = wb.addWorksheet(TEMPLATE_META_SHEET, { state: "veryHidden" });
    for (const row of templateMetaRows(meta)) ws.addRow(row as ExcelJS.CellValue[]);
    if (baseRows) {
      const base = wb.addWorksheet(TEMPLATE_BASE_SHEET, { state: "veryHidden" });
      for (const row of baseRows) base.addRow(row as ExcelJS.CellValue[]);
    }
  }
  writeFileSync(path, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return path;
}

/** The rows of `unitCode` of the collected kinds in `data`. */
export function unitRecords(data: CampaignData, unitCode: string): CollectRecords {
  return {
    plans: data.plans.filter((r) => r.unitCode === unitCode),
    progress: data.progress.filter((r) => r.unitCode === unitCode),
    inspections: data.inspections.filter((r) => r.unitCode === unitCode),
  };
}

/** What a unit does in its own Excel: fills the first pre-listed task's empty row of its template's 工作进度 (below the reports it carries) and saves. */
export async function fillFirstProgress(template: Uint8Array, notes: string): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("工作进度")!;
  const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
  let row = 2;
  while (ws.getRow(row).getCell(headers.indexOf("填报日期")).value != null) row++;
  const cell = (header: string) => ws.getRow(row).getCell(headers.indexOf(header));
  cell("填报日期").value = new Date(Date.UTC(2010, 5, 1));
  cell("进度(%)").value = 50;
  cell("状态").value = "推进中";
  cell("进展情况").value = notes;
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}
