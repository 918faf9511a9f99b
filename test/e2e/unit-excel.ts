/**
 * The e2e test's independent side: a unit filling its distributed template the way its own
 * Excel would (exceljs opening the file, typing into cells the template left unlocked, saving),
 * and the merged workbook read back cell by cell with exceljs, not through the product's reader.
 */
import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";

/** A cell as the comparison sees it: dates as yyyy-mm-dd, blanks as null, text trimmed. */
export type Plain = string | number | boolean | null;

/** One cell a unit types: sheet, A1 address, value (a Date for a date). */
export type Typed = [sheet: string, address: string, value: string | number | Date];

/** The UTC midnight of an ISO date, as a unit's Excel holds a typed date. */
export const day = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

/**
 * Opens `template`, types `cells` into it and saves the result at `out`. Each cell must be one
 * the template leaves open to the unit (unlocked on a protected sheet): a unit could not type
 * anywhere else.
 */
export async function fillTemplate(template: string, out: string, cells: readonly Typed[], edit?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(template) as unknown as ArrayBuffer);
  for (const [sheet, address, value] of cells) {
    const ws = wb.getWorksheet(sheet);
    if (!ws) throw new Error(`the template has no sheet ${sheet}`);
    const cell = ws.getCell(address);
    if (cell.protection?.locked !== false) throw new Error(`${sheet}!${address} is locked in the template`);
    cell.value = value;
  }
  edit?.(wb);
  writeFileSync(out, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return out;
}

function plain(value: ExcelJS.CellValue): Plain {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("");
  throw new Error(`unexpected cell ${JSON.stringify(value)}`);
}

/** A sheet's header and data rows (blank rows dropped, each row as wide as the header). */
export interface PlainSheet {
  headers: string[];
  rows: Plain[][];
}

/** Reads `sheets` of the workbook at `path` with exceljs. */
export async function readPlain(path: string, sheets: readonly string[]): Promise<Map<string, PlainSheet>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const out = new Map<string, PlainSheet>();
  for (const name of sheets) {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`${path} has no sheet ${name}`);
    const headers = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map((v) => String(plain(v) ?? ""));
    const rows: Plain[][] = [];
    for (let r = 2; r <= ws.rowCount; r++) {
      const row = headers.map((_, c) => plain(ws.getCell(r, c + 1).value));
      if (row.some((v) => v !== null)) rows.push(row);
    }
    out.set(name, { headers, rows });
  }
  return out;
}
