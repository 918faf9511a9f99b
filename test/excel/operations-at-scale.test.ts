/**
 * 一键排名 and 校验 inside Excel at scale, against the strict fake: the small-workbook
 * budget (one read and one write up to about 20,000 score rows) and the read formula of
 * src/excel/read-plan.ts above it, every round trip under Excel on the web's 5 MB.
 */
import { makeWorkbench } from "../../src/app/operations";
import type { Workbench } from "../../src/app/workbench";
import { createOfficePort, selectCell } from "../../src/excel";
import { PAYLOAD_LIMIT_BYTES, type FakeExcelHandle, type FakeValue } from "../support/fake-excel";
import { useFake } from "./helpers";

const noop = () => undefined;
const GROUPS = ["党代表", "人大代表", "政协委员", "软环境监督员", "新闻媒体"];

/** The demo workbook with 评议评分 grown to `rows` valid score rows, as the benchmark builds it. */
async function demoWithScores(rows: number): Promise<{ fake: FakeExcelHandle; workbench: Workbench }> {
  const fake = useFake();
  const workbench = makeWorkbench(createOfficePort(), "excel", selectCell, () => new Date(Date.UTC(2010, 11, 20)));
  await workbench.createWorkbook({ year: 2010, demo: true }, noop);
  const units = fake.workbook
    .sheet("单位名册")
    .grid()
    .slice(1)
    .map((r) => r[0])
    .filter((c) => c && c !== "S09");
  const values: FakeValue[][] = [];
  for (let i = 0; i < rows; i++) {
    // Each group's own panel of evaluators (one evaluator scoring a unit in two groups is a ballot warning).
    const group = Math.floor(i / units.length) % 5;
    values.push([units[i % units.length], GROUPS[group], `X${group}-${Math.floor(i / (units.length * 5))}`, 60 + ((i * 7) % 40)]);
  }
  fake.workbook.sheet("评议评分").setValues("A2", values);
  fake.resetCounters();
  return { fake, workbench };
}

function reads(fake: FakeExcelHandle): number {
  return fake.requests.filter((r) => r.loads > 0).length;
}

function expectUnderLimit(fake: FakeExcelHandle): void {
  for (const r of fake.requests) {
    expect(r.failed).toBeUndefined();
    expect(r.bytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(r.responseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  }
}

describe("一键排名 and 校验 at scale inside Excel", () => {
  it.each([
    ["一键排名", (w: Workbench) => w.rank(noop)],
    ["校验", (w: Workbench) => w.validate(noop)],
  ])("%s on 20,000 score rows: one read and one write", async (_name, operation) => {
    const { fake, workbench } = await demoWithScores(20_000);
    const outcome = await operation(workbench);
    expect(outcome.ok).toBe(true);
    expect(fake.runCount()).toBe(1);
    expect(reads(fake)).toBe(1);
    expect(fake.syncCount()).toBe(2);
    expectUnderLimit(fake);
  });

  it.each([
    ["一键排名", (w: Workbench) => w.rank(noop)],
    ["校验", (w: Workbench) => w.validate(noop)],
  ])("%s on 100,000 score rows: two reads under 5 MB each and one write", async (_name, operation) => {
    const { fake, workbench } = await demoWithScores(100_000);
    const outcome = await operation(workbench);
    expect(outcome.ok).toBe(true);
    expect(reads(fake)).toBe(2);
    expect(fake.syncCount()).toBe(3);
    expectUnderLimit(fake);
  });
});
