/**
 * Excel's failures, in words the user understands (STYLE.md, habits 4 and 5): every
 * platform error becomes an ExcelOperationError with a Chinese message and the
 * original error kept as its cause. Nothing here logs and carries on.
 */

/** Chinese explanations of Office.js error codes (OfficeExtension.Error.code). */
const REASONS: Record<string, string> = {
  AccessDenied:
    "工作表受保护或没有编辑权限，Excel 拒绝了修改。请先撤消该工作表的保护（审阅 → 撤消工作表保护），或确认对此工作簿有编辑权限，然后重试。",
  // The adapter splits reads and writes under Excel on the web's 5 MB limit, so reaching it means a cell or a
  // row alone is too large for one exchange: the user's data is real and must not be cut to fit.
  RequestPayloadSizeLimitExceeded:
    "一次要写入 Excel 的内容超过了 Excel 网页版单次 5 MB 的上限，Excel 拒绝了这一步，结果工作表可能没有写完，输入的数据没有被改动。请在桌面版 Excel 中运行，或联系管理员。",
  ResponsePayloadSizeLimitExceeded:
    "一次要从 Excel 读取的内容超过了 Excel 网页版单次 5 MB 的上限（通常是某些单元格中的文字特别长），读取没有完成，工作簿未被修改。请在桌面版 Excel 中运行，或联系管理员。",
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
  // Excel on the web throttles a session that sends too many requests in a short time.
  ActivityLimitReached:
    "短时间内发给 Excel 的操作太多，Excel 网页版暂时拒绝了这一步（活动次数已达上限），操作没有完成。请等一两分钟后再点一次；结果工作表会整表重写，不会重复。",
  // The web session ended under the add-in: the workbook was closed elsewhere, the network dropped, or it sat idle.
  InvalidOrTimedOutSession:
    "与 Excel 网页版的连接已过期或失效（工作簿可能在别处关闭过，或网络中断过），操作没有完成。请刷新浏览器页面重新打开工作簿，然后再点一次。",
};

const FALLBACK = "Excel 操作失败。请重试；如仍失败，请保存并重新打开工作簿。";

/** A failure of the Excel platform, with a Chinese message for the user and the original error as `cause`. */
export class ExcelOperationError extends Error {
  /** The Office.js error code ("AccessDenied", …), or "Unknown". */
  readonly code: string;
  /** What the add-in was doing, in Chinese ("写入结果工作表"). */
  readonly action: string;
  override readonly cause: unknown;

  /** `reason` replaces the explanation of `code` when the adapter knows more than the code says (which sheet, …). */
  constructor(code: string, action: string, cause: unknown, reason: string = REASONS[code] ?? `${FALLBACK}（错误代码：${code}）`) {
    super(action ? `${action}失败：${reason}` : reason);
    this.name = "ExcelOperationError";
    this.code = code;
    this.action = action;
    this.cause = cause;
  }
}

/** True for an error raised by Office.js (it carries a string `code`, as OfficeExtension.Error does). */
export function isOfficeError(error: unknown): error is { code: string; message: string } {
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
export function excelLikeError(code: string, message: string): Error & { code: string; raisedByAdapter: true } {
  return Object.assign(new Error(message), { code, raisedByAdapter: true as const });
}

/** True when Excel itself refused a request as too large (not the adapter's own check before sending). */
export function isRequestSizeRefusal(error: unknown): boolean {
  return isOfficeError(error) && error.code === "RequestPayloadSizeLimitExceeded" && !(error as { raisedByAdapter?: boolean }).raisedByAdapter;
}

/** Runs one step that talks to Excel and converts its failure (STYLE.md, habit 5: `return await` inside `try`). */
export async function step<T>(action: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asExcelError(error, action);
  }
}
