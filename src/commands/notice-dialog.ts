/**
 * Shows a ribbon command's notice in a small Office dialog (Dialog API 1.1, which Excel
 * offers to function commands). Excel gives a function command no notification API, and
 * without a shared runtime it cannot open the task pane: a dialog is what remains.
 */
import { noticeUrl, type Notice } from "./notice";

// Small, and inside the Office window on the web (no popup for a browser to block).
const DIALOG_OPTIONS: Office.DialogOptions = { height: 30, width: 30, displayInIframe: true };

// DialogEventReceived code for "the user closed the dialog" (its ×): the normal end, not a failure.
const CLOSED_BY_USER = 12006;

/** Writes a notice that could not be shown; the console is the last channel a command has. */
export type NoticeLog = (text: string) => void;

const consoleLog: NoticeLog = (text) => console.error(text);

/**
 * Opens notice.html (`page`, an absolute URL) showing `notice`, and resolves once the dialog
 * is gone: its 关闭 button (the page messages us and we close it) or its × closed it. A
 * command must wait for that, because Excel ends a function command's runtime, and with it
 * the dialog, at event.completed(). Never rejects: when no dialog can be shown (the API is
 * missing, or 12007: another dialog is already open) the notice goes to `log`.
 */
export function showNotice(page: string, notice: Notice, log: NoticeLog = consoleLog): Promise<void> {
  const fallback = (why: string) => log(`提升年工作台：${notice.title}：${notice.message}（${why}）`);
  return new Promise<void>((resolve) => {
    try {
      if (!Office.context.requirements.isSetSupported("DialogApi", "1.1")) {
        fallback("此版本的 Excel 不支持对话框");
        resolve();
        return;
      }
      Office.context.ui.displayDialogAsync(noticeUrl(page, notice), DIALOG_OPTIONS, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          fallback(`无法打开提示框：${result.error?.code} ${result.error?.message}`);
          resolve();
          return;
        }
        const dialog = result.value;
        // The page sends one message only: close me.
        // Resolve first: were close() to throw, the command must still complete.
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
          resolve();
          dialog.close();
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
          const code = "error" in arg ? arg.error : CLOSED_BY_USER;
          // 12002 and 12003: the page could not be shown, so the user has not read the notice.
          resolve();
          if (code !== CLOSED_BY_USER) {
            fallback(`提示框未能显示，代码 ${code}`);
            dialog.close();
          }
        });
      });
    } catch (e) {
      // No Office.context.ui at all (an Excel without the Dialog API): report, never throw.
      fallback(`无法打开提示框：${e instanceof Error ? e.message : String(e)}`);
      resolve();
    }
  });
}
