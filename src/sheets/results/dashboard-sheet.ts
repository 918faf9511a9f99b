/**
 * 工作看板 as an output sheet: the stage, 方案报送, the key tasks' statuses (with the list of
 * 逾期 and 滞后 tasks), 销号率 by 单位类别 and the findings of every 督查批次, each as a small
 * table in columns A–G with a chart hint beside it (column I onwards). Statuses are words,
 * never colour alone; the figures are in the cells, so the sheet reads the same without charts.
 */
import { monthDay } from "../../domain/campaign";
import type { DashboardFigures, TaskLight } from "../../domain/supervision/dashboard";
import { OUTPUT_SHEETS } from "../contract";
import type { CellValue, ChartHint, SheetBlock } from "../grid";

/** A label column, then figures; C is wide for 工作内容 (it wraps). */
const WIDTHS = [18, 12, 30, 16, 12, 12, 12];
/** Charts sit from column I, one empty column right of the tables. */
const CHART_COL = WIDTHS.length + 2;
const CHART_COLS = 7;
const CHART_ROWS = 15;

/** Section headings, in the board's order. */
export const DASHBOARD_HEADINGS = {
  stage: "一、活动阶段",
  plans: "二、实施方案报送",
  tasks: "三、重点工作推进",
  rectification: "四、自查自纠整改",
  supervision: "五、督查发现问题",
} as const;

/** The table headers of the board. */
export const DASHBOARD_TABLES = {
  plans: ["报送情况", "单位(个)", "占应报送(%)"],
  statuses: ["状态", "重点工作(项)"],
  behind: ["状态", "序号", "工作内容", "牵头单位", "完成时限", "序时进度(%)", "实际进度(%)"],
  categories: ["单位类别", "销号率(%)", "查找问题(个)", "已整改销号(个)", "逾期未整改(个)"],
  batches: ["督查批次", "发现问题(条)", "通报(条)", "涉及单位(个)"],
} as const;

/** The chart titles, in the board's order. */
export const DASHBOARD_CHARTS = {
  plans: "实施方案报送",
  statuses: "重点工作状态",
  categories: "自查自纠销号率（按单位类别）",
  batches: "各批次督查发现问题",
} as const;

/** The title of the board: the campaign year. */
export function dashboardTitle(year: number): string {
  return `${year}年“能力作风建设提升年”活动工作看板`;
}

/** The 工作看板 block of `figures`: tables with a chart hint beside each figure table. */
export function dashboardBlock(figures: DashboardFigures): SheetBlock {
  const rows: CellValue[][] = [];
  const headingRows: number[] = [];
  const charts: ChartHint[] = [];
  /** Rows of tasks that need the office's attention (逾期, 滞后), filled when printed. */
  const attention: number[] = [];
  const heading = (line: CellValue[]) => {
    rows.push(line);
    headingRows.push(rows.length);
  };
  /** A table whose first `plotted` columns a chart shows; the chart sits beside it, below the one before. */
  const table = (
    header: readonly string[],
    body: CellValue[][],
    chart?: { title: string; type: ChartHint["type"]; plotted: number; barMax?: number }
  ) => {
    heading([...header]);
    const top = rows.length;
    rows.push(...body);
    if (!chart || body.length === 0) return;
    const previous = charts[charts.length - 1];
    const row = Math.max(top, previous ? previous.position.row + previous.position.rows + 1 : top);
    charts.push({
      type: chart.type,
      source: { top, left: 1, bottom: top + body.length, right: chart.plotted },
      title: chart.title,
      position: { row, col: CHART_COL, rows: CHART_ROWS, cols: CHART_COLS },
      ...(chart.barMax === undefined ? {} : { barMax: chart.barMax }),
    });
  };

  heading([dashboardTitle(figures.year)]);
  rows.push([`（数据截至 ${figures.asOf}）`], []);

  heading([DASHBOARD_HEADINGS.stage]);
  rows.push([stageLine(figures)], []);

  heading([DASHBOARD_HEADINGS.plans]);
  const p = figures.plans;
  rows.push([planLine(figures)]);
  const share = (n: number) => (p.due === 0 ? null : Math.round((1000 * n) / p.due) / 10);
  const planRows: CellValue[][] = [
    ["按时报送", p.onTime, share(p.onTime)],
    ["逾期报送", p.late, share(p.late)],
    ["尚未报送", p.missing, share(p.missing)],
  ];
  table(DASHBOARD_TABLES.plans, planRows, { title: DASHBOARD_CHARTS.plans, type: "pie", plotted: 2 });
  rows.push(["合计", p.due, p.due === 0 ? null : 100], []);

  heading([DASHBOARD_HEADINGS.tasks]);
  const counts = figures.statusCounts;
  rows.push([`${figures.tasks.length} 项重点工作中，${counts.map((c) => `${c.status} ${c.count} 项`).join("，")}。`]);
  const statusRows = counts.map((c): CellValue[] => [c.status, c.count]);
  table(DASHBOARD_TABLES.statuses, statusRows, { title: DASHBOARD_CHARTS.statuses, type: "columnClustered", plotted: 2 });
  rows.push([]);
  if (figures.behind.length === 0) rows.push(["无逾期和滞后的重点工作。"]);
  else {
    rows.push(["逾期和滞后的重点工作："]);
    table(DASHBOARD_TABLES.behind, figures.behind.map(behindRow));
    // Each row already says 逾期 or 滞后 in words; the fill adds the colour, never in place of the word.
    for (let r = rows.length - figures.behind.length + 1; r <= rows.length; r++) attention.push(r);
  }
  rows.push([]);

  heading([DASHBOARD_HEADINGS.rectification]);
  const { byCategory, total } = figures.rectification;
  if (total.found === 0) rows.push(["自查自纠尚未登记问题。"]);
  else {
    const categoryRows = byCategory.map((c): CellValue[] => [c.category, c.rate, c.found, c.closed, c.overdue]);
    table(DASHBOARD_TABLES.categories, categoryRows, { title: DASHBOARD_CHARTS.categories, type: "barClustered", plotted: 2, barMax: 100 });
    rows.push(["合计", total.rate, total.found, total.closed, total.overdue]);
  }
  rows.push([]);

  heading([DASHBOARD_HEADINGS.supervision]);
  const found = figures.batches.reduce((sum, b) => sum + b.found, 0);
  const circulated = figures.batches.reduce((sum, b) => sum + b.circulated, 0);
  rows.push([`截至 ${figures.asOf}，各批次督查共发现问题 ${found} 条，其中通报 ${circulated} 条。`]);
  const batchRows = figures.batches.map((b): CellValue[] => [b.batch, b.found, b.circulated, b.units]);
  table(DASHBOARD_TABLES.batches, batchRows, { title: DASHBOARD_CHARTS.batches, type: "columnClustered", plotted: 3 });

  return {
    name: OUTPUT_SHEETS.dashboard,
    rows: rows.map((r) => [...r, ...Array<CellValue>(WIDTHS.length - r.length).fill(null)]),
    widths: WIDTHS,
    headingRows,
    // Several tables: the title and its date stay in view, as on the 督查通报.
    frozenRows: 2,
    charts,
    // Landscape: the tables and the charts beside them fit one page wide.
    print: {
      orientation: "landscape",
      fitToWidth: true,
      wrapColumns: [3, 4],
      ...(attention.length > 0 ? { highlightRows: attention } : {}),
      pageHeader: `${dashboardTitle(figures.year)}（数据截至 ${figures.asOf}）`,
      pageNumbers: true,
    },
  };
}

function stageLine(f: DashboardFigures): string {
  if (!f.stage) return `${f.asOf} 不在${f.year}年活动期内。`;
  const s = f.stage;
  return `当前阶段：${s.name}（${monthDay(s.from)}–${monthDay(s.to)}）：${s.what}。`;
}

function planLine(f: DashboardFigures): string {
  const p = f.plans;
  const rate = (r: number | null) => (r === null ? "—" : `${r}%`);
  return `应报送 ${p.due} 个单位，已报送 ${p.onTime + p.late} 个（报送率 ${rate(p.submittedRate)}），其中按时报送 ${p.onTime} 个（按时报送率 ${rate(p.onTimeRate)}，截止日期 ${p.deadline}）。`;
}

function behindRow(t: TaskLight): CellValue[] {
  return [t.status, t.seq, t.content, t.lead, t.deadline, t.expected, t.actual ?? "未报送"];
}
