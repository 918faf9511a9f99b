/**
 * The result workbook, built at the zip level: every part of the input is copied as its
 * compressed bytes, so the input sheets keep their cells, validations, protection and
 * formats exactly (re-serialising them through exceljs doubled their data validations and
 * took two minutes at 1,000,000 rows). Only the sheets we generate are added or replaced,
 * and only the small parts that list sheets and styles are edited.
 */
import { MARK_HEADER, MARK_SHEET, markKey } from "../sheets/marks";
import type { SheetBlock } from "../sheets/grid";
import type { HighlightMap } from "../sheets/port";
import { REFUSALS } from "./refusal";
import {
  copiedEntry,
  dirOf,
  editAppTitles,
  editContentTypes,
  editRelationships,
  openPackage,
  partText,
  REL_STYLES,
  REL_WORKSHEET,
  relationships,
  relsPathOf,
  STYLES_TYPE,
  workbookPart,
  WORKSHEET_TYPE,
} from "./result-package";
import { markListBlock, sheetXmlBytes } from "./result-sheet-xml";
import { MINIMAL_STYLES, resultStyles } from "./result-styles";
import { addPrintTitles, appendSheet, dropLocalNames, inDateSystem, parseWorkbookXml, setSheetState } from "./workbook-xml";
import { serializeXmlDocument } from "./xml/ns-tree";
import { concatChunks, deflatedEntry, zipChunks, type ZipCodec, type ZipWriteEntry } from "./zip/write-zip";

interface Generated {
  block: SheetBlock;
  state: "visible" | "hidden" | "veryHidden";
  /** Set for a sheet whose XML the caller writes (ResultExtras). */
  custom?: CustomSheet;
}

/** A sheet whose XML the caller writes (a plan sheet), added or replacing the sheet of its name. */
export interface CustomSheet {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  /** Its worksheet XML; `selected` when it is the workbook's active tab. */
  xml(selected: boolean): Uint8Array;
  /** Rows repeated at the top of every printed page (a _xlnm.Print_Titles name), if any. */
  titleRows?: { first: number; last: number };
}

/** What a caller adds besides result blocks: whole sheets it writes itself, and the styles they use. */
export interface ResultExtras {
  sheets: readonly CustomSheet[];
  /** Edits the input's style sheet before the result styles are appended (so both sets of indices hold). */
  styles?(xml: string): string;
}

/**
 * The sheets to generate: the blocks, then, with `highlights`, the very hidden list of
 * marked cells. Marks show only on input sheets that already carry our marking rule
 * (workbooks created by this program do); a sheet without it stays unmarked, because
 * adding the rule would mean rewriting an input sheet's part, which this file never does.
 */
function generatedSheets(blocks: readonly SheetBlock[], highlights: HighlightMap | undefined, present: ReadonlySet<string>): Generated[] {
  const byName = new Map(blocks.map((b) => [b.name, b]));
  const out: Generated[] = [...byName.values()].map((block) => ({ block, state: "visible" }));
  if (highlights) {
    const keys = [...highlights].filter(([sheet]) => present.has(sheet)).flatMap(([sheet, cells]) => cells.map((c) => markKey(sheet, c)));
    out.push({ block: markListBlock(MARK_SHEET, MARK_HEADER, keys), state: "veryHidden" });
  }
  return out;
}

const encoder = new TextEncoder();

/**
 * The result workbook as zip chunks: `input` with each block's sheet added or replaced (and
 * 校验标记 rewritten when `highlights` is given). Every other part keeps its bytes.
 */
export function resultWorkbookChunks(
  input: Uint8Array,
  blocks: readonly SheetBlock[],
  highlights: HighlightMap | undefined,
  codec: ZipCodec,
  extras?: ResultExtras
): Uint8Array[] {
  const pkg = openPackage(input, codec);
  const wbPath = workbookPart(pkg);
  const wbDir = dirOf(wbPath);
  const wbRelsPath = relsPathOf(wbPath);
  const workbookText = partText(pkg, wbPath);
  let wbRels = partText(pkg, wbRelsPath);
  let types = partText(pkg, "[Content_Types].xml");
  if (workbookText === undefined) throw REFUSALS.notWorkbook(new Error("no workbook part"));
  if (types === undefined) throw REFUSALS.missingPart("部件类型清单");
  if (wbRels === undefined) throw REFUSALS.missingPart("工作表目录（工作簿关系）");
  const rels = relationships(wbRels, wbDir);
  const relById = new Map(rels.map((r) => [r.id, r]));

  const book = parseWorkbookXml(workbookText);
  const sheetNames = book.sheets.map((s) => s.name);
  // The caller's own sheets first: a new one is added before the result sheets, as a plan applied then blocks written would be.
  const generated: Generated[] = [
    ...(extras?.sheets ?? []).map((custom) => ({
      // Only the print titles of a sheet the caller writes are read from its stand-in block.
      block: custom.titleRows
        ? { name: custom.name, rows: [], print: { orientation: "portrait" as const, fitToWidth: true, titleRows: custom.titleRows } }
        : { name: custom.name, rows: [] },
      state: custom.state,
      custom,
    })),
    ...generatedSheets(inDateSystem(blocks, book.date1904), highlights, new Set(sheetNames)),
  ];
  const activeTab = book.activeTab;

  const replacedParts = new Map<string, Generated>();
  const replacedIndex = new Set<number>();
  const added: Generated[] = [];
  for (const g of generated) {
    const index = sheetNames.indexOf(g.block.name);
    const part = index >= 0 ? relById.get(book.sheets[index].relId ?? "")?.part : undefined;
    if (part && pkg.byName.has(part)) {
      replacedParts.set(part, g);
      replacedIndex.add(index);
    } else added.push(g);
  }

  // Styles: ours appended to the input's, so every existing style index keeps its meaning.
  const stylesRel = rels.find((r) => r.type === REL_STYLES);
  const stylesPath = stylesRel?.part ?? `${wbDir ? `${wbDir}/` : ""}styles.xml`;
  const inputStyles = partText(pkg, stylesPath) ?? MINIMAL_STYLES;
  const styles = resultStyles(extras?.styles ? extras.styles(inputStyles) : inputStyles);

  // New parts, relationship ids and sheet ids that collide with nothing in the input.
  const usedIds = new Set(rels.map((r) => r.id));
  let nextRel = 1;
  const newRelId = () => {
    while (usedIds.has(`rId${nextRel}`)) nextRel++;
    usedIds.add(`rId${nextRel}`);
    return `rId${nextRel}`;
  };
  let nextPart = 1;
  const newPartName = () => {
    while (pkg.byName.has(`${wbDir}/worksheets/sheet${nextPart}.xml`)) nextPart++;
    return `${wbDir}/worksheets/sheet${nextPart++}.xml`;
  };
  let sheetId = Math.max(0, ...book.sheets.map((s) => (Number.isFinite(s.sheetId) ? s.sheetId : 0)));

  // Replaced sheets keep their positions (so every other localSheetId and the active tab stay right).
  const stateOf = new Map(generated.map((g) => [g.block.name, g.state]));
  for (const index of replacedIndex) setSheetState(book.sheets[index], stateOf.get(book.sheets[index].name) ?? "visible");
  dropLocalNames(book, replacedIndex);
  const newParts = new Map<string, Generated>();
  const newRels: { id: string; type: string; target: string }[] = [];
  for (const g of added) {
    const part = newPartName();
    const id = newRelId();
    newParts.set(part, g);
    newRels.push({ id, type: REL_WORKSHEET, target: part.slice(wbDir.length + 1) });
    appendSheet(book, g.block.name, ++sheetId, g.state, id);
  }
  if (!stylesRel) newRels.push({ id: newRelId(), type: REL_STYLES, target: stylesPath.slice(wbDir.length + 1) });

  const calcChain = rels.find((r) => r.type.endsWith("/calcChain"));
  // A replaced sheet's formulas may be listed in the calculation chain; Excel rebuilds a missing chain.
  const dropCalcChain = replacedIndex.size > 0 && calcChain?.part !== undefined;
  wbRels = editRelationships(wbRels, new Set(dropCalcChain ? [calcChain!.id] : []), newRels);

  const removed = new Set<string>([...replacedParts.keys()].map(relsPathOf));
  if (dropCalcChain) removed.add(calcChain!.part!);
  const setTypes = new Map<string, string>([...replacedParts.keys(), ...newParts.keys()].map((p) => [p, WORKSHEET_TYPE]));
  if (!pkg.byName.has(stylesPath)) setTypes.set(stylesPath, STYLES_TYPE);
  types = editContentTypes(types, removed, setTypes);

  const order = [...sheetNames, ...added.map((g) => g.block.name)];
  addPrintTitles(
    book,
    generated.map((g) => g.block),
    order
  );
  const rewritten = new Map<string, string | Uint8Array>([
    [wbPath, serializeXmlDocument(book.doc)],
    [wbRelsPath, wbRels],
    ["[Content_Types].xml", types],
  ]);
  const app = partText(pkg, "docProps/app.xml");
  if (app !== undefined) rewritten.set("docProps/app.xml", editAppTitles(app, order));
  const sheetText = (g: Generated) => {
    const selected = order.indexOf(g.block.name) === activeTab;
    return g.custom ? g.custom.xml(selected) : sheetXmlBytes(g.block, styles.ids, selected, (look) => styles.lookId(look));
  };
  for (const [part, g] of [...replacedParts, ...newParts]) rewritten.set(part, sheetText(g));
  // Last: the sheets have asked for every print style they use.
  rewritten.set(stylesPath, styles.xml());

  const out: ZipWriteEntry[] = [];
  for (const entry of pkg.entries) {
    if (removed.has(entry.name)) continue;
    const text = rewritten.get(entry.name);
    if (text !== undefined) {
      out.push(deflatedEntry(entry.name, typeof text === "string" ? encoder.encode(text) : text, codec));
      rewritten.delete(entry.name);
    } else out.push(copiedEntry(pkg, entry));
  }
  for (const [name, text] of rewritten) out.push(deflatedEntry(name, typeof text === "string" ? encoder.encode(text) : text, codec));
  return zipChunks(out);
}

/** The same as resultWorkbookChunks, joined into one array. */
export function resultWorkbookBytes(
  input: Uint8Array,
  blocks: readonly SheetBlock[],
  highlights: HighlightMap | undefined,
  codec: ZipCodec,
  extras?: ResultExtras
): Uint8Array {
  return concatChunks(resultWorkbookChunks(input, blocks, highlights, codec, extras));
}
