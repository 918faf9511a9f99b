/**
 * Sheet names by part path ("xl/worksheets/sheet3.xml" → "评议评分"), read straight from the
 * .xlsx's zip before exceljs parses it: exceljs reads the parts in zip order, and writers
 * (exceljs among them) often store the sheets before xl/workbook.xml, so while a sheet is
 * being read its name is not known yet. Only two small parts are inflated (with the
 * platform's DecompressionStream); anything unexpected gives an empty map, never an error.
 */

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

interface Entry {
  method: number;
  compressedSize: number;
  localOffset: number;
}

/** Central directory entries by name (no zip64: workbooks that need it are refused long before). */
function centralDirectory(view: DataView): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  let eocd = -1;
  for (let i = view.byteLength - 22; i >= Math.max(0, view.byteLength - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return entries;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder();
  for (let n = 0; n < count && at + 46 <= view.byteLength && view.getUint32(at, true) === CENTRAL_SIGNATURE; n++) {
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = decoder.decode(new Uint8Array(view.buffer, view.byteOffset + at + 46, nameLength));
    entries.set(name.replace(/^\//, ""), {
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

async function partText(view: DataView, entry: Entry | undefined): Promise<string> {
  if (!entry || view.getUint32(entry.localOffset, true) !== LOCAL_SIGNATURE) return "";
  const start = entry.localOffset + 30 + view.getUint16(entry.localOffset + 26, true) + view.getUint16(entry.localOffset + 28, true);
  const raw = new Uint8Array(view.buffer as ArrayBuffer, view.byteOffset + start, entry.compressedSize);
  if (entry.method === 0) return new TextDecoder().decode(raw);
  if (entry.method !== 8 || typeof DecompressionStream === "undefined") return "";
  const stream = new Blob([raw]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Response(stream).text();
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const unescapeXml = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e] ?? "");

/** The sheet names of an .xlsx by the zip path of their part; empty when they cannot be read cheaply. */
export async function sheetNamesByPath(bytes: ArrayBuffer): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  try {
    const view = new DataView(bytes);
    const entries = centralDirectory(view);
    const [workbook, rels] = await Promise.all([
      partText(view, entries.get("xl/workbook.xml")),
      partText(view, entries.get("xl/_rels/workbook.xml.rels")),
    ]);
    const targets = new Map<string, string>();
    for (const tag of rels.match(/<Relationship\s[^>]*>/g) ?? []) {
      const id = attribute(tag, "Id");
      const target = attribute(tag, "Target");
      if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
    }
    for (const tag of workbook.match(/<sheet\s[^>]*>/g) ?? []) {
      const name = attribute(tag, "name");
      const target = targets.get(attribute(tag, "r:id") ?? "");
      if (name && target) names.set(target, unescapeXml(name));
    }
  } catch {
    // Only a label is at stake: exceljs reports a broken file on its own.
  }
  return names;
}
