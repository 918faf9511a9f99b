/**
 * The same workbook as other tools save it, for the producer matrix: exceljs, openpyxl
 * (relationships namespace declared on each <sheet>; also the 1904 date system), SheetJS,
 * LibreOffice, and our own (Excel-style) file rewritten the ways the standard allows:
 * a prefixed SpreadsheetML namespace (x:), a relationships prefix other than r, rows and
 * cells without r attributes, inline strings, shared formulas, Strict Open XML.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as XLSX from "xlsx";
import { which } from "./external-tool";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A python3 that has openpyxl (Debian's python3-openpyxl is under /usr/bin), or null. */
export function pythonWithOpenpyxl(): string | null {
  for (const python of [which("python3"), "/usr/bin/python3"]) {
    if (!python) continue;
    try {
      execFileSync(python, ["-c", "import openpyxl"], { stdio: "pipe" });
      return python;
    } catch {
      // try the next one
    }
  }
  return null;
}

/** Rewrites the XML parts of a package whose names match `parts`. */
export async function rewriteParts(bytes: Uint8Array, parts: RegExp, rewrite: (xml: string, name: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const file of Object.values(zip.files)) {
    if (file.dir || !parts.test(file.name)) continue;
    zip.file(file.name, rewrite(await file.async("string"), file.name));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The column number of an A1 reference's letters. */
const columnOf = (ref: string): number => [...ref.replace(/\d+$/, "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** Sheet XML with every r attribute left out where the position follows the previous one (as the standard allows). */
export function withoutPositions(xml: string): string {
  let previousRow = 0;
  return xml.replace(/<row r="(\d+)"([^>]*)>(.*?)<\/row>/g, (_, r: string, rest: string, cells: string) => {
    const row = Number(r);
    const keepRow = row !== previousRow + 1;
    previousRow = row;
    let previousCol = 0;
    const body = cells.replace(/<c r="([A-Z]+\d+)"/g, (whole, ref: string) => {
      const col = columnOf(ref);
      const keep = col !== previousCol + 1;
      previousCol = col;
      return keep ? whole : "<c";
    });
    return `<row${keepRow ? ` r="${r}"` : ""}${rest}>${body}</row>`;
  });
}

/** Parts in SpreadsheetML's default namespace rewritten with the "x:" prefix on every element. */
export function prefixedSpreadsheetMl(xml: string): string {
  if (!xml.includes(`xmlns="${MAIN}"`)) return xml;
  return xml.replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`).replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, "<$1x:$2");
}

/** workbook.xml with the relationships namespace bound to `prefix` instead of r. */
export function relationshipsPrefix(xml: string, prefix: string): string {
  return xml.replace(`xmlns:r="${REL}"`, `xmlns:${prefix}="${REL}"`).replace(/\sr:id=/g, ` ${prefix}:id=`);
}

/** A package whose shared-string cells are inline strings instead (sharedStrings.xml kept, unused). */
export async function inlineStrings(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const sst = await zip.file("xl/sharedStrings.xml")!.async("string");
  const strings = [...sst.matchAll(/<si>(.*?)<\/si>/gs)].map((m) => [...m[1].matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => t[1]).join(""));
  return rewriteParts(bytes, /worksheets\/sheet\d+\.xml$/, (xml) =>
    xml.replace(
      /<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
      (_, a: string, b: string, i: string) => `<c ${a}t="inlineStr"${b}><is><t xml:space="preserve">${strings[Number(i)]}</t></is></c>`
    )
  );
}

/**
 * Numeric cells of one column turned into a shared formula with their values cached, as
 * Excel writes a filled-down formula: the first cell holds the formula, the others its si.
 */
export async function sharedFormulas(bytes: Uint8Array, sheetPart: string, column: string): Promise<Uint8Array> {
  return rewriteParts(bytes, new RegExp(`${sheetPart}$`), (xml) => {
    let first: string | undefined;
    return xml.replace(
      new RegExp(`<c r="(${column}(\\d+))"([^>]*)><v>([-\\d.]+)</v></c>`, "g"),
      (_, ref: string, row: string, rest: string, v: string) => {
        if (/t="/.test(rest)) return _;
        if (first === undefined) {
          first = ref;
          return `<c r="${ref}"${rest}><f t="shared" ref="${column}${row}:${column}1048576" si="7">${column}${Number(row) - 1}+0</f><v>${v}</v></c>`;
        }
        return `<c r="${ref}"${rest}><f t="shared" si="7"/><v>${v}</v></c>`;
      }
    );
  });
}

/** The package in Strict Open XML's namespaces (what Excel's "Strict Open XML Spreadsheet" saves). */
export async function strictOpenXml(bytes: Uint8Array): Promise<Uint8Array> {
  return rewriteParts(bytes, /\.(xml|rels)$/, (xml) =>
    xml.replaceAll(MAIN, "http://purl.oclc.org/ooxml/spreadsheetml/main").replaceAll(REL, "http://purl.oclc.org/ooxml/officeDocument/relationships")
  );
}

/** exceljs's own save of the file. */
export async function viaExcelJs(bytes: Uint8Array): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** SheetJS's save of the file (values and number formats; it drops validations and most styles). */
export function viaSheetJs(bytes: Uint8Array): Uint8Array {
  const book = XLSX.read(bytes, { type: "array", cellNF: true, cellStyles: true });
  return new Uint8Array(XLSX.write(book, { type: "buffer", bookType: "xlsx", compression: true }) as Buffer);
}

/** openpyxl's save of `path` into `out`, in the 1904 date system with `mac1904`. */
export function viaOpenpyxl(python: string, path: string, out: string, mac1904 = false): Uint8Array {
  const epoch = mac1904 ? "from openpyxl.utils.datetime import CALENDAR_MAC_1904; wb.epoch = CALENDAR_MAC_1904; " : "";
  execFileSync(python, ["-c", `import sys, openpyxl; wb = openpyxl.load_workbook(sys.argv[1]); ${epoch}wb.save(sys.argv[2])`, path, out], {
    stdio: "pipe",
  });
  return readFileSync(out);
}
