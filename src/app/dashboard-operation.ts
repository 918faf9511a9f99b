/**
 * 工作看板 over any adapter: read the sheets the supervision report reads in one round trip,
 * compute the board purely as of a date, and write 工作看板 (with its charts inside Excel,
 * data bars in files) in one round trip. Errors in the data block it and nothing is written.
 * The figures come back as plain data, so the pane draws the same board without reading
 * the sheet again. Also: the 督查通报 outcome with the task lights the pane shows.
 */
import { hasErrors, sortFindings } from "../domain/findings";
import { dashboardFigures, taskLight, type DashboardFigures } from "../domain/supervision/dashboard";
import type { IsoDate } from "../domain/types";
import type { WorkbookSession } from "../sheets/port";
import { readCampaign } from "../sheets/read/read-campaign";
import { dashboardBlock } from "../sheets/results/dashboard-sheet";
import { REPORT_INPUT_SHEETS, type ReportRun } from "./report-operation";
import type { DashboardSummary, ReportLights } from "./supervision-summaries";
import type { OperationOutcome, ProgressFn } from "./workbench";

export type { DashboardSummary, ReportLights } from "./supervision-summaries";

export interface DashboardRun {
  outcome: OperationOutcome<DashboardSummary>;
  /** The figures; absent when the sheets could not be read. */
  figures?: DashboardFigures;
}

/** Writes 工作看板 as of `asOf` in one session: one read, pure work, one write (none when blocked). */
export async function dashboardOperation(session: WorkbookSession, asOf: IsoDate, progress: ProgressFn = () => undefined): Promise<DashboardRun> {
  progress("读取督查数据", 0.1);
  const grids = await session.readSheets(REPORT_INPUT_SHEETS);
  progress("计算看板数据", 0.4);
  const read = readCampaign(grids, REPORT_INPUT_SHEETS);
  const unread = read.missingSheets.length > 0 || read.incompleteSheets.length > 0;
  const figures = unread || hasErrors(read.findings) ? undefined : dashboardFigures({ ...read, asOf });
  const findings = sortFindings([...read.findings, ...(figures?.report.findings ?? [])]);
  if (!figures || !figures.report.ok) {
    const errors = findings.filter((f) => f.severity === "error").length;
    const message = `发现 ${errors} 个错误，未生成工作看板。请按提示修改这些单元格后重新生成。`;
    return { outcome: { ok: false, findings, message }, figures };
  }
  progress("写入工作看板", 0.7);
  const block = dashboardBlock(figures);
  await session.writeBlocks([block]);
  progress("完成", 1);
  const summary: DashboardSummary = plainFigures(figures, block.name);
  const behind = figures.behind.length;
  const rate = figures.rectification.total.rate;
  const message = `已生成“${block.name}”（数据截至 ${asOf}）：逾期和滞后的重点工作 ${behind} 项，自查自纠销号率 ${rate === null ? "—" : `${rate}%`}。`;
  return { outcome: { ok: true, findings, summary, message }, figures };
}

/** The figures without the report they were computed from (which holds the rows read, not plain figures). */
function plainFigures(f: DashboardFigures, sheet: string): DashboardSummary {
  return {
    asOf: f.asOf,
    year: f.year,
    stage: f.stage,
    plans: f.plans,
    statusCounts: f.statusCounts,
    tasks: f.tasks,
    behind: f.behind,
    rectification: f.rectification,
    batches: f.batches,
    sheet,
  };
}

/** The outcome of a 督查通报 run with every task's light added to its summary (the pane lists them). */
export function reportWithLights(run: ReportRun): OperationOutcome<ReportLights> {
  const { summary, ...rest } = run.outcome;
  if (!summary || !run.report) return rest;
  return { ...rest, summary: { ...summary, tasks: run.report.tasks.map(taskLight) } };
}
