/**
 * Test workbooks as the adapters hand them over: the grids of a plan built by the real
 * plan builder (demo or blank campaign), copied so each test can change cells by header
 * name, then read by the real reader and validated.
 */
import { blankCampaign } from "../../../src/domain/blank";
import { demoCampaign } from "../../../src/demo";
import type { Finding } from "../../../src/domain/findings";
import { defaultSettings, type Settings } from "../../../src/domain/settings";
import type { CampaignData } from "../../../src/domain/types";
import { validateCampaign } from "../../../src/domain/validation";
import { buildWorkbookPlan } from "../../../src/sheets/build-plan";
import { CONTRACT_SHEETS } from "../../../src/sheets/contract";
import { isoToSerial } from "../../../src/sheets/dates";
import { a1, type CellValue, type SheetGrid } from "../../../src/sheets/grid";
import { readCampaign } from "../../../src/sheets/read/read-campaign";

export const YEAR = 2010;
export const SETTINGS: Settings = defaultSettings(YEAR);
/** The run date of the tests: after every date of the demo (its picture is late November). */
export const TODAY = "2010-12-15";

export type Grids = Map<string, SheetGrid>;

/** The contract sheets of the standard workbook filled with `data`, as grids. */
export function gridsOf(data: CampaignData, settings: Settings = SETTINGS): Grids {
  const plan = buildWorkbookPlan(settings, { createdAt: new Date(Date.UTC(YEAR, 0, 5)), data });
  const names = new Set(CONTRACT_SHEETS.map((s) => s.name));
  return new Map(plan.sheets.filter((s) => names.has(s.name)).map((s) => [s.name, { name: s.name, rows: s.rows.map((r) => [...r]) }]));
}

const demoGrids = gridsOf(demoCampaign(SETTINGS));
const blankGrids = gridsOf(blankCampaign(SETTINGS));

/** A fresh copy of the demo workbook's grids. */
export function demo(): Grids {
  return copy(demoGrids);
}

/** A fresh copy of the blank standard workbook's grids (what `tisheng init` writes). */
export function blank(): Grids {
  return copy(blankGrids);
}

function copy(grids: Grids): Grids {
  return new Map([...grids].map(([name, g]) => [name, { name, rows: g.rows.map((r) => [...r]), merges: g.merges?.map((m) => ({ ...m })) }]));
}

/** Reading findings and validation findings of a workbook, as the 校验 operation combines them. */
export function findingsOf(grids: Grids, today = TODAY): Finding[] {
  const read = readCampaign(grids);
  const unreadSheets = [...read.missingSheets, ...read.incompleteSheets];
  const rules = validateCampaign({
    data: read.data,
    settings: read.settings,
    locate: read.locate,
    today,
    unreadSheets,
    unreadable: read.unreadable,
    rejected: read.rejected,
  });
  return [...read.findings, ...rules];
}

/** The grid of `sheet` (throws on a typo). */
export function grid(grids: Grids, sheet: string): SheetGrid {
  const g = grids.get(sheet);
  if (!g) throw new Error(`no sheet ${sheet}`);
  return g;
}

/** 0-based column of `header` in row 1 of `sheet`. */
export function col(grids: Grids, sheet: string, header: string): number {
  const index = grid(grids, sheet).rows[0].indexOf(header);
  if (index < 0) throw new Error(`no header ${header} on ${sheet}`);
  return index;
}

/** The A1 address of `header`'s cell in worksheet row `row` of `sheet`. */
export function addr(grids: Grids, sheet: string, header: string, row: number): string {
  return a1(row, col(grids, sheet, header) + 1);
}

/** The value at worksheet row `row` under `header`. */
export function get(grids: Grids, sheet: string, header: string, row: number): CellValue {
  return grid(grids, sheet).rows[row - 1][col(grids, sheet, header)];
}

/** Sets the cell at worksheet row `row` under `header`; returns its A1 address. */
export function set(grids: Grids, sheet: string, header: string, row: number, value: CellValue): string {
  const rows = grid(grids, sheet).rows;
  while (rows.length < row) rows.push([]);
  rows[row - 1][col(grids, sheet, header)] = value;
  return addr(grids, sheet, header, row);
}

/** Appends a row given by header; returns its worksheet row. */
export function append(grids: Grids, sheet: string, values: Record<string, CellValue>): number {
  const g = grid(grids, sheet);
  const row: CellValue[] = g.rows[0].map(() => null);
  for (const [header, value] of Object.entries(values)) row[col(grids, sheet, header)] = value;
  g.rows.push(row);
  return g.rows.length;
}

/** A copy of worksheet row `row` of `sheet` appended at the end, with some cells changed; returns its worksheet row. */
export function appendCopy(grids: Grids, sheet: string, row: number, changes: Record<string, CellValue> = {}): number {
  const g = grid(grids, sheet);
  g.rows.push([...g.rows[row - 1]]);
  const at = g.rows.length;
  for (const [header, value] of Object.entries(changes)) set(grids, sheet, header, at, value);
  return at;
}

/** The first worksheet row (from 2) of `sheet` whose cells satisfy `test` (values by header). */
export function findRow(grids: Grids, sheet: string, test: (cell: (header: string) => CellValue) => boolean): number {
  const g = grid(grids, sheet);
  for (let r = 2; r <= g.rows.length; r++) {
    if (test((header) => g.rows[r - 1][col(grids, sheet, header)])) return r;
  }
  throw new Error(`no matching row on ${sheet}`);
}

/** A date cell as Excel holds it (a serial). */
export function date(iso: string): number {
  return isoToSerial(iso);
}
