/**
 * Where a workbook's sheets live: the workbook part (from the package relationships), its
 * sheets by name with their parts, its shared strings and styles parts, and its date system.
 */
import { REFUSALS } from "../refusal";
import { localName, relsPathOf, resolveTarget } from "./part-paths";
import { parseXml } from "./xml-events";
import type { ZipParts } from "./zip-parts";

export interface WorkbookParts {
  /** Sheets in workbook order, with the zip entry of each (absent when the workbook points nowhere). */
  sheets: { name: string; part: string | undefined }[];
  /** The shared strings part; absent when the workbook has none or lists one the archive lacks. */
  sharedStrings?: string;
  styles?: string;
  /** True for the 1904 date system (old Mac workbooks). */
  date1904: boolean;
}

const OFFICE_DOCUMENT = /\/officeDocument$/;
const WHERE = "工作簿目录";

interface Relationship {
  type: string;
  target: string;
}

/** Reads a relationships part: id → {type, target (resolved)}; external targets are left out. */
async function readRelationships(parts: ZipParts, source: string, maxDepth: number): Promise<Map<string, Relationship>> {
  const rels = new Map<string, Relationship>();
  const path = relsPathOf(source);
  if (!parts.has(path)) return rels;
  await parseXml(
    parts.chunks(path, WHERE),
    {
      open: (name, a) => {
        if (name !== "Relationship" || a.TargetMode === "External" || !a.Id || !a.Target) return;
        rels.set(a.Id, { type: a.Type ?? "", target: resolveTarget(source, a.Target) });
      },
    },
    WHERE,
    maxDepth
  );
  return rels;
}

/** Finds the workbook part and reads its sheet list and related parts. */
export async function readWorkbookParts(parts: ZipParts, maxDepth: number): Promise<WorkbookParts> {
  const root = await readRelationships(parts, "", maxDepth);
  const workbook = [...root.values()].find((r) => OFFICE_DOCUMENT.test(r.type))?.target ?? "xl/workbook.xml";
  if (!parts.has(workbook)) throw parts.has("mimetype") ? REFUSALS.openDocument() : REFUSALS.notWorkbook(new Error("no workbook part"));
  // Every package names its parts' types; a workbook without that list was cut or hand-assembled.
  if (!parts.has("[Content_Types].xml")) throw REFUSALS.missingPart("部件类型清单");
  // Without the workbook's relationships no sheet can be found: refused, never read as a workbook of empty sheets.
  if (!parts.has(relsPathOf(workbook))) throw REFUSALS.missingPart("工作表目录（工作簿关系）");
  const rels = await readRelationships(parts, workbook, maxDepth);
  const sheets: WorkbookParts["sheets"] = [];
  let date1904 = false;
  await parseXml(
    parts.chunks(workbook, WHERE),
    {
      open: (name, a) => {
        if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
        if (name !== "sheet" || a.name === undefined) return;
        // The relationship id is r:id, whatever prefix the writer bound to the relationships namespace.
        const idKey = Object.keys(a).find((k) => k.includes(":") && localName(k) === "id");
        const target = idKey ? rels.get(a[idKey])?.target : undefined;
        sheets.push({ name: a.name, part: target !== undefined && parts.has(target) ? target : undefined });
      },
    },
    WHERE,
    maxDepth
  );
  const byType = (suffix: string): string | undefined => {
    const found = [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
    return found !== undefined && parts.has(found) ? found : undefined;
  };
  return { sheets, sharedStrings: byType("/sharedStrings"), styles: byType("/styles"), date1904 };
}
