/** Reading a .docx's parts as DOM documents (jsdom's XML parser), and its paragraphs as text with their runs' looks. */
import JSZip from "jszip";
import { JSDOM } from "jsdom";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const parser = new new JSDOM("").window.DOMParser();

/** Every part of the package as text, by path. */
export async function docxParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const path of Object.keys(zip.files)) if (!zip.files[path].dir) parts.set(path, await zip.files[path].async("string"));
  return parts;
}

/** A part parsed as XML. */
export function xml(text: string): Document {
  return parser.parseFromString(text, "application/xml");
}

/** The w: children named `name` of `node`, in document order (all depths). */
export function all(node: Document | Element, name: string): Element[] {
  return [...node.getElementsByTagNameNS(W, name)];
}

/** The first w:`name` under `node`, or null. */
export function first(node: Document | Element, name: string): Element | null {
  return all(node, name)[0] ?? null;
}

/** A w: attribute of `el`. */
export function attr(el: Element | null, name: string): string | null {
  return el?.getAttributeNS(W, name) ?? null;
}

export interface RunLook {
  text: string;
  font: string | null;
  size: number | null;
  color: string | null;
}

export interface ParagraphLook {
  text: string;
  align: string | null;
  firstLine: number;
  right: number;
  line: number | null;
  lineRule: string | null;
  inTable: boolean;
  runs: RunLook[];
}

/** Every paragraph of the body with its alignment, indents, spacing and runs. */
export function paragraphs(doc: Document): ParagraphLook[] {
  return all(doc, "p").map((p) => {
    const pPr = [...p.childNodes].find((n) => (n as Element).localName === "pPr") as Element | undefined;
    const ind = pPr ? first(pPr, "ind") : null;
    const spacing = pPr ? first(pPr, "spacing") : null;
    const runs = all(p, "r").map((r) => ({
      text: all(r, "t")
        .map((t) => t.textContent ?? "")
        .join(""),
      font: attr(first(r, "rFonts"), "eastAsia"),
      size: Number(attr(first(r, "sz"), "val")) || null,
      color: attr(first(r, "color"), "val"),
    }));
    let inTable = false;
    for (let n = p.parentNode; n; n = n.parentNode) if ((n as Element).localName === "tbl") inTable = true;
    return {
      text: runs.map((r) => r.text).join(""),
      align: pPr ? attr(first(pPr, "jc"), "val") : null,
      firstLine: Number(attr(ind, "firstLine") ?? 0),
      right: Number(attr(ind, "right") ?? 0),
      line: spacing && attr(spacing, "line") ? Number(attr(spacing, "line")) : null,
      lineRule: attr(spacing, "lineRule"),
      inTable,
      runs,
    };
  });
}

/** The text of the whole body (the paragraphs' text, one a line). */
export function bodyText(doc: Document): string {
  return paragraphs(doc)
    .map((p) => p.text)
    .join("\n");
}
