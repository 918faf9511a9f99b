/**
 * Document custom properties (docProps/custom.xml) at the zip level: exceljs 4.4 has no
 * API for them. A template's metadata is written there as well as on its very hidden
 * sheet (see sheets/template-meta.ts). Every other part is copied as it is, compressed bytes
 * untouched; only [Content_Types].xml and _rels/.rels are rewritten to register the part.
 */
import { partText, openPackage } from "./result-package";
import { rawEntryBytes } from "./zip/central-directory";
import { concatChunks, deflatedEntry, zipChunks, type ZipCodec, type ZipWriteEntry } from "./zip/write-zip";

const CUSTOM_PART = "docProps/custom.xml";
const CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
const CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
/** The format id every custom property carries (OOXML part 1, 22.3.2.2). */
const FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

const encoder = new TextEncoder();

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

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

/** `xlsx` (bytes of a workbook without custom properties) with docProps/custom.xml holding `props`. */
export function withCustomProperties(xlsx: Uint8Array, props: readonly (readonly [string, string | number])[], codec: ZipCodec): Uint8Array {
  const pkg = openPackage(xlsx, codec);
  const types = partText(pkg, "[Content_Types].xml");
  const rels = partText(pkg, "_rels/.rels");
  if (types === undefined || rels === undefined) throw new Error("not an OOXML package: [Content_Types].xml or _rels/.rels missing");
  const entries: ZipWriteEntry[] = [];
  for (const entry of pkg.entries) {
    if (entry.name === CUSTOM_PART) continue;
    if (entry.name === "[Content_Types].xml") {
      const xml = types.includes(`PartName="/${CUSTOM_PART}"`)
        ? types
        : types.replace("</Types>", `<Override PartName="/${CUSTOM_PART}" ContentType="${CUSTOM_TYPE}"/></Types>`);
      entries.push(deflatedEntry(entry.name, encoder.encode(xml), codec));
    } else if (entry.name === "_rels/.rels") {
      const xml = rels.includes(CUSTOM_REL)
        ? rels
        : rels.replace("</Relationships>", `<Relationship Id="rIdTishengCustom" Type="${CUSTOM_REL}" Target="${CUSTOM_PART}"/></Relationships>`);
      entries.push(deflatedEntry(entry.name, encoder.encode(xml), codec));
    } else {
      entries.push({
        name: entry.name,
        method: entry.method,
        crc32: entry.crc32,
        uncompressedSize: entry.uncompressedSize,
        data: rawEntryBytes(xlsx, entry),
      });
    }
  }
  entries.push(deflatedEntry(CUSTOM_PART, encoder.encode(customPropertiesXml(props)), codec));
  return concatChunks(zipChunks(entries));
}
