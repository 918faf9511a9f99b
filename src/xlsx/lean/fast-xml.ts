/**
 * A lean scanner for the parts that grow with the data (sheets, shared strings). saxes
 * checks every character through a general state machine: on a 1,000,000-row score
 * sheet (150 MB of XML) it alone took 7.7 s of CPU, most of the 10 s budget. This
 * scanner jumps from '<' to '<' with indexOf, reads each tag's name and end with a
 * plain loop (a regular expression per tag cost more in allocations), and hands over
 * positions rather than new strings (see ScanHandlers). It checks what safety needs (depth
 * cap, a tag that never ends, a document left open, DOCTYPE refused so no entity
 * expansion), not every well-formedness rule; the structural parts go through saxes.
 */
import { REFUSALS } from "../refusal";
import { feedChunks } from "./chunk-text";

/**
 * Callbacks with positions instead of new strings: at a million rows every string made
 * per tag costs time and garbage, so names are interned and attributes and text stay in
 * the scanned buffer until a handler reads what it needs.
 */
export interface ScanHandlers {
  /**
   * An element opens; its attributes are the raw text `buf[from, to)`. A handler that reads
   * the whole element itself (a sheet cell with its value, the common case by far) returns
   * where the scan goes on, just past the element's end tag; that element then gets no close
   * call and its content no calls at all. Nothing (undefined) lets the scan go on as usual.
   */
  open(name: string, buf: string, from: number, to: number, depth: number): number | void;
  close(name: string, depth: number): void;
  /** Raw character data `buf[from, to)` (entities not decoded; CDATA arrives escaped). */
  text(buf: string, from: number, to: number): void;
  /**
   * Bytes that are not UTF-8 were met in the chunk about to be scanned; they read as U+FFFD.
   * A reader that can name the cell refuses text holding U+FFFD from here on.
   */
  invalidBytes?(): void;
}

/** A tag may be split across chunks; one longer than this is refused rather than buffered without end. */
const MAX_TAG = 1024 * 1024;

const LT = 60;
const GT = 62;
const SLASH = 47;
const COLON = 58;
const QUOTE = 34;
const APOSTROPHE = 39;

/** True for the characters that end an element name: white space, "/" and ">". */
function endsName(code: number): boolean {
  return code === 32 || code === GT || code === SLASH || code === 10 || code === 13 || code === 9;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes XML character and entity references. */
export function decodeXmlText(raw: string): string {
  if (raw.indexOf("&") < 0) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref[0] !== "#") return ENTITIES[ref] ?? whole;
    const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Where the value of an unprefixed attribute starts in `buf[from, to)` (after its quote); -1 when absent. */
export function attributeAt(buf: string, from: number, to: number, name: string): number {
  let at = buf.indexOf(name, from);
  while (at >= 0 && at < to) {
    const before = buf.charCodeAt(at - 1);
    const after = at + name.length;
    // Preceded by white space and followed by "=": not the tail of a longer name.
    if (before === 32 || before === 9 || before === 10 || before === 13) {
      let eq = after;
      while (buf.charCodeAt(eq) === 32) eq++;
      if (buf.charCodeAt(eq) === 61) {
        let q = eq + 1;
        while (buf.charCodeAt(q) === 32) q++;
        return q + 1;
      }
    }
    at = buf.indexOf(name, after);
  }
  return -1;
}

/** The decoded value of an unprefixed attribute in `buf[from, to)`; undefined when absent. */
export function attribute(buf: string, from: number, to: number, name: string): string | undefined {
  const at = attributeAt(buf, from, to, name);
  if (at < 0) return undefined;
  return decodeXmlText(buf.slice(at, buf.indexOf(buf[at - 1], at)));
}

/** True when `buf` holds `name` at `from` (a plain loop: names are a few characters, a builtin call costs more). */
function sameChars(buf: string, from: number, name: string): boolean {
  for (let k = 1; k < name.length; k++) if (buf.charCodeAt(from + k) !== name.charCodeAt(k)) return false;
  return true;
}

/**
 * The engine's one shared copy of `text` (a property key is always interned). Handlers
 * switch on tag names ("row", "c", "v"): an interned name equals its literal by reference,
 * where a sliced copy is compared character by character, nine million times a sheet.
 */
function internalized(text: string): string {
  return Object.keys({ [text]: true })[0];
}

/** Names seen so far, by first character: a name is made once, then found again without a new string. */
class NameTable {
  private readonly byFirst: string[][] = [];

  nameAt(buf: string, from: number, to: number): string {
    const first = buf.charCodeAt(from) & 127;
    const list = (this.byFirst[first] ??= []);
    const length = to - from;
    for (const name of list) if (name.length === length && sameChars(buf, from, name)) return name;
    const name = internalized(buf.slice(from, to));
    if (list.length < 16) list.push(name);
    return name;
  }
}

/**
 * Scans the chunks with `handlers`. `where` names the part for the user. Throws
 * WorkbookRefusedError for nesting deeper than `maxDepth` or XML that cannot be read.
 */
export async function scanXml(chunks: AsyncIterable<Uint8Array>, handlers: ScanHandlers, where: string, maxDepth: number): Promise<void> {
  let rest = "";
  let depth = 0;
  const names = new NameTable();
  const scan = (buf: string, final: boolean): string => {
    let i = 0;
    const length = buf.length;
    for (;;) {
      const lt = buf.indexOf("<", i);
      if (lt < 0) {
        if (i < length) handlers.text(buf, i, length);
        return "";
      }
      if (lt > i) handlers.text(buf, i, lt);
      const next = buf.charCodeAt(lt + 1);
      if (next === 33 /* ! */ || next === 63 /* ? */) {
        const end = markupEnd(buf, lt, where);
        if (end < 0) return waitOrFail(buf, lt, final, where);
        if (buf.startsWith("<![CDATA[", lt)) {
          const cdata = buf
            .slice(lt + 9, end - 3)
            .replace(/&/g, "&amp;")
            .replace(/</g, "&lt;");
          handlers.text(cdata, 0, cdata.length);
        }
        i = end;
        continue;
      }
      const closing = next === SLASH;
      // The name, after any prefix ("x:row" → "row").
      let nameStart = closing ? lt + 2 : lt + 1;
      let p = nameStart;
      while (p < length) {
        const code = buf.charCodeAt(p);
        if (endsName(code)) break;
        if (code === COLON) nameStart = p + 1;
        else if (code === LT) throw REFUSALS.badXml(where);
        p++;
      }
      if (p >= length) return waitOrFail(buf, lt, final, where);
      if (p === nameStart) throw REFUSALS.badXml(where);
      const name = names.nameAt(buf, nameStart, p);
      if (closing) {
        // A closing tag has no attributes: its end is the next ">".
        const end = buf.indexOf(">", p);
        if (end < 0) return waitOrFail(buf, lt, final, where);
        i = end + 1;
        handlers.close(name, depth);
        depth--;
        if (depth < 0) throw REFUSALS.badXml(where);
        continue;
      }
      // The tag's end: the first ">" outside a quoted attribute value.
      let gt = p;
      let quote = 0;
      while (gt < length) {
        const code = buf.charCodeAt(gt);
        if (quote !== 0) {
          if (code === quote) quote = 0;
        } else if (code === GT) break;
        else if (code === QUOTE || code === APOSTROPHE) quote = code;
        else if (code === LT) throw REFUSALS.badXml(where);
        gt++;
      }
      if (gt >= length) return waitOrFail(buf, lt, final, where);
      i = gt + 1;
      const selfClosing = buf.charCodeAt(gt - 1) === SLASH;
      depth++;
      if (depth > maxDepth) throw REFUSALS.tooDeep(where, maxDepth);
      const resume = handlers.open(name, buf, p, selfClosing ? gt - 1 : gt, depth);
      if (typeof resume === "number" && !selfClosing && resume > i && resume <= length) {
        i = resume;
        depth--;
        continue;
      }
      if (selfClosing) {
        handlers.close(name, depth);
        depth--;
      }
    }
  };
  try {
    rest = await feedChunks(chunks, scan, () => handlers.invalidBytes?.(), where);
  } catch (error) {
    if (error instanceof Error && error.name === "WorkbookRefusedError") throw error;
    throw REFUSALS.badXml(where, error);
  }
  if (depth !== 0 || rest !== "") throw REFUSALS.badXml(where);
}

/** The end (exclusive) of a comment, CDATA section or processing instruction at `lt`; -1 when not yet in the buffer. */
function markupEnd(buf: string, lt: number, where: string): number {
  if (buf.startsWith("<!--", lt)) {
    const end = buf.indexOf("-->", lt + 4);
    return end < 0 ? -1 : end + 3;
  }
  if (buf.startsWith("<![CDATA[", lt)) {
    const end = buf.indexOf("]]>", lt + 9);
    return end < 0 ? -1 : end + 3;
  }
  if (buf.charCodeAt(lt + 1) === 63) {
    const end = buf.indexOf("?>", lt + 2);
    return end < 0 ? -1 : end + 2;
  }
  // A DOCTYPE (and its entity declarations, the "billion laughs") has no place in a workbook part.
  if (buf.length - lt < 9) return -1;
  throw REFUSALS.badXml(where);
}

/** Keeps an unfinished tag for the next chunk, unless the input ended or the tag is too long to be real. */
function waitOrFail(buf: string, lt: number, final: boolean, where: string): string {
  if (final || buf.length - lt > MAX_TAG) throw REFUSALS.badXml(where);
  return buf.slice(lt);
}
