import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import type { Worksheet } from "exceljs";
import { META_SHEET, UNITS_SHEET } from "../../src/sheets/contract";
import { readMeta } from "../../src/sheets/meta-sheet";
import { readTemplateMeta, readTemplateMetaEntries, TEMPLATE_META_SHEET } from "../../src/sheets/template-meta";
import { nodeZipCodec } from "../../src/cli/zip-codec";
import { readCustomProperties } from "../support/custom-properties";
import { openXlsxPort } from "../../src/xlsx/xlsx-port";
import { runCli } from "./run-cli";

let dir: string;
let master: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tisheng-distribute-"));
  master = join(dir, "master.xlsx");
  expect((await runCli("init", master, "--demo", "--year", "2026")).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function open(path: string) {
  return openXlsxPort(readFileSync(path));
}

async function masterUnits(): Promise<{ code: string; name: string; category: string }[]> {
  const handle = await open(master);
  const grids = await handle.port.run((s) => s.readSheets([UNITS_SHEET.name]));
  return grids
    .get(UNITS_SHEET.name)!
    .rows.slice(1)
    .map((r) => ({ code: String(r[0]), name: String(r[1]), category: String(r[2]) }));
}

/** The 牵头单位 of every task on the master's 重点工作. */
async function masterLeads(): Promise<Set<string>> {
  const handle = await open(master);
  const grid = (await handle.port.run((s) => s.readSheets(["重点工作"]))).get("重点工作")!;
  const lead = grid.rows[0].indexOf("牵头单位");
  return new Set(grid.rows.slice(1).map((r) => String(r[lead]).trim()));
}

/** 序号, 牵头单位 and 配合单位 of each task of the master. */
async function masterTaskRows(): Promise<{ seq: number; lead: string; cooperating: string[] }[]> {
  const handle = await open(master);
  const grid = (await handle.port.run((s) => s.readSheets(["重点工作"]))).get("重点工作")!;
  const [seq, lead, coop] = ["序号", "牵头单位", "配合单位"].map((h) => grid.rows[0].indexOf(h));
  return grid.rows
    .slice(1)
    .map((r) => ({
      seq: Number(r[seq]),
      lead: String(r[lead]).trim(),
      cooperating: String(r[coop] ?? "")
        .split(/[、,，]/)
        .map((x) => x.trim()),
    }))
    .sort((a, b) => a.seq - b.seq);
}

/** The column of `header` in the first row of `ws` (1-based). */
function col(ws: Worksheet, header: string): number {
  const values = ws.getRow(1).values as unknown[];
  const i = values.indexOf(header);
  if (i < 1) throw new Error(`no column ${header} on ${ws.name}`);
  return i;
}

describe("tisheng distribute", () => {
  const out = () => join(dir, "all");

  it("writes one template per unit of 单位名册, with safe names, and leaves the master unchanged", async () => {
    const before = readFileSync(master);
    const run = await runCli("distribute", master, "--out-dir", out());
    expect(run.code).toBe(0);
    const units = await masterUnits();
    const files = readdirSync(out()).sort();
    expect(files).toHaveLength(units.length);
    for (const u of units) expect(files).toContain(`${u.code}_${u.name}_2026.xlsx`.replace(/[\\/:*?"<>|]/g, "_"));
    expect(run.stdout).toContain("分发记录");
    expect(run.stderr).toContain(`第 ${units.length}/${units.length} 份`);
    expect(readFileSync(master).equals(before)).toBe(true);
  });

  it("gives a lead unit its tasks pre-listed, 序号/工作内容 and its code locked, and metadata that reads back", async () => {
    const leads = await masterLeads();
    const town = (await masterUnits()).find((u) => leads.has(u.name) || leads.has(u.code))!;
    const handle = await open(join(out(), `${town.code}_${town.name}_2026.xlsx`));
    const wb = handle.workbook;
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(["填表说明", "方案报送", "工作进度", "自查自纠", "选项", TEMPLATE_META_SHEET])
    );
    const progress = wb.getWorksheet("工作进度")!;
    const ownTasks = (await masterTaskRows()).filter((t) => t.lead === town.name || t.lead === town.code || t.cooperating.includes(town.name));
    // The reports the master holds for the town come first, then one empty row per task it takes part in.
    const dates = Array.from({ length: progress.rowCount - 1 }, (_, i) => progress.getCell(i + 2, col(progress, "填报日期")).value);
    const carried = dates.filter((d) => d != null).length;
    expect(dates.slice(carried).every((d) => d == null)).toBe(true);
    expect(progress.rowCount).toBe(carried + ownTasks.length + 1);
    expect(progress.getCell(carried + 2, 1).value).toBe(ownTasks[0].seq);
    const [seq, content, code, pct] = [col(progress, "序号"), col(progress, "工作内容"), col(progress, "填报单位编码"), col(progress, "进度(%)")];
    expect(progress.getCell(2, seq).value).toEqual(expect.any(Number));
    expect(String(progress.getCell(2, content).value)).not.toBe("");
    expect(progress.getCell(2, code).value).toBe(town.code);
    for (const c of [seq, content, code]) expect(progress.getCell(2, c).protection?.locked).not.toBe(false);
    expect(progress.getCell(2, pct).protection?.locked).toBe(false);
    expect(progress.getCell(2, pct).dataValidation).toEqual(expect.objectContaining({ type: "whole" }));
    const status = progress.getCell(2, col(progress, "状态")).dataValidation;
    expect(status).toEqual(expect.objectContaining({ type: "list" }));
    expect(status.formulae?.[0]).toContain("选项");
  });

  it("gives a town 方案报送 with its code pre-filled and locked, and the deadline in its 填表说明", async () => {
    const town = (await masterUnits()).find((u) => u.category === "镇(区)")!;
    const wb = (await open(join(out(), `${town.code}_${town.name}_2026.xlsx`))).workbook;
    const plans = wb.getWorksheet("方案报送")!;
    expect(plans.getCell(2, col(plans, "单位编码")).value).toBe(town.code);
    expect(plans.getCell(2, col(plans, "单位编码")).protection?.locked).not.toBe(false);
    const instructions = wb.getWorksheet("填表说明")!;
    const text = instructions.getSheetValues().flat().join("\n");
    expect(text).toContain(town.name);
    if (town.category !== "重点科室") expect(text).toContain("2026-03-05");
    expect(text).toContain("原样发回市优化办");
  });

  it("carries metadata that reads back with the master's campaign id", async () => {
    const town = (await masterUnits())[0];
    const handle = await open(join(out(), `${town.code}_${town.name}_2026.xlsx`));
    const wb = handle.workbook;
    const meta = readTemplateMeta((await handle.port.run((s) => s.readSheets([TEMPLATE_META_SHEET]))).get(TEMPLATE_META_SHEET));
    const masterMeta = readMeta((await (await open(master)).port.run((s) => s.readSheets([META_SHEET]))).get(META_SHEET));
    expect(meta.meta).toEqual(expect.objectContaining({ unitCode: town.code, year: 2026, campaignId: masterMeta.campaignId, kind: "单位填报模板" }));
    expect(meta.meta?.headerHash).toMatch(/^[0-9a-f]{64}$/);
    expect(wb.getWorksheet(TEMPLATE_META_SHEET)!.state).toBe("veryHidden");
    const props = readCustomProperties(readFileSync(join(out(), `${town.code}_${town.name}_2026.xlsx`)), nodeZipCodec);
    expect(readTemplateMetaEntries(props)).toEqual({ meta: meta.meta });
    expect(wb.getWorksheet("选项")!.state).toBe("hidden");
  });

  it("gives a key section no 方案报送", async () => {
    const section = (await masterUnits()).find((u) => u.category === "重点科室")!;
    const handle = await open(join(out(), `${section.code}_${section.name}_2026.xlsx`));
    const names = handle.workbook.worksheets.map((w) => w.name);
    expect(names).not.toContain("方案报送");
    const text = handle.workbook.getWorksheet("填表说明")!.getSheetValues().flat().join("\n");
    expect(text).toContain(section.name);
    expect(text).toContain("不单独报送");
    expect(names).toContain("自查自纠");
    const inspection = handle.workbook.getWorksheet("自查自纠")!;
    expect(inspection.getCell(2, col(inspection, "单位编码")).value).toBe(section.code);
  });

  it("makes only the units asked for with --units, and refuses an unknown code with exit 2", async () => {
    const [a, b] = await masterUnits();
    const target = join(dir, "some");
    expect((await runCli("distribute", master, "--out-dir", target, "--units", `${a.code},${b.code}`)).code).toBe(0);
    expect(readdirSync(target)).toHaveLength(2);
    const bad = await runCli("distribute", master, "--out-dir", join(dir, "none"), "--units", `${a.code},ZZ999`);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("ZZ999");
    expect(existsSync(join(dir, "none")) ? readdirSync(join(dir, "none")) : []).toHaveLength(0);
  });

  it("refuses to overwrite a template without --force, before writing anything", async () => {
    const [a] = await masterUnits();
    const target = join(dir, "again");
    expect((await runCli("distribute", master, "--out-dir", target, "--units", a.code)).code).toBe(0);
    const file = join(target, readdirSync(target)[0]);
    writeFileSync(file, "precious");
    const refused = await runCli("distribute", master, "--out-dir", target, "--units", a.code);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--force");
    expect(readFileSync(file, "utf8")).toBe("precious");
    expect((await runCli("distribute", master, "--out-dir", target, "--units", a.code, "--force")).code).toBe(0);
  });

  it("writes one .zip of the templates with --zip", async () => {
    const [a, b, c] = await masterUnits();
    const target = join(dir, "zipped");
    const run = await runCli("distribute", master, "--out-dir", target, "--units", [a, b, c].map((u) => u.code).join(","), "--zip");
    expect(run.code).toBe(0);
    expect(readdirSync(target)).toEqual(["单位填报模板_2026.zip"]);
    const names = zipNames(readFileSync(join(target, "单位填报模板_2026.zip")));
    expect(names).toEqual([a, b, c].map((u) => `${u.code}_${u.name}_2026.xlsx`));
  });
});

/** The entry names of a zip (local headers), each entry's data checked to inflate to an xlsx. */
function zipNames(zip: Buffer): string[] {
  const names: string[] = [];
  let p = 0;
  while (zip.readUInt32LE(p) === 0x04034b50) {
    const size = zip.readUInt32LE(p + 18);
    const nameLength = zip.readUInt16LE(p + 26);
    const extra = zip.readUInt16LE(p + 28);
    names.push(zip.subarray(p + 30, p + 30 + nameLength).toString("utf8"));
    const data = zip.subarray(p + 30 + nameLength + extra, p + 30 + nameLength + extra + size);
    expect(inflateRawSync(data).subarray(0, 2).toString()).toBe("PK");
    p += 30 + nameLength + extra + size;
  }
  return names;
}
