/**
 * 汇总回收文件 inside Excel on a master whose 工作进度 is far over one request: every round
 * trip stays under Excel on the web's 5 MB, the rewritten sheet goes in several chunks, and
 * not one row of another unit is lost or changed.
 */
import type { ProgressFn } from "../../src/app/workbench";
import { createOfficePort } from "../../src/excel";
import { PAYLOAD_LIMIT_BYTES, type FakeValue } from "../support/fake-excel";
import { collectedRows, edited, fullUnits, masterOf, returnedFile, unitRecords } from "./collect-fixture";
import { columnOf, excelWorkbench, standardWorkbook } from "./fixture";

const quiet: ProgressFn = () => undefined;
/** Rows added to 工作进度, each with about 600 bytes of 进展情况 (200 characters): about 13 MB in all. */
const ROWS = 20_000;

it("rewrites a 13 MB 工作进度 in chunks under 5 MB, every other unit's rows intact", async () => {
  const { book, fake } = await standardWorkbook(true);
  const first = await masterOf(createOfficePort());
  const [a] = fullUnits(first.data);
  const sheet = book.sheet("工作进度");
  const grid = sheet.grid();
  const own = grid.slice(1).filter((r) => r[columnOf(sheet, "填报单位编码")] !== a && r[0] !== null);
  const notes = columnOf(sheet, "进展情况");
  const rows: FakeValue[][] = [];
  for (let i = 0; i < ROWS; i++) {
    const row = [...own[i % own.length]];
    row[notes] = `第${i}条：${"按照工作方案稳步推进各项任务，".repeat(13)}`;
    rows.push(row);
  }
  sheet.setValues(`A${grid.length + 1}`, rows);
  const master = await masterOf(createOfficePort());
  expect(master.data.progress.length).toBeGreaterThan(ROWS);
  const file = await returnedFile("A.xlsx", master.campaignId, a, edited(unitRecords(master.data, a), "大"));
  fake.resetCounters();

  const outcome = await excelWorkbench().collect([file], { write: true }, quiet);
  expect(outcome.ok).toBe(true);
  expect(outcome.summary!.files[0].status).toBe("merged");
  // A read this wide and tall overflows on the way back and is read again in smaller windows (src/excel/read-plan.ts,
  // read-sheets.ts): Excel refuses such a response before anything changed. Nothing sent is ever over the limit,
  // and no write is refused.
  const firstWrite = fake.requests.findIndex((r) => r.bytes > 1_000_000);
  const refused = fake.requests.flatMap((r, i) => (r.failed ? [i] : []));
  expect(refused.every((i) => i < firstWrite && fake.requests[i].failed === "ResponsePayloadSizeLimitExceeded")).toBe(true);
  for (const r of fake.requests) {
    expect(r.bytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    if (!r.failed) expect(r.responseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  }
  // 13 MB of cells cannot go in fewer than four requests; the payload, not the row count, sets how many.
  const big = fake.requests.filter((r) => r.bytes > 1_000_000);
  expect(big.length).toBeGreaterThanOrEqual(4);
  expect(big.length).toBeLessThanOrEqual(6);

  fake.resetCounters();
  const after = collectedRows((await masterOf(createOfficePort())).data);
  const before = collectedRows(master.data);
  const notA = (list: object[]) => list.filter((r) => (r as { unitCode: string }).unitCode !== a);
  expect(notA(after.progress)).toEqual(notA(before.progress));
}, 120_000);
