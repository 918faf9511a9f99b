/**
 * The namespace-aware edit layer on its own: elements and attributes found by namespace
 * whatever their prefix, and new ones given prefixes bound where they go, so the written
 * XML always parses namespace-aware (the openpyxl master whose r: was declared on each
 * <sheet> got <sheet r:id=…> with an unbound prefix from the old string editor).
 */
import { SaxesParser } from "saxes";
import { appendSheet, parseWorkbookXml } from "../../../src/xlsx/workbook-xml";
import { editContentTypes, editRelationships, relationships } from "../../../src/xlsx/result-package";
import { appendElement, attributeValue, childElements } from "../../../src/xlsx/xml/ns-edit";
import { parseXmlDocument, serializeXmlDocument } from "../../../src/xlsx/xml/ns-tree";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The text parsed namespace-aware: throws on an unbound prefix or any other error. */
function wellFormed(xml: string): string {
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (e) => {
    throw e;
  });
  parser.write(xml).close();
  return xml;
}

/** workbook.xml with one new sheet appended, written back. */
function withNewSheet(xml: string): string {
  const book = parseWorkbookXml(xml);
  appendSheet(book, "排名结果", 9, "visible", "rId9");
  return wellFormed(serializeXmlDocument(book.doc));
}

describe("namespace-aware editing of package parts", () => {
  it.each([
    [
      "r: on <workbook> (Excel, exceljs)",
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="甲" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      / r:id="rId9"/,
    ],
    [
      "r: on each <sheet> (openpyxl)",
      `<workbook xmlns="${MAIN}"><sheets><sheet xmlns:r="${REL}" name="甲" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      /<sheet xmlns:r="[^"]+" name="排名结果" sheetId="9" r:id="rId9"\/>/,
    ],
    [
      "another prefix",
      `<workbook xmlns="${MAIN}" xmlns:rel="${REL}"><sheets><sheet name="甲" sheetId="1" rel:id="rId1"/></sheets></workbook>`,
      / rel:id="rId9"/,
    ],
    [
      "x: for SpreadsheetML",
      `<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheets><x:sheet name="甲" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
      /<x:sheet name="排名结果" sheetId="9" r:id="rId9"\/>/,
    ],
    [
      "r bound to something else",
      `<workbook xmlns="${MAIN}" xmlns:r="urn:other" xmlns:o="${REL}"><sheets><sheet name="甲" sheetId="1" o:id="rId1"/></sheets></workbook>`,
      / o:id="rId9"/,
    ],
    [
      "no sheets element and no r: anywhere",
      `<workbook xmlns="${MAIN}"><bookViews><workbookView/></bookViews></workbook>`,
      /<\/bookViews><sheets><sheet xmlns:r="[^"]+" name="排名结果"/,
    ],
  ])("appends a <sheet> with a bound r:id prefix: %s", (_, xml, expected) => {
    const out = withNewSheet(xml);
    expect(out).toMatch(expected);
    expect(parseWorkbookXml(out).sheets.map((s) => [s.name, s.relId])).toContainEqual(["排名结果", "rId9"]);
  });

  it("reads r:id by namespace, whatever the prefix, and refuses a Strict workbook for writing in Chinese", () => {
    const book = parseWorkbookXml(
      `<x:workbook xmlns:x="${MAIN}"><x:sheets><x:sheet xmlns:q="${REL}" name="甲" sheetId="4" q:id="rId7"/></x:sheets></x:workbook>`
    );
    expect(book.sheets.map((s) => [s.name, s.sheetId, s.relId])).toEqual([["甲", 4, "rId7"]]);
    expect(() => parseWorkbookXml('<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><sheets/></workbook>')).toThrow(/Strict Open XML/);
  });

  it("edits relationships and content types written with a prefix, keeping it", () => {
    const rels =
      '<p:Relationships xmlns:p="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<p:Relationship Id="rId1" Type="t/worksheet" Target="/xl/worksheets/sheet1.xml"/><p:Relationship Id="rId2" Type="t/calcChain" Target="calcChain.xml"/></p:Relationships>';
    const edited = wellFormed(editRelationships(rels, new Set(["rId2"]), [{ id: "rId3", type: "t/styles", target: "styles.xml" }]));
    expect(relationships(edited, "xl").map((r) => [r.id, r.part])).toEqual([
      ["rId1", "xl/worksheets/sheet1.xml"],
      ["rId3", "xl/styles.xml"],
    ]);
    expect(edited).toContain('<p:Relationship Id="rId3" Type="t/styles" Target="styles.xml"/>');
    const types =
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/a.xml" ContentType="old"/></Types>';
    expect(wellFormed(editContentTypes(types, new Set(), new Map([["xl/a.xml", "new"]])))).toMatch(
      /<Override PartName="\/xl\/a.xml" ContentType="new"\/><\/Types>$/
    );
  });

  it("declares a namespace on the new element when nothing binds it, and escapes what it writes", () => {
    const doc = parseXmlDocument('<root xmlns="urn:a"><child/></root>', "部件", 64);
    appendElement(doc.root, "urn:b", "added", [
      { local: "v", value: 'a"<&>\n' },
      { local: "id", value: "1", ns: REL, preferredPrefix: "r" },
    ]);
    const out = wellFormed(serializeXmlDocument(doc));
    expect(out).toContain(`<added xmlns="urn:b" xmlns:r="${REL}" v="a&quot;&lt;&amp;&gt;&#10;" r:id="1"/>`);
    expect(childElements(parseXmlDocument(out, "部件", 64).root, "urn:b", "added").map((e) => attributeValue(e, "id", REL))).toEqual(["1"]);
  });

  it("refuses a DOCTYPE and nesting past the cap as a damaged part", () => {
    expect(() => parseXmlDocument('<!DOCTYPE r [<!ENTITY a "b">]><r/>', "工作簿的目录部件", 64)).toThrow(/工作簿的目录部件的内容无法解析/);
    expect(() => parseXmlDocument(`${"<a>".repeat(70)}${"</a>".repeat(70)}`, "工作簿的目录部件", 64)).toThrow(/嵌套超过 64 层/);
  });
});
