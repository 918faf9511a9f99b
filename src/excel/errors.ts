/**
 * Excel's failures, in words the user understands (STYLE.md, habits 4 and 5): every
 * platform error becomes an ExcelOperationError with a Chinese message and the
 * original error kept as its cause. Nothing here logs and carries on.
 */

/** Chinese explanations of Office.js error codes (OfficeExtension.Error.code). */
const REASONS: Record<string, string> = {
  AccessDenied:
    "工作表受保护或没有编辑权限，Excel 拒绝了修改。请先撤消该工作表的保护（审阅 → 撤消工作表保护），或确认对此工作簿有编辑权限，然后重试。",
  RequestPayloadSizeLimitExceeded: "一次提交给 Excel 的数据超过了 5 MB 的上限（Excel 网页版的限制）。请减少数据量后重试。",
  ResponsePayloadSizeLimitExceeded: "要读取的数据超过了 Excel 5 MB 的上限（Excel 网页版的限制）。请删除工作表中多余的行、列和无关数据后重试。",
  ItemNotFound: "找不到要操作的工作表或单元格，它可能已被删除或改名。",
  ItemAlreadyExists: "已经存在同名的工作表。请先将其改名或删除。",
  InvalidArgument: "Excel 不接受这次操作的内容（例如工作表名称、单元格区域或数据验证设置不符合要求）。",
  InvalidOperation: "Excel 不允许这项操作（例如不能删除或隐藏最后一个可见的工作表）。",
  GeneralException: "Excel 内部出错，操作没有完成。请稍后重试；如仍失败，请保存并重新打开工作簿。",
  InvalidOperationInCellEditMode: "Excel 正在编辑某个单元格。请按 Enter 或 Esc 结束编辑，然后重试。",
  ApiNotFound: "此版本的 Excel 不支持这项功能。请使用 Microsoft 365 版 Excel 或 Excel 网页版。",
  PropertyNotLoaded: "加载项内部错误：读取了尚未从 Excel 取回的数据。请将此问题告知维护人员。",
  ValueNotLoaded: "加载项内部错误：读取了尚未从 Excel 取回的数据。请将此问题告知维护人员。",
  RequestAborted: "与 Excel 的通信被中断。请检查网络后重试。",
  Conflict: "工作簿正被其他操作修改。请稍后重试。",
};

const FALLBACK = "Excel 操作失败。请重试；如仍失败，请保存并重新打开工作簿。";

/** A failure of the Excel platform, with a Chinese message for the user and the original error as `cause`. */
export class ExcelOperationError extends Error {
  /** The Office.js error code ("AccessDenied", …), or "Unknown". */
  readonly code: string;
  /** What the add-in was doing, in Chinese ("写入结果工作表"). */
  readonly action: string;
  override readonly cause: unknown;

  constructor(code: string, action: string, cause: unknown) {
    const reason = REASONS[code] ?? `${FALLBACK}（错误代码：${code}）`;
    super(action ? `${action}失败：${reason}` : reason);
    this.name = "ExcelOperationError";
    this.code = code;
    this.action = action;
    this.cause = cause;
  }
}

/** True for an error raised by Office.js (it carries a string `code`, as OfficeExtension.Error does). */
function isOfficeError(error: unknown): error is { code: string; message: string } {
  return typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string";
}

/**
 * The error to throw for `error` raised while doing `action`: Office errors become
 * ExcelOperationError; an ExcelOperationError passes through; anything else (a bug in
 * our own code) is rethrown unchanged so it is never disguised as an Excel problem.
 */
export function asExcelError(error: unknown, action: string): unknown {
  if (error instanceof ExcelOperationError) return error;
  if (isOfficeError(error)) return new ExcelOperationError(error.code, action, error);
  return error;
}

/** An error Excel itself would raise, raised by the adapter before asking (e.g. a request it knows is too large). */
export function excelLikeError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { code });
}

/** Runs one step that talks to Excel and converts its failure (STYLE.md, habit 5: `return await` inside `try`). */
export async function step<T>(action: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asExcelError(error, action);
  }
}
