/**
 * Rewriting sheets that are protected. The workbench protects what it writes without a password
 * (it guards against slips, not people); an office may have protected an input sheet with a
 * password of its own, which the workbench never has and never asks for. Excel then refuses the
 * unprotect, and stops the batch there: whatever the batch did before stays done. So every
 * unprotect goes first in its batch, before any cell is touched, and a refusal is answered by
 * protecting again what was unprotected and naming the sheet.
 */
import { ExcelOperationError, isOfficeError } from "./errors";

/** A sheet of the batch that was protected when it was read, unprotected at the head of the batch. */
export interface UnprotectedSheet {
  name: string;
  sheet: Excel.Worksheet;
}

/** Queues the unprotect of every protected sheet in `sheets`, in order; returns those it unprotects. */
export function unprotectFirst(sheets: readonly { name: string; sheet: Excel.Worksheet | undefined }[]): UnprotectedSheet[] {
  const unprotected: UnprotectedSheet[] = [];
  for (const { name, sheet } of sheets) {
    if (sheet?.protection.protected) {
      sheet.protection.unprotect();
      unprotected.push({ name, sheet });
    }
  }
  return unprotected;
}

/**
 * After the batch that unprotected `unprotected` failed with `error`: when one of them is still
 * protected (its password refused the unprotect), protects the others again as they were and
 * returns the error that names it; otherwise returns `error` unchanged.
 */
export async function passwordRefusal(
  context: Excel.RequestContext,
  unprotected: readonly UnprotectedSheet[],
  protection: Excel.WorksheetProtectionOptions,
  error: unknown
): Promise<unknown> {
  if (unprotected.length === 0 || !isOfficeError(error)) return error;
  unprotected.forEach((u) => u.sheet.protection.load("protected"));
  await context.sync();
  // Excel ran the unprotects in order and stopped at the refused one: the first still protected.
  const refused = unprotected.find((u) => u.sheet.protection.protected);
  if (!refused) return error;
  const before = unprotected.slice(0, unprotected.indexOf(refused));
  before.forEach((u) => u.sheet.protection.protect(protection));
  if (before.length > 0) await context.sync();
  const reason =
    `「${refused.name}」设有密码保护，工作台不能撤消它，所以没有改动任何工作表。工作台从不需要、也不会保存这个密码：` +
    `请选中「${refused.name}」，点 审阅 → 撤消工作表保护 并输入密码，然后再点一次；工作台写完后会重新保护该表（不设密码，只防误改），如需密码可之后再设。`;
  return new ExcelOperationError(error.code, "", error, reason);
}
