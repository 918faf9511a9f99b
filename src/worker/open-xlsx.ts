/** The file worker's opener: exceljs through the xlsx adapter, with progress while reading and saving. */
import type { ProgressFn } from "../app/workbench";
import { loadExcelJs } from "../xlsx/exceljs-loader";
import { checkArchive } from "../xlsx/check-archive";
import { checkWorkbookFile } from "../xlsx/lean/check-workbook";
import { pakoInflateRaw } from "../xlsx/pako-codecs";
import { XLSX_LIMITS } from "../xlsx/limits";
import { openXlsxPort } from "../xlsx/xlsx-port";
import type { OpenedFile } from "./file-host";
import { watchSheetReads } from "./read-progress";
import { trackResultWrites } from "./result-save";
import { sheetNamesByPath } from "./sheet-paths";

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/**
 * Opens .xlsx bytes with the xlsx adapter, reporting each sheet's rows as they are read. The file is
 * judged by its size and zip directory first, then part by part (the same caps and checks as the
 * command line), so a hostile or damaged archive is refused instead of exhausting the worker.
 */
export async function openXlsxWithProgress(bytes: ArrayBuffer, progress: ProgressFn): Promise<OpenedFile> {
  const original = new Uint8Array(bytes.slice(0));
  checkArchive(original, XLSX_LIMITS);
  progress(`正在读取工作簿（${megabytes(bytes.byteLength)} MB）…`, 0.02);
  // The command line's checks, before exceljs sees the file: a damaged or hostile part is refused with what is wrong.
  await checkWorkbookFile(original, pakoInflateRaw, XLSX_LIMITS);
  const ExcelJS = await loadExcelJs();
  const prototype = Object.getPrototypeOf(new ExcelJS.Workbook().xlsx) as Record<string, unknown>;
  const unwatch = watchSheetReads(prototype, await sheetNamesByPath(bytes), progress, 0.05, 0.9);
  let handle: Awaited<ReturnType<typeof openXlsxPort>>;
  try {
    handle = await openXlsxPort(bytes);
  } finally {
    unwatch();
  }
  progress("已读取工作簿", 1);
  const tracked = trackResultWrites(handle.port);
  return {
    port: tracked.port,
    save: async (report) => {
      report(`正在生成结果工作簿（${handle.workbook.worksheets.length} 张工作表）…`, 0.1);
      const results = tracked.resultBytes(original);
      if (results) {
        report(`已生成结果工作簿（${megabytes(results.byteLength)} MB）`, 1);
        return results;
      }
      // exceljs writes in one call with no progress of its own: the pane shows the step above until it ends.
      const saved = await handle.save();
      report(`已生成结果工作簿（${megabytes(saved.byteLength)} MB）`, 1);
      return saved;
    },
  };
}
