/**
 * 督查通报 over any adapter: read the sheets the supervision report needs (and the batch
 * notices already written, whose 下一步要求 the office may have edited) in one round trip,
 * compute the report purely as of a date, and write the batch's notice in one round trip.
 * Errors in the data block it and nothing is written: a notice circulated city-wide must
 * not rest on rows that could not be read. Input sheets are never written.
 */
import { sortFindings, hasErrors } from "../domain/findings";
import { BATCH_NAMES, isBatchName, supervisionReport, type SupervisionReport } from "../domain/supervision";
import type { IsoDate } from "../domain/types";
import { INSPECTION_SHEET, PLANS_SHEET, PROGRESS_SHEET, SETTINGS_SHEET, SUPERVISION_SHEET, TASKS_SHEET, UNITS_SHEET } from "../sheets/contract";
import type { WorkbookSession } from "../sheets/port";
import { readCampaign, type CampaignRead } from "../sheets/read/read-campaign";
import { noticeDocument, noticeOrigins } from "../sheets/results/notice-document";
import type { NoticeDocument } from "../sheets/results/notice-model";
import { noticeSheetName, officeTextsOf, supervisionNoticeBlock } from "../sheets/results/supervision-notice";
import type { ReportSummary } from "./supervision-summaries";
import type { OperationOutcome, ProgressFn } from "./workbench";

export type { ReportSummary } from "./supervision-summaries";

/** The input sheets the supervision report reads. */
export const REPORT_INPUT_SHEETS = [SETTINGS_SHEET, UNITS_SHEET, TASKS_SHEET, PROGRESS_SHEET, PLANS_SHEET, INSPECTION_SHEET, SUPERVISION_SHEET].map(
  (s) => s.name
);

export interface ReportRun {
  outcome: OperationOutcome<ReportSummary>;
  /** The report; absent when the sheets could not be read or the batch is unknown. */
  report?: SupervisionReport;
  read?: CampaignRead;
  /** The notice as a document (what the sheet shows and the Word file holds); absent when blocked. */
  document?: NoticeDocument;
}

/**
 * Produces the 督查通报 of `batch` (default: the batch inspected last on or before `asOf`)
 * as of `asOf`, in one session: one read, pure work, one write (none when blocked).
 */
export async function reportOperation(
  session: WorkbookSession,
  asOf: IsoDate,
  batch?: string,
  progress: ProgressFn = () => undefined
): Promise<ReportRun> {
  if (batch !== undefined && !isBatchName(batch)) {
    return { outcome: { ok: false, findings: [], message: `督查批次“${batch}”不存在。请选择：${BATCH_NAMES.join("、")}。` } };
  }
  progress("读取督查数据", 0.1);
  const grids = await session.readSheets([...REPORT_INPUT_SHEETS, ...BATCH_NAMES.map(noticeSheetName)]);
  progress("计算序时进度和整改情况", 0.4);
  const read = readCampaign(grids, REPORT_INPUT_SHEETS);
  const unread = read.missingSheets.length > 0 || read.incompleteSheets.length > 0;
  const report = unread || hasErrors(read.findings) ? undefined : supervisionReport({ ...read, asOf, batch });
  const findings = sortFindings([...read.findings, ...(report?.findings ?? [])]);
  if (!report || !report.ok) {
    const errors = findings.filter((f) => f.severity === "error").length;
    const message = `发现 ${errors} 个错误，未生成督查通报。请按提示修改这些单元格后重新生成。`;
    return { outcome: { ok: false, findings, message }, report, read };
  }
  progress("写入督查通报", 0.7);
  // The office's own words (二、主要做法和成效, 五、下一步要求) on an earlier notice of the batch are kept.
  const office = officeTextsOf(grids.get(noticeSheetName(report.batch)));
  const document = noticeDocument({ report, settings: read.settings, units: read.data.units, office });
  const block = supervisionNoticeBlock(document, noticeOrigins(report));
  await session.writeBlocks([block]);
  progress("完成", 1);
  const summary: ReportSummary = {
    asOf,
    batch: report.batch,
    sheet: block.name,
    statusCounts: report.statusCounts,
    overdueRectification: report.inspections.overdueItems.length,
    circulated: report.supervision.filter((r) => r.circulated).length,
  };
  const s = report.statusCounts;
  const message = `已生成“${block.name}”（数据截至 ${asOf}）：重点工作滞后 ${s.滞后} 项、逾期 ${s.逾期} 项、未报送 ${s.未报送} 项；超过整改时限未整改的问题 ${summary.overdueRectification} 个。`;
  return { outcome: { ok: true, findings, summary, message }, report, read, document };
}
