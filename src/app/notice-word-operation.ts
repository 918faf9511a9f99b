/**
 * 下载通报（Word）: the 督查通报 of a batch made as 生成督查通报 makes it (the notice sheet
 * written, the office's own words on it kept), then the same notice as a Word document laid
 * out by GB/T 9704-2012, for the pane to offer as a download. The document is made after the
 * workbook session has ended: Excel is not held while the file is written.
 */
import type { IsoDate } from "../domain/types";
import type { WorkbookPort } from "../sheets/port";
import type { CollectFiles } from "./collect-files";
import { reportWithLights } from "./dashboard-operation";
import { reportOperation } from "./report-operation";
import type { NoticeWordSummary } from "./supervision-summaries";
import type { OperationOutcome, ProgressFn } from "./workbench";

/** The notice sheet and the Word document of `batch` as of `asOf`; blocked (nothing written, no file) when the data has errors. */
export async function noticeWordOperation(
  port: WorkbookPort,
  files: Pick<CollectFiles, "noticeDocx">,
  asOf: IsoDate,
  batch: string,
  progress: ProgressFn
): Promise<OperationOutcome<NoticeWordSummary>> {
  const run = await port.run((session) => reportOperation(session, asOf, batch, (step, f) => progress(step, f * 0.8)));
  const { summary, ...outcome } = reportWithLights(run);
  if (!outcome.ok || !summary || !run.document) return outcome;
  progress("生成 Word 文档", 0.85);
  const bytes = await files.noticeDocx(run.document);
  progress("完成", 1);
  const fileName = run.document.fileName;
  const message = `${outcome.message}通报的 Word 文档“${fileName}”已交给浏览器下载，请在下载的文件中查看；打印前请核对发文字号和成文日期（在「参数设置」中修改）。`;
  return { ...outcome, message, summary: { ...summary, fileName, bytes } };
}
