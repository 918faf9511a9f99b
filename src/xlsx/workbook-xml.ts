/**
 * workbook.xml as the zip-level writers edit it, through the namespace-aware tree
 * (./xml): its sheets with their relationship ids (r:id under whatever prefix, declared
 * wherever the writer put it), the active tab, sheets added or set to a state, and the
 * defined names local to a sheet. A new <sheet> gets prefixes bound where it goes.
 */
import { quoteSheet, type SheetBlock } from "../sheets/grid";
import { REFUSALS } from "./refusal";
import { partTree } from "./result-package";
import { isOfficeRelationships, isSpreadsheetMain, OFFICE_RELATIONSHIPS, SPREADSHEET_MAIN_STRICT } from "./xml/namespaces";
import { appendElement, appendText, attributeValue, childElement, childElements, indexInParent, removeElement, setAttribute } from "./xml/ns-edit";
import type { XmlDocument, XmlElement } from "./xml/ns-tree";

/** One <sheet> of the workbook. */
export interface WorkbookSheet {
  element: XmlElement;
  name: string;
  sheetId: number;
  /** Its relationship id (r:id), whatever prefix binds the relationships namespace. */
  relId: string | undefined;
}

export interface WorkbookXml {
  doc: XmlDocument;
  sheets: WorkbookSheet[];
  /** The 0-based position of the active tab. */
  activeTab: number;
  /** True for the 1904 date system (workbookPr date1904): date serials count from 1904-01-01. */
  date1904: boolean;
}

/** Parses workbook.xml; a Strict Open XML workbook is refused (new parts would mix conformance classes). */
export function parseWorkbookXml(text: string): WorkbookXml {
  const doc = partTree(text);
  if (doc.root.uri === SPREADSHEET_MAIN_STRICT) throw REFUSALS.strictNotWritable();
  if (!isSpreadsheetMain(doc.root.uri) || doc.root.local !== "workbook") throw REFUSALS.notWorkbook(new Error("workbook part of another kind"));
  const list = childElement(doc.root, isSpreadsheetMain, "sheets");
  const sheets = (list ? childElements(list, isSpreadsheetMain, "sheet") : []).map((element) => ({
    element,
    name: attributeValue(element, "name") ?? "",
    sheetId: Number(attributeValue(element, "sheetId") ?? 0),
    relId: attributeValue(element, "id", isOfficeRelationships),
  }));
  const views = childElement(doc.root, isSpreadsheetMain, "bookViews");
  const view = views ? childElement(views, isSpreadsheetMain, "workbookView") : undefined;
  const properties = childElement(doc.root, isSpreadsheetMain, "workbookPr");
  const date1904 = ["1", "true"].includes(properties ? (attributeValue(properties, "date1904") ?? "") : "");
  return { doc, sheets, activeTab: Number(attributeValue(view ?? doc.root, "activeTab") ?? 0), date1904 };
}

/** Days from 1899-12-30 (serial 0 of the 1900 system) to 1904-01-01 (serial 0 of the 1904 system). */
const DAYS_1900_TO_1904 = 1462;
const MS_PER_DAY = 86_400_000;

/**
 * `blocks` with their dates moved so that the sheet writer, which counts serials in the 1900
 * system, writes the serials of the same dates in the 1904 system (a workbook last saved by
 * an old Mac Excel, or by openpyxl with its 1904 epoch). Unchanged for a 1900 workbook.
 */
export function inDateSystem(blocks: readonly SheetBlock[], date1904: boolean): readonly SheetBlock[] {
  if (!date1904) return blocks;
  const shift = (value: unknown) => (value instanceof Date ? new Date(value.getTime() - DAYS_1900_TO_1904 * MS_PER_DAY) : value);
  return blocks.map((block) => ({ ...block, rows: block.rows.map((row) => row?.map(shift) as typeof row) }));
}

/** The <sheets> element, made (after the elements that precede it) when the workbook has none. */
function sheetsElement(book: WorkbookXml): XmlElement {
  const root = book.doc.root;
  const existing = childElement(root, isSpreadsheetMain, "sheets");
  if (existing) return existing;
  const before = ["bookViews", "workbookProtection", "workbookPr", "fileSharing", "fileVersion"]
    .map((local) => childElement(root, isSpreadsheetMain, local))
    .find(Boolean);
  return appendElement(root, root.uri, "sheets", [], before ? indexInParent(before) + 1 : 0);
}

/** Appends a <sheet> with its r:id (its relationships prefix bound on it when the workbook binds none above it). */
export function appendSheet(book: WorkbookXml, name: string, sheetId: number, state: "visible" | "hidden" | "veryHidden", relId: string): void {
  const attributes = [
    { local: "name", value: name },
    { local: "sheetId", value: String(sheetId) },
    ...(state === "visible" ? [] : [{ local: "state", value: state }]),
    { local: "id", value: relId, ns: OFFICE_RELATIONSHIPS, preferredPrefix: "r" },
  ];
  appendElement(sheetsElement(book), book.doc.root.uri, "sheet", attributes);
}

/** Sets a sheet's visibility. */
export function setSheetState(sheet: WorkbookSheet, state: "visible" | "hidden" | "veryHidden"): void {
  setAttribute(sheet.element, "state", state);
}

/** Drops the defined names local to the sheets at `positions` (a replaced sheet's filter and print titles go with it). */
export function dropLocalNames(book: WorkbookXml, positions: ReadonlySet<number>): void {
  const names = childElement(book.doc.root, isSpreadsheetMain, "definedNames");
  if (!names) return;
  for (const d of childElements(names, isSpreadsheetMain, "definedName"))
    if (positions.has(Number(attributeValue(d, "localSheetId") ?? -1))) removeElement(d);
  if (childElements(names, isSpreadsheetMain, "definedName").length === 0) removeElement(names);
}

/**
 * A _xlnm.Print_Titles name for each block that hints title rows, local to its sheet's
 * position in `order`. The names go into <definedNames>, made in its schema place (after
 * <sheets>, function groups and external references) when the workbook has none.
 */
export function addPrintTitles(book: WorkbookXml, blocks: readonly SheetBlock[], order: readonly string[]): void {
  const names: [number, string][] = [];
  for (const block of blocks) {
    const titles = block.print?.titleRows;
    const index = order.indexOf(block.name);
    if (!titles || index < 0) continue;
    names.push([index, `${quoteSheet(block.name)}!$${titles.first}:$${titles.last}`]);
  }
  if (names.length === 0) return;
  const root = book.doc.root;
  let list = childElement(root, isSpreadsheetMain, "definedNames");
  if (!list) {
    const after =
      ["externalReferences", "functionGroups"].map((local) => childElement(root, isSpreadsheetMain, local)).find(Boolean) ?? sheetsElement(book);
    list = appendElement(root, root.uri, "definedNames", [], indexInParent(after) + 1);
  }
  for (const [index, ref] of names) {
    const name = appendElement(list, root.uri, "definedName", [
      { local: "name", value: "_xlnm.Print_Titles" },
      { local: "localSheetId", value: String(index) },
    ]);
    appendText(name, ref);
  }
}
