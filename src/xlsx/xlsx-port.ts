/**
 * The file adapter: the WorkbookPort over an exceljs workbook held in memory. Reading a
 * file, working on it and saving it are separate steps, so a failed operation never
 * leaves a half-written file: the caller saves only after the work succeeded.
 */
import type { Workbook } from "exceljs";
import type { WorkbookGrids } from "../sheets/grid";
import type { WorkbookPort, WorkbookSession } from "../sheets/port";
import { applyPlanToWorkbook } from "./apply-plan";
import { loadExcelJs } from "./exceljs-loader";
import { writeMarks } from "./marks";
import { readWorksheet } from "./read-worksheet";
import { writeBlocksToWorkbook } from "./write-cells";
import { withCompactValidations } from "./validation-ranges";

/** Raised when bytes are not a readable .xlsx workbook. */
export class NotAWorkbookError extends Error {
  constructor(cause: unknown) {
    super("不是有效的 .xlsx 工作簿文件：文件不是 Excel 工作簿格式或已损坏。请用 Excel 打开该文件并另存为 .xlsx 工作簿后再试");
    this.name = "NotAWorkbookError";
    this.cause = cause;
  }
}

export interface XlsxHandle {
  port: WorkbookPort;
  workbook: Workbook;
  /** The workbook as .xlsx bytes. */
  save(): Promise<Uint8Array>;
}

/** A port over an exceljs workbook. */
function createXlsxPort(wb: Workbook): WorkbookPort {
  const session: WorkbookSession = {
    sheetNames: async () => wb.worksheets.map((ws) => ws.name),
    readSheets: async (names) => {
      const grids = new Map<string, ReturnType<typeof readWorksheet>>();
      for (const name of names) {
        const ws = wb.getWorksheet(name);
        if (ws) grids.set(name, readWorksheet(ws));
      }
      return grids as WorkbookGrids;
    },
    writeBlocks: async (blocks, options) => {
      writeBlocksToWorkbook(wb, blocks);
      if (options?.highlights) writeMarks(wb, options.highlights);
    },
    applyPlan: (plan) => applyPlanToWorkbook(wb, plan),
  };
  return { run: (work) => work(session) };
}

function handleOf(wb: Workbook): XlsxHandle {
  return {
    port: createXlsxPort(wb),
    workbook: wb,
    // Validations read from a file go back as the ranges they were (./validation-ranges), not overlapping pieces.
    save: async () => new Uint8Array((await withCompactValidations(wb, () => wb.xlsx.writeBuffer())) as ArrayBuffer),
  };
}

/** Opens .xlsx bytes; throws NotAWorkbookError when they are not a workbook. */
export async function openXlsxPort(data: ArrayBuffer | Uint8Array): Promise<XlsxHandle> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as ArrayBuffer);
  } catch (error) {
    throw new NotAWorkbookError(error);
  }
  return handleOf(wb);
}

/** A new, empty workbook. */
export async function newXlsxPort(): Promise<XlsxHandle> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = "提升年工作台";
  return handleOf(wb);
}
