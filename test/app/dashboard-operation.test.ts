/**
 * 工作看板 inside Excel, held to its budget by the strict fake: one read sync and one write
 * sync, the charts created through the fake's chart API over the board's own tables, input
 * sheets untouched, the figures returned as plain data, and nothing written when errors in
 * the data block it.
 */
import { dashboardOperation } from "../../src/app/dashboard-operation";
import { REPORT_INPUT_SHEETS } from "../../src/app/report-operation";
import { createOfficePort } from "../../src/excel";
import { DASHBOARD_CHARTS } from "../../src/sheets/results/dashboard-sheet";
import { chartsOf, chartSourceAddress } from "../support/fake-excel";
import { a1, columnOf, excelWorkbench, snapshots, standardWorkbook } from "./fixture";

const dashboard = (asOf: string) => createOfficePort().run((session) => dashboardOperation(session, asOf));

describe("工作看板 inside Excel", () => {
  it("writes the board with its four charts in one Excel.run of one read sync and one write sync", async () => {
    const { book, fake } = await standardWorkbook();
    const before = snapshots(book, REPORT_INPUT_SHEETS);
    const run = await dashboard("2010-11-30");
    expect(run.outcome.ok).toBe(true);
    expect(fake.runCount()).toBe(1);
    expect(fake.syncCount()).toBe(2);
    expect(snapshots(book, REPORT_INPUT_SHEETS)).toEqual(before);

    const sheet = book.sheet("工作看板");
    const grid = sheet.grid();
    expect(grid[0][0]).toBe("2010年“能力作风建设提升年”活动工作看板");
    const charts = chartsOf(sheet);
    expect(charts.map((c) => c.title)).toEqual(Object.values(DASHBOARD_CHARTS));
    expect(charts.map((c) => c.chartType)).toEqual(["Pie", "ColumnClustered", "BarClustered", "ColumnClustered"]);
    // Each chart plots its table on this sheet: the status chart's cells are the five words and their counts.
    const statuses = charts[1];
    expect(chartSourceAddress(statuses)).toMatch(/^A\d+:B\d+$/);
    const { row, rows: count } = statuses.source;
    const rows = grid.slice(row, row + count).map((r) => r.slice(0, 2));
    expect(rows.map((r) => r[0])).toEqual(["状态", "已完成", "逾期", "未报送", "滞后", "正常"]);
    const counts = run.outcome.summary?.statusCounts.map((c) => c.count);
    expect(rows.slice(1).map((r) => r[1])).toEqual(counts);
    expect(counts?.reduce((a, b) => a + b, 0)).toBe(run.outcome.summary?.tasks.length);
    for (const chart of charts) expect(chart.position?.start.col).toBeGreaterThanOrEqual(8);
  });

  it("returns the figures as plain data for the pane", async () => {
    await standardWorkbook();
    const run = await dashboard("2010-08-15");
    const summary = run.outcome.summary;
    expect(summary).toBeDefined();
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
    expect(summary).toMatchObject({ asOf: "2010-08-15", year: 2010, sheet: "工作看板", stage: { name: "自查自纠" } });
    expect(summary?.batches).toHaveLength(6);
    expect(summary?.behind.every((t) => t.status === "逾期" || t.status === "滞后")).toBe(true);
    expect(run.outcome.message).toContain("工作看板");
  });

  it("replaces the board and its charts when made again", async () => {
    const { book, fake } = await standardWorkbook();
    await dashboard("2010-08-15");
    fake.resetCounters();
    await dashboard("2010-11-30");
    expect(fake.syncCount()).toBe(2);
    expect(book.sheet("工作看板").grid()[1][0]).toBe("（数据截至 2010-11-30）");
    expect(chartsOf(book.sheet("工作看板"))).toHaveLength(4);
    expect(book.sheets.filter((s) => s.name.startsWith("工作看板"))).toHaveLength(1);
  });

  it("writes nothing when a task's lead is not in 单位名册, and points at its cell", async () => {
    const { book, fake } = await standardWorkbook();
    const tasks = book.sheet("重点工作");
    const lead = columnOf(tasks, "牵头单位");
    tasks.setValues(a1(lead, 3), [["市纪委"]]);
    const names = book.sheets.map((s) => s.name);
    const run = await dashboard("2010-11-30");
    expect(run.outcome.ok).toBe(false);
    expect(run.outcome.message).toContain("未生成工作看板");
    expect(fake.syncCount()).toBe(1);
    expect(book.sheets.map((s) => s.name)).toEqual(names);
    expect(run.outcome.findings).toContainEqual(expect.objectContaining({ severity: "error", sheet: "重点工作", cell: a1(lead, 3) }));
  });

  it("is what the pane's workbench runs: report with every task's light, dashboard with the board, each one Excel.run", async () => {
    const { fake } = await standardWorkbook();
    const bench = excelWorkbench();
    const steps: string[] = [];
    const report = await bench.report("2010-11-30", "第三季度常规督查", (step) => steps.push(step));
    expect(report.ok).toBe(true);
    const lights = report.summary?.tasks ?? [];
    const counted = Object.values(report.summary?.statusCounts ?? {}).reduce((a, b) => a + b, 0);
    expect(lights.length).toBe(counted);
    expect(lights.length).toBeGreaterThan(0);
    for (const t of lights) expect(report.summary?.statusCounts[t.status]).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(lights))).toEqual(lights);
    const board = await bench.dashboard("2010-11-30", (step) => steps.push(step));
    expect(board.summary?.tasks).toEqual(lights);
    expect(fake.runCount()).toBe(2);
    expect(fake.syncCount()).toBe(4);
    expect(steps).toContain("写入工作看板");
  });
});
