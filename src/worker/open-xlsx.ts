/** The file worker's opener: exceljs through the xlsx adapter, with progress while reading and saving. */
import type { ProgressFn } from "../app/workbench";
import { loadExcelJs } from "../xlsx/exceljs-loader";
import { openXlsxPort } from "../xlsx/xlsx-port";
import type { OpenedFile } from "./file-host";
import { watchSheetReads } from "./read-progress";
import { sheetNamesByPath } from "./sheet-paths";

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/** Opens .xlsx bytes with the xlsx adapter, reporting each sheet's rows as they are read. */
export async function openXlsxWithProgress(bytes: ArrayBuffer, progress: ProgressFn): Promise<OpenedFile> {
  progress(`正在读取工作簿（${megabytes(bytes.byteLength)} MB）…`, 0.02);
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
  return {
    port: handle.port,
    save: async (report) => {
      // exceljs writes in one call with no progress of its own: the pane shows this step until it ends.
      report(`正在生成结果工作簿（${handle.workbook.worksheets.length} 张工作表）…`, 0.1);
      const saved = await handle.save();
      report(`已生成结果工作簿（${megabytes(saved.byteLength)} MB）`, 1);
      return saved;
    },
  };
}
