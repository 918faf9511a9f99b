/**
 * Where keyboard focus goes when an action ends (WCAG 2.4.3): to its outcome, or to the error
 * when it failed, so focus is never left on a button that went away or on the page body.
 * Each target is an element with tabIndex=-1 that only one part of the pane renders at a time.
 */

export const FOCUS_IDS = {
  /** The outcome of the pane's last action (in the tab that ran it). */
  outcome: "pane-outcome",
  /** The error of the last action. */
  error: "pane-error",
  /** The name of the file opened in file mode. */
  file: "pane-file",
  /** File mode's 下载结果工作簿 (disabled while it runs, so focus must be given back to it). */
  download: "pane-download",
  /** 撤销上次汇总's confirmation (focused when it opens). */
  undoConfirm: "pane-undo-confirm",
  /** 撤销上次汇总 (focused again when its confirmation is cancelled). */
  undo: "pane-undo",
  /** The pane's title: the last resort, never the body. */
  title: "pane-title",
} as const;

/** The heading of a tab (focused when the guide sends the user there). */
export const tabHeadingId = (tab: string) => `tab-heading-${tab}`;

/** Moves focus to the element with `id`, if it is on the page; true when it did. */
export function focusById(id: string, doc: Document = document): boolean {
  const element = doc.getElementById(id);
  if (!element) return false;
  element.focus();
  return true;
}
