/**
 * Builds the workbenches the pane and the ribbon receive: the Office.js one inside Excel,
 * and for file mode a factory of workbenches that run in a worker (the xlsx adapter and
 * exceljs are bundled into the worker only, so the pane starts without them).
 */
import { makeWorkbench } from "../app/operations";
import type { ProgressFn, Workbench } from "../app/workbench";
import { checkRequirements, createOfficePort, selectCell } from "../excel";
import { lazyCollectFiles } from "../xlsx/collect-files-lazy";
import type { WorkerLike } from "./worker-channel";
import { spawnFileWorker } from "./worker-spawn";
import { FileSession } from "./worker-workbench";

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
  return { workbench: makeWorkbench(createOfficePort(), "excel", selectCell, clock, lazyCollectFiles), warning };
}

export interface FileWiring {
  /** A workbench over the bytes of a chosen .xlsx (transferred to the file worker); the previous file is let go once this one opened. */
  openFile(data: ArrayBuffer, progress?: ProgressFn): Promise<Workbench>;
  /** The open file's bytes as they are now (results included). */
  download(progress?: ProgressFn): Promise<Uint8Array>;
  /** Cancels the file-mode work that runs now (opening, an action, a download); the workbook stays as it was before it. */
  cancel(): void;
}

/**
 * File mode: each chosen file lives in its own worker (see worker-workbench.ts), so reading,
 * the operations and saving run off the pane's thread and can be cancelled.
 */
export function fileWorkbench(clock: () => Date, spawn: () => WorkerLike = spawnFileWorker): FileWiring {
  let current: FileSession | null = null;
  let opening: FileSession | null = null;
  return {
    async openFile(data, progress) {
      opening?.cancel();
      const session = new FileSession({ spawn, clock });
      opening = session;
      try {
        const workbench = await session.open(data, progress);
        current?.dispose();
        current = session;
        return workbench;
      } catch (e) {
        session.dispose();
        throw e;
      } finally {
        if (opening === session) opening = null;
      }
    },
    async download(progress) {
      if (!current) throw new Error("请先选择一个工作簿。");
      return current.save(progress);
    },
    cancel() {
      if (opening) opening.cancel();
      else current?.cancel();
    },
  };
}
