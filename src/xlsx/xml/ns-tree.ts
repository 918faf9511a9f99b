/**
 * A namespace-aware tree of a small package part (workbook, relationships, content types,
 * app properties), parsed with saxes in namespace mode and written back whole. Every
 * element and attribute keeps the prefix it was written with and every namespace
 * declaration stays where it was, so what is not edited reads the same; what is added is
 * given a prefix that is bound where it is put (./ns-edit). The big parts, the input
 * sheets, are never parsed here: they are copied as they are.
 */
import { SaxesParser, type SaxesAttributeNS } from "saxes";
import { REFUSALS } from "../refusal";
import { stripInvalidXml } from "../result-xml";

/** XML comment delimiters (kept out of template literals, where they read like command-line options). */
const COMMENT_OPEN = "<!" + "-".repeat(2);
const COMMENT_CLOSE = "-".repeat(2) + ">";

/** An attribute: its qualified name as written, and its namespace (""for none). */
export interface XmlAttribute {
  name: string;
  prefix: string;
  local: string;
  uri: string;
  value: string;
}

export interface XmlElement {
  kind: "element";
  /** The qualified name as written ("x:sheet"). */
  name: string;
  prefix: string;
  local: string;
  uri: string;
  /** In document order, namespace declarations (xmlns, xmlns:p) among them. */
  attributes: XmlAttribute[];
  children: XmlNode[];
  parent: XmlElement | undefined;
}

export type XmlNode =
  | XmlElement
  | { kind: "text"; text: string }
  | { kind: "cdata"; text: string }
  | { kind: "comment"; text: string }
  | { kind: "pi"; target: string; body: string };

export interface XmlDocument {
  /** Comments and processing instructions before the root (the XML declaration is written anew). */
  prolog: XmlNode[];
  root: XmlElement;
}

export const XMLNS_URI = "http://www.w3.org/2000/xmlns/";

/**
 * Parses a part's text. `where` names the part for the user. Throws WorkbookRefusedError
 * for malformed XML, a DOCTYPE (entity declarations are never expanded) or nesting deeper
 * than `maxDepth`.
 */
export function parseXmlDocument(text: string, where: string, maxDepth: number): XmlDocument {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const prolog: XmlNode[] = [];
  let root: XmlElement | undefined;
  let current: XmlElement | undefined;
  let depth = 0;
  let failure: unknown;
  const add = (node: XmlNode): void => {
    if (current) current.children.push(node);
    else if (node.kind === "comment" || node.kind === "pi") prolog.push(node);
  };
  parser.on("doctype", () => {
    failure ??= new Error("DOCTYPE in a package part");
  });
  parser.on("opentag", (tag) => {
    depth++;
    if (depth > maxDepth) throw REFUSALS.tooDeep(where, maxDepth);
    const attributes = Object.values(tag.attributes as Record<string, SaxesAttributeNS>).map((a) => ({
      name: a.name,
      prefix: a.prefix,
      local: a.local,
      uri: a.uri,
      value: a.value,
    }));
    const element: XmlElement = {
      kind: "element",
      name: tag.name,
      prefix: tag.prefix,
      local: tag.local,
      uri: tag.uri,
      attributes,
      children: [],
      parent: current,
    };
    if (current) current.children.push(element);
    else root = element;
    current = element;
  });
  parser.on("closetag", () => {
    depth--;
    current = current?.parent;
  });
  parser.on("text", (t) => add({ kind: "text", text: t }));
  parser.on("cdata", (t) => add({ kind: "cdata", text: t }));
  parser.on("comment", (t) => add({ kind: "comment", text: t }));
  parser.on("processinginstruction", (pi) => add({ kind: "pi", target: pi.target, body: pi.body }));
  parser.on("error", (error) => {
    failure ??= error;
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof Error && error.name === "WorkbookRefusedError") throw error;
    throw REFUSALS.badXml(where, error);
  }
  if (failure || !root) throw REFUSALS.badXml(where, failure);
  return { prolog, root };
}

const escapeText = (text: string): string => stripInvalidXml(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttribute = (text: string): string =>
  escapeText(text).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");

function writeNode(node: XmlNode, out: string[]): void {
  switch (node.kind) {
    case "text":
      out.push(escapeText(node.text));
      return;
    case "cdata":
      out.push(`<![CDATA[${node.text.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`);
      return;
    case "comment":
      out.push(COMMENT_OPEN, node.text, COMMENT_CLOSE);
      return;
    case "pi":
      out.push(`<?${node.target}${node.body ? ` ${node.body}` : ""}?>`);
      return;
    case "element":
      out.push(`<${node.name}`);
      for (const a of node.attributes) out.push(` ${a.name}="${escapeAttribute(a.value)}"`);
      if (node.children.length === 0) {
        out.push("/>");
        return;
      }
      out.push(">");
      for (const child of node.children) writeNode(child, out);
      out.push(`</${node.name}>`);
  }
}

/** The document as UTF-8 XML text, with a declaration that says so (a UTF-16 input part is written back as UTF-8). */
export function serializeXmlDocument(doc: XmlDocument): string {
  const out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'];
  for (const node of doc.prolog) writeNode(node, out);
  writeNode(doc.root, out);
  return out.join("");
}
