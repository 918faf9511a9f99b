/**
 * The package side of the result workbook: the input's zip entries by name, the text of a
 * small part, relationships and their targets, content types and app properties. Only
 * these small parts are ever inflated; sheet parts stay compressed.
 */
import { rawEntryBytes, readCentralDirectory, type ZipEntry } from "./zip/central-directory";
import type { ZipCodec, ZipWriteEntry } from "./zip/write-zip";
import { XLSX_LIMITS } from "./limits";
import { REFUSALS } from "./refusal";
import { CONTENT_TYPES, DOC_PROPS_VTYPES, EXTENDED_PROPERTIES, PACKAGE_RELATIONSHIPS } from "./xml/namespaces";
import { appendElement, appendText, attributeValue, childElement, childElements, removeElement } from "./xml/ns-edit";
import { parseXmlDocument, serializeXmlDocument, type XmlDocument, type XmlElement } from "./xml/ns-tree";
import { decodePart } from "./xml/part-encoding";
import { crc32 } from "./zip/crc32";

export const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
export const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
export const REL_WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
export const REL_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";

/** The input archive: its entries in order, by name, and their bytes. */
export interface InputPackage {
  bytes: Uint8Array;
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
  codec: ZipCodec;
}

/** Reads the input's central directory; encrypted entries cannot be carried over and are refused. */
export function openPackage(bytes: Uint8Array, codec: ZipCodec): InputPackage {
  const entries = readCentralDirectory(bytes);
  if (entries.some((e) => (e.flags & 1) !== 0)) throw new Error("encrypted zip entries cannot be copied");
  return { bytes, entries, byName: new Map(entries.map((e) => [e.name, e])), codec };
}

/**
 * The text of a part (inflated when deflated), or undefined when absent. Its CRC-32 is
 * checked: a damaged part is refused, never edited and written on as if it were whole.
 */
export function partText(pkg: InputPackage, name: string): string | undefined {
  const entry = pkg.byName.get(name);
  return entry ? decodePart(checkedData(pkg, entry, PART), PART) : undefined;
}

/** An entry's inflated bytes, refused when their size or CRC-32 is not what the directory declares. */
function checkedData(pkg: InputPackage, entry: ZipEntry, where: string): Uint8Array {
  const raw = rawEntryBytes(pkg.bytes, entry);
  const data = entry.method === 0 ? raw : pkg.codec.inflateRaw(raw);
  if (data.length !== entry.uncompressedSize || crc32(data) !== entry.crc32) throw REFUSALS.crcMismatch(where);
  return data;
}

/**
 * An entry copied into a new archive as its compressed bytes, once its CRC-32 is checked
 * (inflating it when deflated): a damaged part is refused, never passed on with its bad CRC.
 * `verify` false is for bytes this program has just written in memory (a template before its
 * custom properties), where a check would only double the time of making 150 templates.
 */
export function copiedEntry(pkg: InputPackage, entry: ZipEntry, verify = true): ZipWriteEntry {
  if (verify) checkedData(pkg, entry, PART_COPIED);
  return {
    name: entry.name,
    method: entry.method,
    crc32: entry.crc32,
    uncompressedSize: entry.uncompressedSize,
    data: rawEntryBytes(pkg.bytes, entry),
  };
}

const PART_COPIED = "工作簿中的一个部件";

/** How the small parts this file edits are named for the user. */
const PART = "工作簿的目录部件";

/** A small part as a namespace-aware tree (./xml/ns-tree), held to the same depth cap as every read. */
export function partTree(text: string): XmlDocument {
  return parseXmlDocument(text, PART, XLSX_LIMITS.maxXmlDepth);
}

/** One relationship of a part. */
export interface Relationship {
  id: string;
  type: string;
  target: string;
  /** The target as a part name ("xl/worksheets/sheet1.xml"); undefined for external targets. */
  part?: string;
}

/** The part name of a relationship's target, resolved against the source part's folder. */
export function resolveTarget(sourceDir: string, target: string): string {
  const segments = target.startsWith("/") ? [] : sourceDir.split("/").filter(Boolean);
  for (const segment of target.replace(/^\//, "").split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}

/** The relationships part of `part` ("xl/workbook.xml" → "xl/_rels/workbook.xml.rels"). */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The folder of a part ("xl/workbook.xml" → "xl"). */
export function dirOf(part: string): string {
  return part.slice(0, Math.max(part.lastIndexOf("/"), 0));
}

/** The relationships of a parsed relationships part, in order. */
function relationshipsOf(doc: XmlDocument, sourceDir: string): Relationship[] {
  return childElements(doc.root, PACKAGE_RELATIONSHIPS, "Relationship").map((r) => {
    const target = attributeValue(r, "Target") ?? "";
    const external = attributeValue(r, "TargetMode") === "External";
    return {
      id: attributeValue(r, "Id") ?? "",
      type: attributeValue(r, "Type") ?? "",
      target,
      part: external ? undefined : resolveTarget(sourceDir, target),
    };
  });
}

/** Parses a relationships part. */
export function relationships(xml: string, sourceDir: string): Relationship[] {
  return relationshipsOf(partTree(xml), sourceDir);
}

/** The workbook part, from the package relationships (xl/workbook.xml when they do not say). */
export function workbookPart(pkg: InputPackage): string {
  const rels = partText(pkg, "_rels/.rels");
  const main = rels ? relationships(rels, "").find((r) => r.type.endsWith("/officeDocument")) : undefined;
  return main?.part ?? "xl/workbook.xml";
}

/** Relationships with some removed (by id) and some added. */
export function editRelationships(xml: string, remove: ReadonlySet<string>, add: readonly { id: string; type: string; target: string }[]): string {
  const doc = partTree(xml);
  for (const r of childElements(doc.root, PACKAGE_RELATIONSHIPS, "Relationship")) if (remove.has(attributeValue(r, "Id") ?? "")) removeElement(r);
  for (const r of add)
    appendElement(doc.root, PACKAGE_RELATIONSHIPS, "Relationship", [
      { local: "Id", value: r.id },
      { local: "Type", value: r.type },
      { local: "Target", value: r.target },
    ]);
  return serializeXmlDocument(doc);
}

/** Content types with overrides removed for `remove` and set for `set` (part names without the leading "/"). */
export function editContentTypes(xml: string, remove: ReadonlySet<string>, set: ReadonlyMap<string, string>): string {
  const doc = partTree(xml);
  const gone = new Set([...remove, ...set.keys()]);
  for (const o of childElements(doc.root, CONTENT_TYPES, "Override"))
    if (gone.has((attributeValue(o, "PartName") ?? "").replace(/^\//, ""))) removeElement(o);
  for (const [part, type] of set)
    appendElement(doc.root, CONTENT_TYPES, "Override", [
      { local: "PartName", value: `/${part}` },
      { local: "ContentType", value: type },
    ]);
  return serializeXmlDocument(doc);
}

/** Replaces the children of `parent` with one vt:vector of `items` (each a variant or a string of `kind`). */
function setVector(parent: XmlElement, baseType: string, items: readonly { kind: string; text: string }[], variant: boolean): void {
  parent.children = [];
  const vector = appendElement(parent, DOC_PROPS_VTYPES, "vector", [
    { local: "size", value: String(items.length) },
    { local: "baseType", value: baseType },
  ]);
  for (const item of items) {
    const holder = variant ? appendElement(vector, DOC_PROPS_VTYPES, "variant") : vector;
    appendText(appendElement(holder, DOC_PROPS_VTYPES, item.kind), item.text);
  }
}

/** docProps/app.xml with its sheet titles set to `sheets` (named ranges, which Excel lists too, are left out). */
export function editAppTitles(xml: string, sheets: readonly string[]): string {
  const doc = partTree(xml);
  const headings = childElement(doc.root, EXTENDED_PROPERTIES, "HeadingPairs");
  const titles = childElement(doc.root, EXTENDED_PROPERTIES, "TitlesOfParts");
  if (!headings || !titles) return xml;
  setVector(
    headings,
    "variant",
    [
      { kind: "lpstr", text: "Worksheets" },
      { kind: "i4", text: String(sheets.length) },
    ],
    true
  );
  setVector(
    titles,
    "lpstr",
    sheets.map((text) => ({ kind: "lpstr", text })),
    false
  );
  return serializeXmlDocument(doc);
}
