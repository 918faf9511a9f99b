/**
 * Builds the workbenches the pane and the ribbon receive: the Office.js one inside Excel,
 * and for file mode a factory over the xlsx adapter. The xlsx adapter (and exceljs behind
 * it) is imported lazily, so the pane starts without it.
 */
import { makeWorkbench } from "../app/operations";
import type { Workbench } from "../app/workbench";
import { checkRequirements, createOfficePort, selectCell } from "../excel";

export interface ExcelWiring {
  /** Null when this Excel lacks a required API set: `warning` then says which. */
  workbench: Workbench | null;
  /** What this Excel lacks, in Chinese, or undefined when it has everything. */
  warning?: string;
}

/** The Office.js workbench over the open workbook, unless the requirement check says this Excel cannot run it. */
export function excelWorkbench(clock: () => Date): ExcelWiring {
  const check = checkRequirements();
  const warning = check.message || undefined;
  if (!check.ok) return { workbench: null, warning };
  return { workbench: makeWorkbench(createOfficePort(), "excel", selectCell, clock), warning };
}

export interface FileWiring {
  /** A workbench over the bytes of a chosen .xlsx; the previous file is let go. */
  openFile(data: ArrayBuffer): Promise<Workbench>;
  /** The open file's bytes as they are now (results included). */
  download(): Promise<Uint8Array>;
}

/**
 * File mode: opens .xlsx bytes with the xlsx adapter and saves them back for download.
 * The workbook lives in memory, so an action that threw half-way may have left it half
 * written: after that, download refuses until a file is chosen again.
 */
export function fileWorkbench(clock: () => Date): FileWiring {
  let current: { save(): Promise<Uint8Array>; broken: boolean } | null = null;
  return {
    async openFile(data) {
      const { openXlsxPort } = await import(/* webpackChunkName: "xlsx" */ "../xlsx/xlsx-port");
      const opened = await openXlsxPort(data);
      const file = { save: opened.save, broken: false };
      current = file;
      // A file has no cursor to move: jumping to a cell is a no-op (the pane shows no links in file mode).
      const workbench = makeWorkbench(opened.port, "file", async () => undefined, clock);
      return markBrokenOnFailure(workbench, () => (file.broken = true));
    },
    async download() {
      if (!current) throw new Error("请先选择一个工作簿。");
      if (current.broken) throw new Error("上一次操作没有完成，内存中的工作簿可能不完整，不能下载。请重新选择文件后再操作。");
      return current.save();
    },
  };
}

/** The same workbench, calling `onFailure` when an action throws (the exception still propagates). */
function markBrokenOnFailure(workbench: Workbench, onFailure: () => void): Workbench {
  const guard =
    <A extends unknown[], R>(action: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await action(...args);
      } catch (e) {
        onFailure();
        throw e;
      }
    };
  return {
    ...workbench,
    createWorkbook: guard(workbench.createWorkbook),
    updateDateLimits: guard(workbench.updateDateLimits),
    rank: guard(workbench.rank),
    validate: guard(workbench.validate),
  };
}
