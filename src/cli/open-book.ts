/** Opens an input workbook for a read-only command, with usage errors for the ways a path can be wrong. */
import { openXlsxPort, type XlsxHandle } from "../xlsx/xlsx-port";
import { UsageError } from "./errors";
import { readInput } from "./files";

/** Reads and opens `path` as .xlsx, keeping its bytes (the result workbook copies them); the file itself is never written. */
export async function openBook(path: string): Promise<XlsxHandle & { bytes: Uint8Array }> {
  const bytes = await readInput(path);
  try {
    return { ...(await openXlsxPort(bytes)), bytes };
  } catch (error) {
    if (error instanceof Error && error.name === "NotAWorkbookError")
      throw new UsageError(`不是有效的 .xlsx 工作簿：${path}（not an xlsx workbook）`);
    throw error;
  }
}

/** A usage error naming the contract sheets a workbook lacks. */
export function missingSheetsError(path: string, missing: readonly string[]): UsageError {
  return new UsageError(
    `工作簿 ${path} 缺少工作表：${missing.map((m) => `「${m}」`).join("、")}（missing sheets）。可用 tisheng init 生成标准工作簿。`
  );
}
