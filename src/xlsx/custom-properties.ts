/**
 * Document custom properties (docProps/custom.xml) at the zip level: exceljs 4.4 has no
 * API for them. A template's metadata is written there as well as on its very hidden
 * sheet (see sheets/template-meta.ts). Every other part is copied as it is, compressed bytes
 * untouched (its CRC checked); only [Content_Types].xml and _rels/.rels are rewritten, through
 * the namespace-aware editors of ./result-package, to register the part.
 */
import { REFUSALS } from "./refusal";
import { escapeXml } from "./result-xml";
import { copiedEntry, editContentTypes, editRelationships, openPackage, partText, relationships } from "./result-package";
import { concatChunks, deflatedEntry, zipChunks, type ZipCodec, type ZipWriteEntry } from "./zip/write-zip";

const CUSTOM_PART = "docProps/custom.xml";
const CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
const CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
/** The format id every custom property carries (OOXML part 1, 22.3.2.2). */
const FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

const encoder = new TextEncoder();

/** The custom.xml of `props` (every value a string, vt:lpwstr). */
export function customPropertiesXml(props: readonly (readonly [string, string | number])[]): string {
  const items = props.map(
    ([name, value], i) =>
      `<property fmtid="${FMTID}" pid="${i + 2}" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(String(value))}</vt:lpwstr></property>`
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
    `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${items.join("")}</Properties>`
  );
}

/**
 * `xlsx` (bytes of a workbook without custom properties, just written in memory by this program)
 * with docProps/custom.xml holding `props`.
 */
export function withCustomProperties(xlsx: Uint8Array, props: readonly (readonly [string, string | number])[], codec: ZipCodec): Uint8Array {
  const pkg = openPackage(xlsx, codec);
  const types = partText(pkg, "[Content_Types].xml");
  const rels = partText(pkg, "_rels/.rels");
  if (types === undefined) throw REFUSALS.missingPart("部件类型清单");
  if (rels === undefined) throw REFUSALS.missingPart("工作簿的包关系");
  const present = relationships(rels, "");
  const entries: ZipWriteEntry[] = [];
  for (const entry of pkg.entries) {
    if (entry.name === CUSTOM_PART) continue;
    if (entry.name === "[Content_Types].xml") {
      const xml = editContentTypes(types, new Set(), new Map([[CUSTOM_PART, CUSTOM_TYPE]]));
      entries.push(deflatedEntry(entry.name, encoder.encode(xml), codec));
    } else if (entry.name === "_rels/.rels") {
      const ids = new Set(present.map((r) => r.id));
      let id = "rIdTishengCustom";
      for (let n = 2; ids.has(id); n++) id = `rIdTishengCustom${n}`;
      const xml = present.some((r) => r.type === CUSTOM_REL)
        ? rels
        : editRelationships(rels, new Set(), [{ id, type: CUSTOM_REL, target: CUSTOM_PART }]);
      entries.push(deflatedEntry(entry.name, encoder.encode(xml), codec));
    } else entries.push(copiedEntry(pkg, entry, false));
  }
  entries.push(deflatedEntry(CUSTOM_PART, encoder.encode(customPropertiesXml(props)), codec));
  return concatChunks(zipChunks(entries));
}
