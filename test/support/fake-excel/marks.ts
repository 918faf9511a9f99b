/**
 * What Excel would show: the cells that conditional formats fill. The fake evaluates
 * the one formula shape the add-in's marks use — a MATCH of "sheet!" & the cell's own
 * relative address in column A of a list sheet read through INDIRECT — with its own
 * parser and Excel's semantics (MATCH type 0 ignores case; INDIRECT of a missing sheet
 * is #REF!, so nothing is filled). Any other formula throws: a test cannot pass on a
 * rule the fake does not understand.
 */
import { contains, parseAddress } from "./address";
import type { ConditionalFormatEntry, FakeSheet, FakeWorkbook } from "./model";

const MARK_RULE = /^=ISNUMBER\(MATCH\("((?:[^"]|"")*)"&ADDRESS\(ROW\(\),COLUMN\(\),4\),INDIRECT\("'((?:[^']|'')+)'!\$A:\$A"\),0\)\)$/i;

/** Values of column A of a sheet, as MATCH sees them. */
function columnA(sheet: FakeSheet): string[] {
  const used = sheet.usedRect(true);
  if (!used) return [];
  const out: string[] = [];
  for (let r = 0; r < used.row + used.rows; r++) {
    const value = sheet.cellAt(r, 0)?.value;
    if (typeof value === "string" || typeof value === "number") out.push(String(value));
  }
  return out;
}

/** Cells of `sheet` that `format` fills, in A1 form. */
function filledBy(book: FakeWorkbook, format: ConditionalFormatEntry): string[] {
  const rule = MARK_RULE.exec(format.formula ?? "");
  if (!rule) throw new Error(`The fake cannot evaluate the conditional format formula ${format.formula}`);
  if (!format.fill) return [];
  const prefix = rule[1].replace(/""/g, '"').toUpperCase();
  const list = book.find(rule[2].replace(/''/g, "'"));
  if (!list) return [];
  const cells: string[] = [];
  for (const entry of columnA(list)) {
    const key = entry.toUpperCase();
    if (!key.startsWith(prefix)) continue;
    const address = key.slice(prefix.length);
    // ADDRESS(ROW(),COLUMN(),4) yields "D5": only such an entry can equal it.
    if (!/^[A-Z]{1,3}[1-9]\d*$/.test(address)) continue;
    if (contains(format.rect, parseAddress(address))) cells.push(address);
  }
  return cells;
}

/** The cells of sheet `name` shown with a conditional fill, sorted by row then column. */
export function markedCells(book: FakeWorkbook, name: string): string[] {
  const sheet = book.sheet(name);
  const cells = new Set(sheet.conditionalFormats.flatMap((f) => filledBy(book, f)));
  return [...cells].sort((a, b) => {
    const pa = parseAddress(a);
    const pb = parseAddress(b);
    return pa.row - pb.row || pa.col - pb.col;
  });
}

/** Every conditionally filled cell of the workbook, as "sheet!A1", sorted. */
export function allMarkedCells(book: FakeWorkbook): string[] {
  return book.sheets.flatMap((s) => (s.conditionalFormats.length > 0 ? markedCells(book, s.name).map((c) => `${s.name}!${c}`) : [])).sort();
}
