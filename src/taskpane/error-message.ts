/** The words an exception is shown in: its own (Chinese) message, or a plain fallback. */

/** The Chinese text of an exception (an ExcelOperationError carries its message in Chinese). */
export function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  return text.trim() || "操作失败，原因未知。请重试；如仍失败，请保存工作簿后重新打开。";
}
