/**
 * The script of notice.html, the small dialog a ribbon command opens to say what went
 * wrong. No React, no requests: it shows the title and message of its own address, as
 * text (a message may quote user data or an error's words; it is never markup), and its
 * 关闭 button asks the command that opened it to close it.
 */
import { CLOSE_MESSAGE, readNotice } from "./notice";

/** Shows the notice carried by `search` (the page's query string) in `doc`. */
export function renderNotice(doc: Document, search: string): void {
  const notice = readNotice(search);
  doc.title = notice.title;
  const title = doc.getElementById("notice-title");
  const message = doc.getElementById("notice-message");
  if (title) title.textContent = notice.title;
  if (message) message.textContent = notice.message;
}

/**
 * Tells office.js this page is ready; must run at load. office.js waits about 10 s for that
 * and then gives up, after which messageParent never reaches the opener. Null without office.js.
 */
export function officeReady(): Promise<unknown> | null {
  if (typeof Office === "undefined") return null;
  return Office.onReady();
}

/**
 * Asks the opener to close this dialog once `ready` (what officeReady() returned at load)
 * resolves. Without office.js (it comes from Microsoft's CDN and may have failed to load) the
 * page tries to close itself; the dialog's own × always works.
 */
export async function requestClose(win: Window = window, ready: Promise<unknown> | null = officeReady()): Promise<void> {
  if (ready === null || typeof Office === "undefined") {
    win.close();
    return;
  }
  // messageParent works only once Office has initialized this page.
  await ready;
  Office.context.ui.messageParent(CLOSE_MESSAGE);
}

/** Fills the page and wires 关闭 and Esc; does nothing on a page that is not notice.html. */
export function startNoticePage(doc: Document, search: string): void {
  const button = doc.getElementById("notice-close");
  if (!button) return;
  const ready = officeReady();
  renderNotice(doc, search);
  const close = () => {
    requestClose(doc.defaultView ?? window, ready).catch((e: unknown) => console.error(e));
  };
  button.addEventListener("click", close);
  doc.addEventListener("keydown", (e) => {
    if (e.key === "Escape") close();
  });
  button.focus();
}

if (typeof document !== "undefined") startNoticePage(document, window.location.search);
