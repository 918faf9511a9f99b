/* eslint-disable no-restricted-imports -- the composition root: the one file of the pane that knows the adapters */
/**
 * Builds the workbenches the pane and the ribbon receive: the Office.js one inside Excel,
 * and for file mode a factory over the xlsx adapter. The xlsx adapter (and exceljs behind
 * it) is imported lazily, so the pane starts without it.
 */
import { makeWorkbench } from "../app/operations";
import type { Workbench } from "../app/workbench";
import { checkRequirements, createOfficePort, selectCell } from "../excel";

export interface ExcelWiring {
  workbench: Workbench;
  /** What this Excel lacks, in Chinese, or undefined when it has everything. */
  warning?: string;
}

/** The Office.js workbench over the open workbook, with the requirement check's verdict. */
export function excelWorkbench(clock: () => Date): ExcelWiring {
  const warning = describeLack(checkRequirements());
  return { workbench: makeWorkbench(createOfficePort(), "excel", selectCell, clock), warning };
}

export interface FileWiring {
  /** A workbench over the bytes of a chosen .xlsx; the previous file is let go. */
  openFile(data: ArrayBuffer): Promise<Workbench>;
  /** The open file's bytes as they are now (results included). */
  download(): Promise<Uint8Array>;
}

/** File mode: opens .xlsx bytes with the xlsx adapter and saves them back for download. */
export function fileWorkbench(clock: () => Date): FileWiring {
  let current: { save(): Promise<Uint8Array> } | null = null;
  return {
    async openFile(data) {
      const { openXlsxPort } = await import(/* webpackChunkName: "xlsx" */ "../xlsx/xlsx-port");
      const opened = await openXlsxPort(data);
      current = opened;
      // A file has no cursor to move: jumping to a cell is a no-op (the pane shows no links in file mode).
      return makeWorkbench(opened.port, "file", async () => undefined, clock);
    },
    async download() {
      if (!current) throw new Error("请先选择一个工作簿。");
      return current.save();
    },
  };
}

/** The requirement check's result as one Chinese line: a message, a list of them, or nothing lacking. */
function describeLack(result: unknown): string | undefined {
  if (typeof result === "string") return result || undefined;
  if (Array.isArray(result)) return result.length > 0 ? result.map(String).join("；") : undefined;
  return undefined;
}
