/**
 * Just enough XML for the few small package parts the result workbook edits (workbook,
 * relationships, content types, styles, app properties): find elements by local name
 * whatever their namespace prefix, read their attributes, escape text. The big parts,
 * the input sheets, are never parsed at all: they are copied as they are.
 */
import { clipText, EXCEL_CELL_CHARS } from "../domain/text";

/** An element found in a part: where its tag is, its prefix ("" or "x:") and its attributes. */
export interface XmlElement {
  start: number;
  /** End of the element: after its closing tag, or after "/>" when it is empty. */
  end: number;
  /** End of its opening tag. */
  openEnd: number;
  prefix: string;
  attrs: Map<string, string>;
  /** The raw text between its opening and closing tags ("" when empty). */
  inner: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes the five entities and numeric references. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, ref: string) => {
    if (ref[0] !== "#") return ENTITIES[ref];
    return String.fromCodePoint(ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
  });
}

/** Characters XML 1.0 cannot carry at all (control characters other than tab, newline, return; lone surrogates). */
// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters XML 1.0 cannot hold at all. */
export function stripInvalidXml(text: string): string {
  return text.replace(INVALID, "");
}

/** Escapes text for an element or a double-quoted attribute, dropping characters XML cannot hold. */
export function escapeXml(text: string): string {
  return stripInvalidXml(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * A cell holding `text` as an inline string, clipped to Excel's 32,767 characters with “…”
 * (a longer cell makes Excel repair the file): the one way the file writers write text.
 */
export function inlineStringCell(ref: string, text: string, styleAttr: string): string {
  return `<c r="${ref}"${styleAttr} t="inlineStr"><is><t xml:space="preserve">${escapeXml(clipText(text, EXCEL_CELL_CHARS))}</t></is></c>`;
}

function parseAttrs(text: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of text.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs.set(m[1], unescapeXml(m[2] ?? m[3] ?? ""));
  return attrs;
}

/** Every element called `local` (any prefix), in document order; nested same-name elements are not expected here. */
export function findElements(xml: string, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  const open = new RegExp(`<((?:[\\w.-]+:)?)${local}(?=[\\s/>])([^>]*?)(/?)>`, "g");
  for (let m = open.exec(xml); m; m = open.exec(xml)) {
    const prefix = m[1];
    const openEnd = m.index + m[0].length;
    let end = openEnd;
    let inner = "";
    if (m[3] !== "/") {
      const close = `</${prefix}${local}>`;
      const at = xml.indexOf(close, openEnd);
      if (at < 0) continue;
      inner = xml.slice(openEnd, at);
      end = at + close.length;
      open.lastIndex = end;
    }
    found.push({ start: m.index, end, openEnd, prefix, attrs: parseAttrs(m[2]), inner });
  }
  return found;
}

/** The first element called `local`, if any. */
export function findElement(xml: string, local: string): XmlElement | undefined {
  return findElements(xml, local)[0];
}

/** The value of the attribute whose local name is `local` under some prefix (e.g. r:id, whatever the prefix). */
export function prefixedAttr(element: XmlElement, local: string): string | undefined {
  for (const [name, value] of element.attrs) if (name.endsWith(`:${local}`)) return value;
  return undefined;
}

/** Replaces the given spans of `xml` (non-overlapping) with new text. */
export function splice(xml: string, edits: readonly { start: number; end: number; text: string }[]): string {
  let out = "";
  let at = 0;
  // An insertion (start = end) goes before a replacement that starts at the same place.
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    out += xml.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + xml.slice(at);
}

/** Sets (or adds) one attribute in an element's opening tag. */
export function setAttr(xml: string, element: XmlElement, name: string, value: string): string {
  const tag = xml.slice(element.start, element.openEnd);
  const pattern = new RegExp(`(\\s${name.replace(/[.]/g, "\\.")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  const next = pattern.test(tag) ? tag.replace(pattern, `$1"${escapeXml(value)}"`) : tag.replace(/\s*(\/?)>$/, ` ${name}="${escapeXml(value)}"$1>`);
  return xml.slice(0, element.start) + next + xml.slice(element.openEnd);
}
