/**
 * Set-up for the pane's 分发汇总 tests: the master as the product reads it (records and
 * 活动编号), and returned files made as a unit's Excel would save them (through exceljs,
 * by the command line's fixture, never through our writer), handed over as the pane's
 * file picker hands them: a name and an ArrayBuffer.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ReturnedFileInput } from "../../src/app/workbench";
import type { CollectKind, CollectRecords } from "../../src/domain/collect";
import type { CampaignData } from "../../src/domain/types";
import { META_SHEET } from "../../src/sheets/contract";
import type { WorkbookPort } from "../../src/sheets/port";
import { readMeta } from "../../src/sheets/meta-sheet";
import { readCampaign } from "../../src/sheets/read/read-campaign";
import { bare, unitRecords, writeUnitFile, type UnitFileOptions } from "../cli/collect-fixtures";

export { bare, unitRecords };

export const KINDS: readonly CollectKind[] = ["plans", "progress", "inspections"];

let dir: string | undefined;
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The master's records and 活动编号, read through `port` as the product reads them. */
export async function masterOf(port: WorkbookPort): Promise<{ data: CampaignData; campaignId: string }> {
  const grids = await port.run(async (s) => s.readSheets(await s.sheetNames()));
  const campaignId = readMeta(grids.get(META_SHEET)).campaignId;
  if (!campaignId) throw new Error("the master has no 活动编号");
  return { data: readCampaign(grids).data, campaignId };
}

/** Units of the demo with rows on every collected sheet. */
export function fullUnits(data: CampaignData): string[] {
  return data.units.filter((u) => KINDS.every((k) => data[k].some((r) => r.unitCode === u.code))).map((u) => u.code);
}

/** A unit's returned file (a unit's Excel wrote it) for the master of `campaignId`, as the pane's picker gives it. */
export async function returnedFile(
  name: string,
  campaignId: string,
  unitCode: string,
  records: CollectRecords,
  options: UnitFileOptions = {}
): Promise<ReturnedFileInput> {
  dir ??= mkdtempSync(join(tmpdir(), "tisheng-pane-collect-"));
  const path = await writeUnitFile(join(dir, name), unitCode, records, {
    ...options,
    meta: options.meta === null ? null : { campaignId, ...options.meta },
  });
  const bytes = readFileSync(path);
  return { name, data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
}

/** The unit's rows with each 工作进度 row's 进展情况 and each 方案报送 row's 方案名称 rewritten (a real change). */
export function edited(records: CollectRecords, tag: string): CollectRecords {
  return {
    plans: records.plans.map((r) => ({ ...r, title: `${r.title}（${tag}）` })),
    progress: records.progress.map((r) => ({ ...r, notes: `${tag}：按计划推进` })),
    inspections: records.inspections,
  };
}

/** The collected kinds of `data`, without origins (what a comparison of rows should see). */
export function collectedRows(data: CampaignData): Record<CollectKind, object[]> {
  return { plans: bare(data.plans), progress: bare(data.progress), inspections: bare(data.inspections) };
}
