/**
 * Reads back the document custom properties (docProps/custom.xml) that
 * src/xlsx/custom-properties.ts writes: the product only writes them, the tests check them.
 */
import type { ZipCodec } from "../../src/xlsx/zip/write-zip";
import { openPackage, partText } from "../../src/xlsx/result-package";
import { unescapeXml } from "../../src/xlsx/result-xml";

/** The custom properties of a workbook, by name (values as text); empty when it has none. */
export function readCustomProperties(xlsx: Uint8Array, codec: ZipCodec): Map<string, string> {
  const xml = partText(openPackage(xlsx, codec), "docProps/custom.xml");
  const out = new Map<string, string>();
  if (xml === undefined) return out;
  const property = /<property\b[^>]*\bname="([^"]*)"[^>]*>\s*<vt:[A-Za-z0-9]+>([^<]*)<\/vt:[A-Za-z0-9]+>\s*<\/property>/g;
  for (const m of xml.matchAll(property)) out.set(unescapeXml(m[1]), unescapeXml(m[2]));
  return out;
}
