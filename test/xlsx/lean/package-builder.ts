/** Writes small .xlsx packages by hand (with JSZip), to test the reader on XML that exceljs would never write. */
import JSZip from "jszip";

export interface HandSheet {
  name: string;
  /** The <sheetData> contents and anything after it (mergeCells), inside <worksheet>. */
  body: string;
}

export interface PackageOptions {
  /** Relationship targets as openpyxl writes them: "/xl/worksheets/sheet1.xml". */
  absoluteTargets?: boolean;
  /** Element prefix for the SpreadsheetML namespace ("x" gives <x:row>). */
  prefix?: string;
  sharedStrings?: string[];
  /** cellXfs numFmtIds, with custom formats by id. */
  styles?: { xfs: number[]; formats?: Record<number, string> };
  date1904?: boolean;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const escapeXml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** A JSZip holding a complete minimal workbook: content types, relationships, workbook, sheets and optional parts. */
export function handZip(sheets: HandSheet[], options: PackageOptions = {}): JSZip {
  const zip = new JSZip();
  const p = options.prefix ? `${options.prefix}:` : "";
  const ns = options.prefix ? `xmlns:${options.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  const target = (path: string): string => (options.absoluteTargets ? `/xl/${path}` : path);
  const rels: string[] = [];
  sheets.forEach((_, i) => rels.push(`<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${target(`worksheets/sheet${i + 1}.xml`)}"/>`));
  if (options.sharedStrings) rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="${target("sharedStrings.xml")}"/>`);
  if (options.styles) rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="${target("styles.xml")}"/>`);
  zip.file("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`);
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${options.absoluteTargets ? "/xl/workbook.xml" : "xl/workbook.xml"}"/></Relationships>`
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`
  );
  const sheetList = sheets.map((s, i) => `<${p}sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  const pr = options.date1904 ? `<${p}workbookPr date1904="1"/>` : "";
  zip.file("xl/workbook.xml", `<?xml version="1.0"?><${p}workbook ${ns} xmlns:r="${REL}">${pr}<${p}sheets>${sheetList}</${p}sheets></${p}workbook>`);
  sheets.forEach((s, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0"?><${p}worksheet ${ns}>${s.body}</${p}worksheet>`));
  if (options.sharedStrings) {
    const items = options.sharedStrings.map((t) => `<${p}si><${p}t>${escapeXml(t)}</${p}t></${p}si>`).join("");
    zip.file("xl/sharedStrings.xml", `<?xml version="1.0"?><${p}sst ${ns}>${items}</${p}sst>`);
  }
  if (options.styles) {
    const formats = Object.entries(options.styles.formats ?? {})
      .map(([id, code]) => `<${p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`)
      .join("");
    const xfs = options.styles.xfs.map((id) => `<${p}xf numFmtId="${id}"/>`).join("");
    zip.file(
      "xl/styles.xml",
      `<?xml version="1.0"?><${p}styleSheet ${ns}><${p}numFmts>${formats}</${p}numFmts><${p}cellXfs>${xfs}</${p}cellXfs></${p}styleSheet>`
    );
  }
  return zip;
}

/** The package as bytes. */
export async function handXlsx(sheets: HandSheet[], options: PackageOptions = {}): Promise<Uint8Array> {
  return handZip(sheets, options).generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
