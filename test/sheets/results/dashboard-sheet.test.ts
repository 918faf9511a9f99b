/** 工作看板 as a block: its tables (statuses as words), and chart hints that plot exactly those tables, beside them. */
import { dashboardFigures } from "../../../src/domain/supervision/dashboard";
import type { CellValue, ChartHint, SheetBlock } from "../../../src/sheets/grid";
import { DASHBOARD_CHARTS, DASHBOARD_HEADINGS, DASHBOARD_TABLES, dashboardBlock } from "../../../src/sheets/results/dashboard-sheet";
import { locate, problem, record, report, SETTINGS, task, UNITS } from "../../domain/supervision/planted";

const data = {
  units: UNITS,
  tasks: [task(1, "D01", "2010-12-31"), task(2, "D02", "2010-06-30"), task(3, "T01", "2010-12-31"), task(4, "C01", "2010-12-31")],
  progress: [
    report(1, "D01", "2010-09-01", 100),
    report(2, "D02", "2010-06-01", 95),
    report(3, "T01", "2010-09-20", 20, "滞后", "受机构调整影响，进度滞后"),
    report(4, "C01", "2010-09-25", 70),
  ],
  plans: [{ unitCode: "D01", date: "2010-03-01", title: "方案" }],
  inspections: [problem("T01", "P01", "2010-09-15", "整改中"), problem("D01", "P01", "2010-09-15", "已整改", "2010-09-01")],
  supervision: [record("第三季度常规督查", "D02", "2010-09-10", "整改措施笼统", true)],
};
const figures = dashboardFigures({ data, settings: SETTINGS, locate, asOf: "2010-09-30" });
const block = dashboardBlock(figures);

/** The cells of a hint's source, as rows. */
function sourceCells(b: SheetBlock, hint: ChartHint): CellValue[][] {
  const { top, left, bottom, right } = hint.source;
  return b.rows.slice(top - 1, bottom).map((row) => row.slice(left - 1, right));
}

function chart(title: string): ChartHint {
  const found = block.charts?.find((c) => c.title === title);
  if (!found) throw new Error(`no chart ${title}`);
  return found;
}

describe("the 工作看板 block", () => {
  it("is the 工作看板 sheet, titled with the year and the date, with every section in order", () => {
    expect(block.name).toBe("工作看板");
    expect(block.rows[0][0]).toBe("2010年“能力作风建设提升年”活动工作看板");
    expect(block.rows[1][0]).toBe("（数据截至 2010-09-30）");
    const firstColumn = block.rows.map((r) => r[0]);
    const order = Object.values(DASHBOARD_HEADINGS).map((h) => firstColumn.indexOf(h));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]))).toBe(true);
    expect(block.rows[firstColumn.indexOf(DASHBOARD_HEADINGS.stage) + 1][0]).toMatch(/^当前阶段：自查自纠（7月1日–9月30日）/);
    expect(block.headingRows).toContain(firstColumn.indexOf(DASHBOARD_HEADINGS.plans) + 1);
  });

  it("shows each status as a word with its count, and plots exactly that table", () => {
    const cells = sourceCells(block, chart(DASHBOARD_CHARTS.statuses));
    expect(cells).toEqual([[...DASHBOARD_TABLES.statuses], ["已完成", 1], ["逾期", 1], ["未报送", 0], ["滞后", 1], ["正常", 1]]);
    expect(chart(DASHBOARD_CHARTS.statuses).type).toBe("columnClustered");
  });

  it("lists the 逾期 and 滞后 tasks with the status as a word, the lead and the figures", () => {
    const header = block.rows.findIndex((r) => r[0] === DASHBOARD_TABLES.behind[0] && r[1] === DASHBOARD_TABLES.behind[1]);
    expect(block.rows[header].slice(0, 7)).toEqual([...DASHBOARD_TABLES.behind]);
    expect(block.rows[header + 1]).toEqual(["逾期", 2, "第2项工作内容", "市监察局", "2010-06-30", 100, 95]);
    expect(block.rows[header + 2].slice(0, 4)).toEqual(["滞后", 3, "第3项工作内容", "朱林镇"]);
    // Words with colours: exactly those two rows are filled (worksheet rows are 1-based), each saying its status.
    expect(block.print?.highlightRows).toEqual([header + 2, header + 3]);
    for (const row of block.print!.highlightRows!) expect(["逾期", "滞后"]).toContain(block.rows[row - 1][0]);
  });

  it("plots plans, 销号率 by category (bars to 100) and findings by batch from their tables, not their totals", () => {
    expect(sourceCells(block, chart(DASHBOARD_CHARTS.plans))).toEqual([
      ["报送情况", "单位(个)"],
      ["按时报送", 1],
      ["逾期报送", 0],
      ["尚未报送", 3],
    ]);
    const rates = chart(DASHBOARD_CHARTS.categories);
    expect(sourceCells(block, rates)).toEqual([
      ["单位类别", "销号率(%)"],
      ["镇(区)", 0],
      ["市级机关部门", 100],
    ]);
    expect(rates.barMax).toBe(100);
    const batches = sourceCells(block, chart(DASHBOARD_CHARTS.batches));
    expect(batches[0]).toEqual(["督查批次", "发现问题(条)", "通报(条)"]);
    expect(batches.slice(1).map((r) => r[0])).toEqual([
      "第一季度常规督查",
      "第二季度常规督查",
      "第三季度常规督查",
      "第四季度常规督查",
      "上半年集中督查",
      "下半年集中督查",
    ]);
    expect(batches[3]).toEqual(["第三季度常规督查", 1, 1]);
  });

  it("places every chart right of the tables, beside its table, none overlapping another", () => {
    const charts = block.charts ?? [];
    expect(charts).toHaveLength(4);
    const tableWidth = Math.max(...block.rows.map((r) => r.length));
    for (const c of charts) {
      expect(c.position.col).toBeGreaterThan(tableWidth);
      expect(c.position.row).toBeGreaterThanOrEqual(c.source.top);
    }
    for (let i = 1; i < charts.length; i++) {
      expect(charts[i].position.row).toBeGreaterThan(charts[i - 1].position.row + charts[i - 1].position.rows - 1);
    }
  });

  it("says so and draws no 销号率 chart when no problem is registered, and prints landscape one page wide", () => {
    const none = dashboardBlock(dashboardFigures({ data: { ...data, inspections: [] }, settings: SETTINGS, locate, asOf: "2010-09-30" }));
    expect(none.rows.map((r) => r[0])).toContain("自查自纠尚未登记问题。");
    expect(none.charts?.map((c) => c.title)).not.toContain(DASHBOARD_CHARTS.categories);
    expect(block.print).toMatchObject({ orientation: "landscape", fitToWidth: true });
  });
});
