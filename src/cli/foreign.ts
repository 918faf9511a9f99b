/** The one line the command line prints for a workbook that is not a 提升年 workbook at all. */
import { VALIDATE_INPUT_SHEETS } from "../app/judge-workbook";
import { UsageError } from "./errors";

/** A usage error when `present` holds none of the contract sheets; null otherwise. */
export function foreignWorkbookError(path: string, present: ReadonlySet<string>): UsageError | null {
  if (VALIDATE_INPUT_SHEETS.some((name) => present.has(name))) return null;
  return new UsageError(`${path} 不是提升年工作簿：没有「单位名册」「评议评分」等任何一张标准工作表，未做任何处理（not a Tisheng workbook）。`);
}
