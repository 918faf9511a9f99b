/** The zip-level print parts on their own: print titles in any workbook.xml, print styles shared and numbered after the input's. */
import type { SheetBlock } from "../../src/sheets/grid";
import { addPrintTitles, parseWorkbookXml } from "../../src/xlsx/workbook-xml";
import { serializeXmlDocument } from "../../src/xlsx/xml/ns-tree";
import { MINIMAL_STYLES, resultStyles } from "../../src/xlsx/result-styles";
import { findElement, findElements } from "../../src/xlsx/result-xml";

const block = (name: string, first: number, last = first): SheetBlock => ({
  name,
  rows: [],
  print: { orientation: "landscape", fitToWidth: true, titleRows: { first, last } },
});

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** addPrintTitles on workbook.xml text, written back (without its declaration). */
function withTitles(xml: string, blocks: SheetBlock[], order: string[]): string {
  const book = parseWorkbookXml(xml);
  addPrintTitles(book, blocks, order);
  return serializeXmlDocument(book.doc).replace(/^<\?xml[^>]*>\n/, "");
}

describe("addPrintTitles", () => {
  it("creates <definedNames> right after <sheets> when the workbook has none, local to each sheet's position", () => {
    const xml = `<workbook ${MAIN}><sheets><sheet name="单位名册"/><sheet name="问责名单"/></sheets><calcPr/></workbook>`;
    const out = withTitles(xml, [block("问责名单", 8), block("不存在", 1)], ["单位名册", "问责名单"]);
    expect(out).toBe(
      `<workbook ${MAIN}><sheets><sheet name="单位名册"/><sheet name="问责名单"/></sheets>` +
        '<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">\'问责名单\'!$8:$8</definedName></definedNames><calcPr/></workbook>'
    );
  });

  it("appends to existing names, after external references, keeping the workbook's prefix and escaping quotes", () => {
    const x = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const withNames = `<x:workbook ${x}><x:sheets/><x:definedNames><x:definedName name="范围">A1</x:definedName></x:definedNames></x:workbook>`;
    const out = withTitles(withNames, [block("O'Brien", 2, 3)], ["O'Brien"]);
    expect(out).toContain(
      '<x:definedName name="范围">A1</x:definedName><x:definedName name="_xlnm.Print_Titles" localSheetId="0">\'O\'\'Brien\'!$2:$3</x:definedName></x:definedNames>'
    );
    const external = withTitles(
      `<workbook ${MAIN} ${R}><sheets/><externalReferences><externalReference r:id="rId9"/></externalReferences></workbook>`,
      [block("甲", 1)],
      ["甲"]
    );
    expect(external).toMatch(/<\/externalReferences><definedNames>/);
  });

  it("leaves a workbook without hinted titles as it was", () => {
    const xml = `<workbook ${MAIN}><sheets/></workbook>`;
    expect(withTitles(xml, [{ name: "甲", rows: [] }], ["甲"])).toBe(xml);
  });
});

describe("resultStyles print looks", () => {
  it("shares one style per look, uses built-in 0.00, numbers custom formats after the date, and adds a solid fill", () => {
    const styles = resultStyles(MINIMAL_STYLES);
    const wrapped = styles.lookId({ base: "plain", wrap: true, format: null, fill: null });
    expect(styles.lookId({ base: "plain", wrap: true, format: null, fill: null })).toBe(wrapped);
    const score = styles.lookId({ base: "plain", wrap: false, format: "0.00", fill: "#FFF2CC" });
    const thousandths = styles.lookId({ base: "bold", wrap: false, format: "0.000", fill: null });
    expect([wrapped, score, thousandths]).toEqual([4, 5, 6]);
    const xml = styles.xml();
    const xfs = findElements(findElement(xml, "cellXfs")!.inner, "xf");
    expect(findElement(xml, "cellXfs")!.attrs.get("count")).toBe("7");
    expect(xfs[4].inner).toContain('wrapText="1"');
    expect(xfs[5].attrs.get("numFmtId")).toBe("2");
    expect(xfs[5].attrs.get("fillId")).toBe("2");
    expect(xfs[6].attrs.get("numFmtId")).toBe("165");
    expect(xfs[6].attrs.get("fontId")).toBe("1");
    expect(xml).toContain('<numFmt numFmtId="165" formatCode="0.000"/>');
    const fills = findElements(findElement(xml, "fills")!.inner, "fill");
    expect(fills).toHaveLength(3);
    expect(fills[2].inner).toContain('<fgColor rgb="FFFFF2CC"/>');
  });
});
