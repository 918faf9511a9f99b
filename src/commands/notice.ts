/**
 * A notice from a ribbon command: a title and a message, carried to notice.html in its
 * query string. Dialog API 1.1 (what a function command may rely on) has no messageChild,
 * so the address is the one channel into the dialog. Shared by the command and the page.
 */

/** What the notice dialog shows. */
export interface Notice {
  title: string;
  message: string;
}

/** What notice.html sends its opener (Office.context.ui.messageParent) to be closed. */
export const CLOSE_MESSAGE = "close";

const DEFAULT_TITLE = "提升年工作台";
const DEFAULT_MESSAGE = "操作已结束。";

// A message is a sentence or two; a longer one is no message but a dump (an unexpected
// error's text) and would make the address unwieldy: each Chinese character costs 9 URL bytes.
const MAX_TITLE_CHARS = 40;
const MAX_MESSAGE_CHARS = 300;

/** `text` cut to `max` characters (code points, so no surrogate pair is split), with … when cut. */
function clip(text: string, max: number): string {
  const chars = Array.from(text.trim());
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}…`;
}

/** The address of the notice page `page` (absolute URL of notice.html) showing `notice`. */
export function noticeUrl(page: string, notice: Notice): string {
  const url = new URL(page);
  url.searchParams.set("title", clip(notice.title, MAX_TITLE_CHARS));
  url.searchParams.set("message", clip(notice.message, MAX_MESSAGE_CHARS));
  return url.href;
}

/** The notice an address's query (`location.search`) carries; plain words stand in for missing parts. */
export function readNotice(search: string): Notice {
  const params = new URLSearchParams(search);
  return {
    title: clip(params.get("title") ?? "", MAX_TITLE_CHARS) || DEFAULT_TITLE,
    message: clip(params.get("message") ?? "", MAX_MESSAGE_CHARS) || DEFAULT_MESSAGE,
  };
}
