/**
 * Reading and editing a namespace-aware tree (./ns-tree) by namespace and local name.
 * A new element or namespaced attribute takes the prefix already bound to its namespace
 * where it is put; when none is bound there (openpyxl declares r: on each <sheet>, not on
 * <workbook>), the new element declares one itself, so the result is always well-formed.
 */
import { XMLNS_URI, type XmlAttribute, type XmlElement } from "./ns-tree";

/** Matches a namespace: one URI, or any of several (transitional and strict). */
export type NamespaceTest = string | ((uri: string) => boolean);

const matches = (test: NamespaceTest, uri: string): boolean => (typeof test === "string" ? test === uri : test(uri));

/** The child elements of `parent` in namespace `ns` called `local` (all its child elements without arguments). */
export function childElements(parent: XmlElement, ns?: NamespaceTest, local?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of parent.children)
    if (child.kind === "element" && (ns === undefined || matches(ns, child.uri)) && (local === undefined || child.local === local)) out.push(child);
  return out;
}

/** The first child element of `parent` in `ns` called `local`. */
export function childElement(parent: XmlElement, ns: NamespaceTest, local: string): XmlElement | undefined {
  return childElements(parent, ns, local)[0];
}

/** The value of an attribute by namespace ("" for none, the usual case) and local name. */
export function attributeValue(element: XmlElement, local: string, ns: NamespaceTest = ""): string | undefined {
  return element.attributes.find((a) => a.local === local && a.uri !== XMLNS_URI && matches(ns, a.uri))?.value;
}

/** Sets an attribute without a namespace, in place when present, else after the others. */
export function setAttribute(element: XmlElement, local: string, value: string): void {
  const existing = element.attributes.find((a) => a.uri === "" && a.local === local);
  if (existing) existing.value = value;
  else element.attributes.push({ name: local, prefix: "", local, uri: "", value });
}

/** The namespace declarations of one element: prefix ("" for the default namespace) → URI. */
function declarations(element: XmlElement): Map<string, string> {
  const found = new Map<string, string>();
  for (const a of element.attributes) {
    if (a.name === "xmlns") found.set("", a.value);
    else if (a.prefix === "xmlns") found.set(a.local, a.value);
  }
  return found;
}

/** The URI bound to `prefix` at `element` ("" for the default namespace; undefined when unbound). */
function uriOfPrefix(element: XmlElement | undefined, prefix: string): string | undefined {
  for (let at = element; at; at = at.parent) {
    const uri = declarations(at).get(prefix);
    if (uri !== undefined) return uri;
  }
  return prefix === "xml" ? "http://www.w3.org/XML/1998/namespace" : undefined;
}

/** A prefix bound to `uri` at `element` and not rebound below it; with `allowDefault`, "" for the default namespace. */
function prefixOf(element: XmlElement, uri: string, allowDefault: boolean): string | undefined {
  const seen = new Set<string>();
  for (let at: XmlElement | undefined = element; at; at = at.parent) {
    for (const [prefix, bound] of declarations(at)) {
      if (seen.has(prefix)) continue;
      seen.add(prefix);
      if (bound === uri && (prefix !== "" || allowDefault)) return prefix;
    }
  }
  return undefined;
}

/** A prefix free at `element` (neither bound there nor to be declared on the same new element). */
function freePrefix(element: XmlElement, wanted: string, taken: ReadonlySet<string>): string {
  for (let n = 0; ; n++) {
    const prefix = n === 0 ? wanted : `${wanted}${n}`;
    if (uriOfPrefix(element, prefix) === undefined && !taken.has(prefix)) return prefix;
  }
}

/** An attribute of a new element: no namespace (the usual case), or one with the prefix it prefers ("r" for r:id). */
export interface NewAttribute {
  local: string;
  value: string;
  ns?: string;
  preferredPrefix?: string;
}

/**
 * A new element in `ns` under `parent`, at `index` among its children (the end by
 * default). Its name and its namespaced attributes use prefixes bound at `parent`;
 * namespaces not bound there are declared on the new element.
 */
export function appendElement(parent: XmlElement, ns: string, local: string, attributes: readonly NewAttribute[] = [], index?: number): XmlElement {
  const element: XmlElement = { kind: "element", name: local, prefix: "", local, uri: ns, attributes: [], children: [], parent };
  const declared: XmlAttribute[] = [];
  const taken = new Set<string>();
  const elementPrefix = prefixOf(parent, ns, true);
  if (elementPrefix === undefined) {
    // Unbound here: the new element makes its namespace the default for itself.
    declared.push({ name: "xmlns", prefix: "", local: "xmlns", uri: XMLNS_URI, value: ns });
  } else if (elementPrefix !== "") {
    element.prefix = elementPrefix;
    element.name = `${elementPrefix}:${local}`;
  }
  const own: XmlAttribute[] = [];
  for (const a of attributes) {
    if (!a.ns) {
      own.push({ name: a.local, prefix: "", local: a.local, uri: "", value: a.value });
      continue;
    }
    let prefix = prefixOf(parent, a.ns, false) ?? declared.find((d) => d.prefix === "xmlns" && d.value === a.ns)?.local;
    if (prefix === undefined) {
      prefix = freePrefix(parent, a.preferredPrefix ?? "ns", taken);
      taken.add(prefix);
      declared.push({ name: `xmlns:${prefix}`, prefix: "xmlns", local: prefix, uri: XMLNS_URI, value: a.ns });
    }
    own.push({ name: `${prefix}:${a.local}`, prefix, local: a.local, uri: a.ns, value: a.value });
  }
  element.attributes = [...declared, ...own];
  if (index === undefined) parent.children.push(element);
  else parent.children.splice(index, 0, element);
  return element;
}

/** A text child at the end of `element`. */
export function appendText(element: XmlElement, text: string): void {
  element.children.push({ kind: "text", text });
}

/** Removes `child` from its parent. */
export function removeElement(child: XmlElement): void {
  const parent = child.parent;
  if (!parent) return;
  const at = parent.children.indexOf(child);
  if (at >= 0) parent.children.splice(at, 1);
}

/** The position of `child` among its parent's children. */
export function indexInParent(child: XmlElement): number {
  return child.parent ? child.parent.children.indexOf(child) : -1;
}
