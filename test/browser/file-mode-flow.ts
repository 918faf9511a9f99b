/**
 * Test (b): the pane outside Excel (the real office.js reports no host). Upload the demo
 * workbook, 一键排名, download the result, and read it back with exceljs in Node.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Workbook, type Worksheet } from "exceljs";
import { CONTRACT_SHEETS, OUTPUT_SHEETS } from "../../src/sheets/contract";
import { demoWorkbookBytes } from "./demo-workbook";
import { openTab, readSummary, type PaneSession } from "./pane-session";
import { accountabilityEntries, rankingSheetUnits, rosterCodes, type Grid } from "./result-sheets";

const INPUT_SHEETS = CONTRACT_SHEETS.map((s) => s.name);

/** A worksheet's cell values row by row (1-based rows and columns dropped), in JSON form so dates compare by value. */
function valuesOf(sheet: Worksheet | undefined): Grid {
  if (!sheet) return [];
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows[r - 1] = values.map((v) => (v === undefined ? null : v));
  });
  return JSON.parse(JSON.stringify(Array.from(rows, (row) => row ?? []))) as Grid;
}

async function load(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** The whole of test (b) on an open pane whose office.js is the real one; `tmp` holds the uploaded file. */
export async function fileModeFlow({ page, screenshot }: PaneSession, tmp: string): Promise<void> {
  const upload = path.join(tmp, "提升年示例.xlsx");
  writeFileSync(upload, await demoWorkbookBytes(2010));

  await page.getByText("当前未在 Excel 中运行", { exact: false }).waitFor({ timeout: 30_000 });
  await screenshot("b1-file-mode");
  await page.setInputFiles("input[type=file]", upload);
  await page.getByText("当前文件：提升年示例.xlsx").waitFor({ timeout: 30_000 });
  // 一键排名 lives on 考核 (the tab the clock's stage opens may be another).
  await openTab(page, "考核");
  await page.getByRole("button", { name: "一键排名" }).click();
  await page.getByText(/^已排名单位：\d+ 个$/).waitFor({ timeout: 60_000 });
  const summary = await readSummary(page);
  await screenshot("b2-ranked");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载结果工作簿" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const saved = path.join(tmp, "result.xlsx");
  await download.saveAs(saved);

  const [uploaded, result] = await Promise.all([load(readFileSync(upload)), load(readFileSync(saved))]);
  const codes = rosterCodes(valuesOf(uploaded.getWorksheet("单位名册")));
  const units = rankingSheetUnits(valuesOf(result.getWorksheet(OUTPUT_SHEETS.ranking)), codes);
  const entries = accountabilityEntries(valuesOf(result.getWorksheet(OUTPUT_SHEETS.accountability)));
  expect(summary.ranked).toBeGreaterThan(0);
  expect({ ranked: units.ranked.length, unranked: units.unranked.length }).toEqual({ ranked: summary.ranked, unranked: summary.unranked });
  expect([...units.ranked, ...units.unranked].sort()).toEqual([...codes].sort());
  expect(entries).toHaveLength(summary.accountability);
  // Input sheets are never written: the downloaded workbook holds them exactly as uploaded.
  for (const name of INPUT_SHEETS) {
    expect({ name, values: valuesOf(result.getWorksheet(name)) }).toEqual({ name, values: valuesOf(uploaded.getWorksheet(name)) });
  }
  expect(valuesOf(result.getWorksheet("评议评分")).length).toBeGreaterThan(codes.length);
}
