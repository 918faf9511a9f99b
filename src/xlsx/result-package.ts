/**
 * The package side of the result workbook: the input's zip entries by name, the text of a
 * small part, relationships and their targets, content types and app properties. Only
 * these small parts are ever inflated; sheet parts stay compressed.
 */
import { rawEntryBytes, readCentralDirectory, type ZipEntry } from "./zip/central-directory";
import type { ZipCodec } from "./zip/write-zip";
import { escapeXml, findElement, findElements, splice } from "./result-xml";

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

const decoder = new TextDecoder("utf-8");

/** The text of a part (inflated when deflated), or undefined when absent. */
export function partText(pkg: InputPackage, name: string): string | undefined {
  const entry = pkg.byName.get(name);
  if (!entry) return undefined;
  const raw = rawEntryBytes(pkg.bytes, entry);
  const data = entry.method === 0 ? raw : pkg.codec.inflateRaw(raw);
  return decoder.decode(data).replace(/^\uFEFF/, "");
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

/** Parses a relationships part. */
export function relationships(xml: string, sourceDir: string): Relationship[] {
  return findElements(xml, "Relationship").map((r) => {
    const target = r.attrs.get("Target") ?? "";
    const external = r.attrs.get("TargetMode") === "External";
    return { id: r.attrs.get("Id") ?? "", type: r.attrs.get("Type") ?? "", target, part: external ? undefined : resolveTarget(sourceDir, target) };
  });
}

/** The workbook part, from the package relationships (xl/workbook.xml when they do not say). */
export function workbookPart(pkg: InputPackage): string {
  const rels = partText(pkg, "_rels/.rels");
  const main = rels ? relationships(rels, "").find((r) => r.type.endsWith("/officeDocument")) : undefined;
  return main?.part ?? "xl/workbook.xml";
}

/** Relationships with some removed (by id) and some added. */
export function editRelationships(xml: string, remove: ReadonlySet<string>, add: readonly { id: string; type: string; target: string }[]): string {
  const edits = findElements(xml, "Relationship")
    .filter((r) => remove.has(r.attrs.get("Id") ?? ""))
    .map((r) => ({ start: r.start, end: r.end, text: "" }));
  const root = findElement(xml, "Relationships")!;
  const p = root.prefix;
  const added = add.map((r) => `<${p}Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"/>`).join("");
  const close = root.end - `</${p}Relationships>`.length;
  edits.push({ start: close, end: close, text: added });
  return splice(xml, edits);
}

/** Content types with overrides removed for `remove` and set for `set` (part names without the leading "/"). */
export function editContentTypes(xml: string, remove: ReadonlySet<string>, set: ReadonlyMap<string, string>): string {
  const gone = new Set([...remove, ...set.keys()]);
  const edits = findElements(xml, "Override")
    .filter((o) => gone.has((o.attrs.get("PartName") ?? "").replace(/^\//, "")))
    .map((o) => ({ start: o.start, end: o.end, text: "" }));
  const root = findElement(xml, "Types")!;
  const p = root.prefix;
  const added = [...set].map(([part, type]) => `<${p}Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(type)}"/>`).join("");
  const close = root.end - `</${p}Types>`.length;
  edits.push({ start: close, end: close, text: added });
  return splice(xml, edits);
}

/** docProps/app.xml with its sheet titles set to `sheets` (named ranges, which Excel lists too, are left out). */
export function editAppTitles(xml: string, sheets: readonly string[]): string {
  const headings = findElement(xml, "HeadingPairs");
  const titles = findElement(xml, "TitlesOfParts");
  if (!headings || !titles) return xml;
  const vector = findElement(titles.inner, "vector");
  const vt = vector?.prefix ?? "vt:";
  const p = titles.prefix;
  const pairs =
    `<${p}HeadingPairs><${vt}vector size="2" baseType="variant"><${vt}variant><${vt}lpstr>Worksheets</${vt}lpstr></${vt}variant>` +
    `<${vt}variant><${vt}i4>${sheets.length}</${vt}i4></${vt}variant></${vt}vector></${p}HeadingPairs>`;
  const names = sheets.map((s) => `<${vt}lpstr>${escapeXml(s)}</${vt}lpstr>`).join("");
  const list = `<${p}TitlesOfParts><${vt}vector size="${sheets.length}" baseType="lpstr">${names}</${vt}vector></${p}TitlesOfParts>`;
  return splice(xml, [
    { start: headings.start, end: headings.end, text: pairs },
    { start: titles.start, end: titles.end, text: list },
  ]);
}
