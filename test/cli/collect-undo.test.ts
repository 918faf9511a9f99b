/** 撤销上次汇总 from the merged workbook's own 汇总记录: the rows the last batch replaced come back exactly. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { undoLastCollect } from "../../src/domain/collect";
import type { CampaignData } from "../../src/domain/types";
import { COLLECT_LOG_SHEET, readCollectLog } from "../../src/sheets/collect/log-sheet";
import { openXlsxPort } from "../../src/xlsx/xlsx-port";
import { bare, makeMaster, recordsOf, unitRecords, writeUnitFile } from "./collect-fixtures";
import { runCli } from "./run-cli";

let dir: string;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function logOf(path: string) {
  const handle = await openXlsxPort(readFileSync(path));
  return readCollectLog((await handle.port.run((s) => s.readSheets([COLLECT_LOG_SHEET]))).get(COLLECT_LOG_SHEET));
}

const KINDS = ["plans", "progress", "inspections"] as const;
const sameRows = (a: CampaignData, b: CampaignData) => {
  for (const kind of KINDS) expect(bare(a[kind])).toEqual(bare(b[kind]));
};

it("undoes the last batch, then the one before, back to the master's rows in their order", async () => {
  dir = mkdtempSync(join(tmpdir(), "tisheng-collect-undo-"));
  const master = await makeMaster(dir);
  const data = await recordsOf(master);
  // Units with rows on every sheet, A with two 工作进度 rows (its file drops one).
  const full = data.units.filter((u) => KINDS.every((k) => data[k].some((r) => r.unitCode === u.code)));
  const a = full.find((u) => data.progress.filter((r) => r.unitCode === u.code).length >= 2)!.code;
  const b = full.find((u) => u.code !== a)!.code;
  const ownA = unitRecords(data, a);
  const fileA = await writeUnitFile(join(dir, "A.xlsx"), a, { ...ownA, progress: ownA.progress.slice(1) });
  const first = join(dir, "first.xlsx");
  expect((await runCli("collect", master, fileA, "--out", first)).code).toBe(0);
  const ownB = unitRecords(data, b);
  const fileB = await writeUnitFile(join(dir, "B.xlsx"), b, { ...ownB, plans: ownB.plans.map((p) => ({ ...p, title: `${p.title}（修订稿）` })) });
  const second = join(dir, "second.xlsx");
  expect((await runCli("collect", first, fileB, "--out", second)).code).toBe(0);

  const log = await logOf(second);
  expect(new Set(log.map((e) => e.batch)).size).toBe(2);
  const once = undoLastCollect(await recordsOf(second), log);
  sameRows(once.data, await recordsOf(first));
  const twice = undoLastCollect(once.data, once.log);
  sameRows(twice.data, data);
  expect(undoLastCollect(twice.data, twice.log).batch).toBeUndefined();
}, 120_000);
