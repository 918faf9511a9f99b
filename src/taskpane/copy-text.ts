/**
 * Puts text on the clipboard. navigator.clipboard needs a secure context and, inside Office's
 * iframe, the host's permission (older Excel on Windows runs the pane in a web view that lacks it):
 * there the older execCommand("copy") on a selected textarea still works. Both may be refused;
 * the caller then shows the text for the user to copy by hand.
 */

/** What copying needs from the browser; the defaults are the page's own. */
export interface ClipboardHost {
  clipboard?: Pick<Clipboard, "writeText">;
  document: Document;
}

/** Copies `text`; true when one of the two ways succeeded. Never throws. */
export async function copyText(text: string, host: ClipboardHost = { clipboard: globalThis.navigator?.clipboard, document }): Promise<boolean> {
  try {
    if (host.clipboard) {
      await host.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, no focus): try the older way below.
  }
  return copyBySelection(text, host.document);
}

function copyBySelection(text: string, doc: Document): boolean {
  const area = doc.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  // Off screen but in the document: a selection needs a rendered element.
  area.style.position = "fixed";
  area.style.left = "-9999px";
  const focused = doc.activeElement as HTMLElement | null;
  doc.body.appendChild(area);
  area.focus();
  area.select();
  let copied = false;
  try {
    copied = typeof doc.execCommand === "function" && doc.execCommand("copy");
  } catch {
    copied = false;
  }
  area.remove();
  // Give focus back to the button that asked, so keyboard users stay where they were.
  focused?.focus();
  return copied;
}
