/**
 * Reads a workbook's document custom properties (docProps/custom.xml, where templates keep a
 * copy of their identity): property name → value text. Parsed namespace-aware through the
 * same capped saxes stream as every part; empty when the part is missing.
 */
import { parseXml } from "./xml-events";
import type { ZipParts } from "./zip-parts";

const CUSTOM_PART = "docProps/custom.xml";

/** The custom properties of the package in `parts`, by name. */
export async function readCustomProperties(parts: ZipParts, maxDepth: number): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!parts.has(CUSTOM_PART)) return out;
  let name: string | undefined;
  let value = "";
  await parseXml(
    parts.chunks(CUSTOM_PART),
    {
      open: (tag, attributes, depth) => {
        if (tag === "property" && depth === 2) {
          name = attributes.name;
          value = "";
        }
      },
      text: (text) => {
        if (name !== undefined) value += text;
      },
      close: (tag, depth) => {
        if (tag === "property" && depth === 2 && name !== undefined) {
          out.set(name, value.trim());
          name = undefined;
        }
      },
    },
    "文档属性",
    maxDepth
  );
  return out;
}
