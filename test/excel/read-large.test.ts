/**
 * Reading at any size in Excel on the web (issue 9, item 3): reads are cut into row
 * windows whose every request and response stays under 5 MB as the strict fake weighs
 * them (framing included), in the number of round trips src/excel/read-plan.ts states.
 */
import { createOfficePort } from "../../src/excel";
import { EAGER_ROWS, READ_BUDGET_BYTES, SAFETY } from "../../src/excel/read-plan";
import { FakeWorkbook, PAYLOAD_LIMIT_BYTES, type FakeExcelHandle, type FakeValue } from "../support/fake-excel";
import { useFake } from "./helpers";

const SCORES = "评议评分";
const GROUPS = ["党代表", "人大代表", "政协委员", "软环境监督员", "新闻媒体"];

/** A row of scores as the standard workbook holds them: unit, group, evaluator, score. */
function scoreRow(i: number): FakeValue[] {
  return [`S${String(i % 120).padStart(2, "0")}`, GROUPS[Math.floor(i / 120) % 5], `X-${Math.floor(i / 600)}`, 60 + ((i * 7) % 40)];
}

function scoresBook(rows: number): FakeWorkbook {
  const book = new FakeWorkbook();
  const values: FakeValue[][] = [["单位编码", "评议群体", "评议人", "得分"]];
  for (let i = 0; i < rows; i++) values.push(scoreRow(i));
  book.addSheet(SCORES).setValues("A1", values);
  book.addSheet("参数设置").setValues("A1", [
    ["参数", "值"],
    ["年度", 2010],
  ]);
  return book;
}

/** The round trips read-plan.ts promises: 1 + ceil(extra rows × measured bytes a row × SAFETY / budget). */
function expectedSyncs(rows: number): number {
  const sample = Math.min(rows, EAGER_ROWS - 1);
  let bytes = 0;
  for (let i = 0; i < sample; i++) bytes += Buffer.byteLength(JSON.stringify(scoreRow(i))) + 1;
  // The header is part of the measured sample too.
  bytes += Buffer.byteLength(JSON.stringify(["单位编码", "评议群体", "评议人", "得分"])) + 1;
  const perRow = Math.ceil((bytes / (sample + 1)) * SAFETY);
  const extra = Math.max(0, rows + 1 - EAGER_ROWS);
  return 1 + Math.ceil((extra * perRow) / READ_BUDGET_BYTES);
}

function expectUnderLimit(fake: FakeExcelHandle): void {
  for (const request of fake.requests) {
    expect(request.failed).toBeUndefined();
    expect(request.bytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(request.responseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  }
}

async function read(names: string[], progress?: (rowsRead: number, rowsTotal: number) => void) {
  return createOfficePort().run((s) => s.readSheets(names, { progress }));
}

describe("reading large sheets inside Excel", () => {
  it("reads 20,000 score rows with the probe in one round trip", async () => {
    const fake = useFake(scoresBook(20_000));
    const grids = await read([SCORES, "参数设置"]);
    expect(fake.syncCount()).toBe(1);
    expect(expectedSyncs(20_000)).toBe(1);
    expect(grids.get(SCORES)?.rows).toHaveLength(20_001);
    expectUnderLimit(fake);
  });

  it("reads 100,000 score rows in windows under 5 MB each, in the round trips the formula states", async () => {
    const fake = useFake(scoresBook(100_000));
    const heard: [number, number][] = [];
    const grids = await read([SCORES, "参数设置", "不存在"], (done, total) => heard.push([done, total]));
    const rows = grids.get(SCORES)?.rows ?? [];
    expect(rows).toHaveLength(100_001);
    for (const i of [0, 24_998, 24_999, 25_000, 61_234, 99_999]) expect(rows[i + 1]).toEqual(scoreRow(i));
    expect(grids.get("参数设置")?.rows[1]).toEqual(["年度", 2010]);
    expect(grids.has("不存在")).toBe(false);
    expect(fake.syncCount()).toBe(expectedSyncs(100_000));
    expect(fake.syncCount()).toBe(2);
    expectUnderLimit(fake);
    // Progress after each round trip: the first rows, then all of them (100,001 score rows and 2 settings rows).
    expect(heard).toEqual([
      [25_000 + 2, 100_003],
      [100_003, 100_003],
    ]);
  });

  it("reads 300,000 score rows in the round trips the formula states", async () => {
    const fake = useFake(scoresBook(300_000));
    const rows = (await read([SCORES])).get(SCORES)?.rows ?? [];
    expect(rows).toHaveLength(300_001);
    expect(rows[300_000]).toEqual(scoreRow(299_999));
    expect(fake.syncCount()).toBe(expectedSyncs(300_000));
    expectUnderLimit(fake);
  });

  it("keeps error cells as errors and error-like text as text across windows", async () => {
    const book = scoresBook(100_000);
    const sheet = book.sheet(SCORES);
    sheet.setValues("D10", [[{ error: "#N/A" }]]);
    sheet.setValues("D60001", [[{ error: "#N/A" }]]);
    sheet.setValues("B70001", [["#N/A"]]);
    sheet.setValues("C100001", [[{ error: "#DIV/0!" }]]);
    const fake = useFake(book);
    const rows = (await read([SCORES])).get(SCORES)?.rows ?? [];
    expect(rows[9][3]).toEqual({ error: "#N/A" });
    expect(rows[60_000][3]).toEqual({ error: "#N/A" });
    expect(rows[70_000][1]).toBe("#N/A");
    expect(rows[100_000][2]).toEqual({ error: "#DIV/0!" });
    expect(rows[60_001][3]).toEqual(scoreRow(60_000)[3]);
    // The value types of the last window's suspects cost one more round trip, and only that.
    expect(fake.syncCount()).toBe(expectedSyncs(100_000) + 1);
    expectUnderLimit(fake);
  });

  it("keeps merged areas and a used range that starts away from A1", async () => {
    const book = new FakeWorkbook();
    const values: FakeValue[][] = [];
    for (let i = 0; i < 60_000; i++) values.push(scoreRow(i));
    book.addSheet(SCORES).setValues("C3", values).merge("C1:F1").merge("A50000:B50001");
    useFake(book);
    const grid = (await read([SCORES])).get(SCORES);
    expect(grid?.rows).toHaveLength(60_002);
    expect(grid?.rows[2]).toEqual([null, null, ...scoreRow(0)]);
    expect(grid?.rows[60_001]).toEqual([null, null, ...scoreRow(59_999)]);
    expect(grid?.rows.every((row) => row.length === 6)).toBe(true);
    expect(grid?.merges).toEqual([
      { top: 1, left: 3, bottom: 1, right: 6 },
      { top: 50_000, left: 1, bottom: 50_001, right: 2 },
    ]);
  });

  it("falls back to probing alone when the first rows of several sheets overflow one response", async () => {
    const book = new FakeWorkbook();
    const wide = (tag: string) => Array.from({ length: 24_000 }, (_, r) => Array.from({ length: 12 }, (_, c) => `${tag}${r}-${c}-说明文字`));
    book.addSheet("甲").setValues("A1", wide("甲"));
    book.addSheet("乙").setValues("A1", wide("乙"));
    const fake = useFake(book);
    const grids = await read(["甲", "乙"]);
    expect(grids.get("甲")?.rows[23_999][11]).toBe("甲23999-11-说明文字");
    expect(grids.get("乙")?.rows).toHaveLength(24_000);
    expect(fake.requests[0].failed).toBe("ResponsePayloadSizeLimitExceeded");
    fake.requests.slice(1).forEach((r) => expect(r.responseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES));
  });

  it("halves windows Excel refuses when later rows are much longer than the first ones", async () => {
    const book = scoresBook(40_000);
    const long = "很长的备注".repeat(60);
    const tail: FakeValue[][] = Array.from({ length: 15_000 }, (_, i) => [long, long, `X-${i}`, 80]);
    book.sheet(SCORES).setValues("A25002", tail);
    const fake = useFake(book);
    const rows = (await read([SCORES])).get(SCORES)?.rows ?? [];
    expect(rows[25_001]).toEqual([long, long, "X-0", 80]);
    expect(rows[40_000]).toEqual([long, long, "X-14999", 80]);
    expect(fake.requests.some((r) => r.failed === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    fake.requests.filter((r) => !r.failed).forEach((r) => expect(r.responseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES));
  });
});
