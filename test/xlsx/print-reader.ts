/**
 * An independent reader of what a written .xlsx says about printing, straight from its
 * XML (jszip and regular expressions, none of the writers' code): per sheet, the page
 * setup, fit-to-page flag, print titles, fixed row heights, manual page breaks, and each
 * cell's wrap, number format and fill.
 */
import JSZip from "jszip";

export interface CellPrint {
  wrap: boolean;
  /** The alignment's vertical attribute ("top"), or null (Excel's bottom). */
  vertical: string | null;
  format: string | null;
  fill: string | null;
}

export interface SheetPrint {
  pageSetup: Record<string, string>;
  fitToPage: boolean;
  horizontalCentered: boolean;
  /** The _xlnm.Print_Titles defined name of the sheet, e.g. "'问责名单'!$8:$8". */
  printTitles: string | null;
  /** By A1 reference, for every cell that has a style. */
  cells: Map<string, CellPrint>;
  /** The cell values' A1 references (cells that hold something). */
  valued: Set<string>;
  /** Fixed heights (customHeight rows) by 1-based row. */
  rowHeights: Map<number, number>;
  /** 1-based rows that start a page after a manual break (a break lies above the 0-based row `<brk id>`, i.e. 1-based row id + 1). */
  pageBreaks: number[];
}

const BUILT_IN_FORMATS: Record<string, string> = { "0": "General", "1": "0", "2": "0.00", "14": "mm-dd-yy" };

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)="([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}

function elements(xml: string, name: string): { attrs: Record<string, string>; inner: string }[] {
  const re = new RegExp(`<(?:\\w+:)?${name}(\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${name}>)`, "g");
  return [...xml.matchAll(re)].map((m) => ({ attrs: attrs(m[1] ?? ""), inner: m[2] ?? "" }));
}

const unescape = (s: string) =>
  s
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** What `bytes` (an .xlsx file) says about printing each of its sheets, by sheet name. */
export async function readPrint(bytes: Uint8Array | ArrayBuffer): Promise<Map<string, SheetPrint>> {
  const zip = await JSZip.loadAsync(bytes);
  const text = (part: string) => zip.file(part)!.async("string");
  const workbook = await text("xl/workbook.xml");
  const rels = await text("xl/_rels/workbook.xml.rels");
  const styles = await text("xl/styles.xml");
  const formats = new Map(elements(styles, "numFmt").map((f) => [f.attrs.numFmtId, unescape(f.attrs.formatCode)]));
  const fills = elements(elements(styles, "fills")[0]?.inner ?? "", "fill").map((f) => elements(f.inner, "fgColor")[0]?.attrs.rgb ?? null);
  const xfs = elements(elements(styles, "cellXfs")[0].inner, "xf").map((xf) => ({
    wrap: elements(xf.inner, "alignment")[0]?.attrs.wrapText === "1" || elements(xf.inner, "alignment")[0]?.attrs.wrapText === "true",
    vertical: elements(xf.inner, "alignment")[0]?.attrs.vertical ?? null,
    format:
      xf.attrs.numFmtId && xf.attrs.numFmtId !== "0"
        ? (formats.get(xf.attrs.numFmtId) ?? BUILT_IN_FORMATS[xf.attrs.numFmtId] ?? xf.attrs.numFmtId)
        : null,
    fill: xf.attrs.fillId && Number(xf.attrs.fillId) > 1 ? fills[Number(xf.attrs.fillId)] : null,
  }));
  const targets = new Map(elements(rels, "Relationship").map((r) => [r.attrs.Id, r.attrs.Target.replace(/^\/?(xl\/)?/, "xl/")]));
  const titles = new Map(
    elements(workbook, "definedName")
      .filter((d) => d.attrs.name === "_xlnm.Print_Titles")
      .map((d) => [Number(d.attrs.localSheetId), unescape(d.inner)])
  );
  const out = new Map<string, SheetPrint>();
  const sheets = elements(elements(workbook, "sheets")[0].inner, "sheet");
  for (const [index, sheet] of sheets.entries()) {
    const xml = await text(targets.get(sheet.attrs["r:id"])!);
    const cells = new Map<string, CellPrint>();
    const valued = new Set<string>();
    for (const c of elements(xml, "c")) {
      if (c.inner) valued.add(c.attrs.r);
      if (c.attrs.s) cells.set(c.attrs.r, xfs[Number(c.attrs.s)]);
    }
    out.set(unescape(sheet.attrs.name), {
      pageSetup: elements(xml, "pageSetup")[0]?.attrs ?? {},
      fitToPage: ["1", "true"].includes(elements(xml, "pageSetUpPr")[0]?.attrs.fitToPage ?? ""),
      horizontalCentered: ["1", "true"].includes(elements(xml, "printOptions")[0]?.attrs.horizontalCentered ?? ""),
      printTitles: titles.get(index) ?? null,
      cells,
      valued,
      rowHeights: new Map(
        elements(xml, "row")
          .filter((r) => ["1", "true"].includes(r.attrs.customHeight ?? "") && r.attrs.ht !== undefined)
          .map((r) => [Number(r.attrs.r), Number(r.attrs.ht)])
      ),
      pageBreaks: elements(elements(xml, "rowBreaks")[0]?.inner ?? "", "brk")
        .filter((b) => ["1", "true"].includes(b.attrs.man ?? ""))
        .map((b) => Number(b.attrs.id) + 1)
        .sort((a, b) => a - b),
    });
  }
  return out;
}
