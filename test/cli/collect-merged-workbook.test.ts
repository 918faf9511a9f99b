/**
 * `collect --out` writes the merged master at the zip level (src/xlsx/plan-workbook.ts). Read
 * back with exceljs, it holds the same workbook as the master re-serialised through exceljs
 * with the plans applied and 报送情况 written (the way collect wrote it before): every sheet's
 * name, place and visibility, every cell's value, number format, lock and bold, the columns'
 * widths and styles, the dropdowns and limits, protection, the frozen header and 校验's rule.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCollect, type CollectRun } from "../../src/app/collect-run";
import { nodeSha256Hex, readReturnedFile } from "../../src/cli/collect-inputs";
import { openReadOnlyBook } from "../../src/cli/open-book";
import { nodeZipCodec } from "../../src/cli/zip-codec";
import { contractPlan } from "../../src/sheets/build-plan";
import { collectLogPlan } from "../../src/sheets/collect/log-sheet";
import { recordRows, RECORD_SHEETS } from "../../src/sheets/record-sheets";
import { planWorkbookChunks } from "../../src/xlsx/plan-workbook";
import { concatChunks } from "../../src/xlsx/zip/write-zip";
import { openXlsxPort } from "../../src/xlsx/xlsx-port";
import { sheetContent } from "../e2e/sheet-content";
import { makeMaster, recordsOf, unitRecords, writeUnitFile } from "./collect-fixtures";

let dir: string;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOW = new Date(Date.UTC(2010, 11, 20, 2, 0));

function plansOf(run: CollectRun) {
  return [...run.changedKinds.map((k) => contractPlan(RECORD_SHEETS[k], recordRows(k, run.data), run.read.settings)), collectLogPlan(run.log)];
}

/** The merged workbook the way collect wrote it through exceljs: the master opened, plans applied, 报送情况 written, tabs kept in place. */
async function throughExceljs(master: string, run: CollectRun): Promise<Uint8Array> {
  const handle = await openXlsxPort(readFileSync(master));
  const wb = handle.workbook;
  type Ordered = { orderNo: number };
  const sheets = plansOf(run);
  const order = new Map(sheets.map((s) => [s.name, (wb.getWorksheet(s.name) as Ordered | undefined)?.orderNo]));
  await handle.port.run(async (session) => {
    await session.applyPlan({ sheets });
    await session.writeBlocks([run.status]);
  });
  for (const [name, orderNo] of order) {
    const ws = wb.getWorksheet(name) as Ordered | undefined;
    if (ws && orderNo !== undefined) ws.orderNo = orderNo;
  }
  return handle.save();
}

it("holds the same sheets, cells, styles, validations and protection as the exceljs path", async () => {
  dir = mkdtempSync(join(tmpdir(), "tisheng-collect-zip-"));
  const master = await makeMaster(dir);
  const data = await recordsOf(master);
  const [a, b] = data.units.filter((u) => (["plans", "progress", "inspections"] as const).every((k) => data[k].some((r) => r.unitCode === u.code)));
  const ownA = unitRecords(data, a.code);
  const ownB = unitRecords(data, b.code);
  // Templates carry the units' rows: A clears a report and edits a problem, B clears its plan.
  const inspections = [...ownA.inspections].reverse().map((r, i) => (i === 0 ? { ...r, description: `${r.description}（补充）` } : r));
  const files = [
    await writeUnitFile(join(dir, "A.xlsx"), a.code, { ...ownA, progress: ownA.progress.slice(1), inspections }, { base: ownA }),
    await writeUnitFile(join(dir, "B.xlsx"), b.code, { ...ownB, plans: [] }, { base: ownB }),
  ];
  const book = await openReadOnlyBook(master);
  const grids = await book.run(async (s) => s.readSheets(await s.sheetNames()));
  const inputs = await Promise.all(files.map(readReturnedFile));
  const run = await runCollect(grids, inputs, NOW, "2010-12-20", nodeSha256Hex);
  expect(run.changedKinds).toEqual(["plans", "progress", "inspections"]);

  const zip = (await openXlsxPort(concatChunks(planWorkbookChunks(book.bytes, plansOf(run), [run.status], nodeZipCodec)))).workbook;
  const reference = (await openXlsxPort(await throughExceljs(master, run))).workbook;
  expect(zip.worksheets.map((w) => [w.name, w.state])).toEqual(reference.worksheets.map((w) => [w.name, w.state]));
  for (const name of [...run.changedKinds.map((k) => RECORD_SHEETS[k].name), "汇总记录"]) {
    expect([name, sheetContent(zip.getWorksheet(name)!)]).toEqual([name, sheetContent(reference.getWorksheet(name)!)]);
  }
  // Untouched sheets are the master's own.
  const master0 = (await openXlsxPort(book.bytes)).workbook;
  for (const name of ["单位名册", "评议评分", "参数设置"])
    expect(sheetContent(zip.getWorksheet(name)!)).toEqual(sheetContent(master0.getWorksheet(name)!));
}, 120_000);
