/**
 * `collect --out` rewrites the merged record sheets whole from the rows it could read: when
 * the master has a row the reader had to leave out (a cell it cannot read), writing would
 * lose that row, so nothing is written and the command says which sheet to fix first.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openXlsxPort } from "../../src/xlsx/xlsx-port";
import { makeMaster, recordsOf, unitRecords, writeUnitFile } from "./collect-fixtures";
import { runCli } from "./run-cli";

let dir: string;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("writes nothing when a master row of a merged sheet could not be read, and names the sheet", async () => {
  dir = mkdtempSync(join(tmpdir(), "tisheng-collect-unsafe-"));
  const master = await makeMaster(dir);
  const data = await recordsOf(master);
  // A unit with two 工作进度 rows: its file clears one its template carried, so the sheet is rewritten.
  const unit = data.units.find((u) => data.progress.filter((r) => r.unitCode === u.code).length >= 2)!.code;
  const own = unitRecords(data, unit);
  const file = await writeUnitFile(join(dir, "unit.xlsx"), unit, { ...own, progress: own.progress.slice(1) }, { base: own });

  // A master row of another unit whose 进度(%) reads "九十": the reader leaves the row out.
  const handle = await openXlsxPort(readFileSync(master));
  const sheet = handle.workbook.getWorksheet("工作进度")!;
  const victim = data.progress.find((r) => r.unitCode !== unit)!;
  const row = victim.origin!.row;
  sheet.getRow(row).getCell(4).value = "九十";
  writeFileSync(master, await handle.save());
  expect((await recordsOf(master)).progress).toHaveLength(data.progress.length - 1);

  const out = join(dir, "merged.xlsx");
  const run = await runCli("collect", master, file, "--out", out);
  expect(run.code).toBe(1);
  expect(existsSync(out)).toBe(false);
  expect(run.stderr).toContain("「工作进度」有 1 行含无法识别的单元格");
  expect(run.stderr).toContain(`工作进度!D${row}`);
  expect(run.stdout).toContain("未写入");

  // The same batch merges once the row reads again.
  const fixed = await openXlsxPort(readFileSync(master));
  fixed.workbook.getWorksheet("工作进度")!.getRow(row).getCell(4).value = 90;
  writeFileSync(master, await fixed.save());
  expect((await runCli("collect", master, file, "--out", out)).code).toBe(0);
  expect(existsSync(out)).toBe(true);
}, 120_000);
