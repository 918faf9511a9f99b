/**
 * Reads a whole campaign workbook (as grids from either adapter) into CampaignData:
 * settings first (the campaign year bounds every date), then every contract sheet by
 * header name. Returns findings for everything unreadable, the units and groups on rows
 * it could not read (so later rules know they exist), and a `locate` function so later
 * rules can point at the exact cell of any record's field.
 */
import * as R from "../../domain/catalogue/reading-rules";
import { findingOf, type Finding } from "../../domain/findings";
import type { RankingInput, Unreadable } from "../../domain/ranking";
import type { Settings } from "../../domain/settings";
import type { CampaignData, Locate } from "../../domain/types";
import { hasFormatChars, toHalfWidth, trimAll, withoutFormatChars } from "../../domain/text";
import type { PartialRecord, RecordOf, RejectedRecords } from "../../domain/validation/partial";
import { SETTINGS_SHEET, STATIC_LISTS } from "../contract";
import { a1, type SheetGrid, type WorkbookGrids } from "../grid";
import { RECORD_SHEETS } from "../record-sheets";
import { readSettings } from "../settings-sheet";
import { readSheet } from "./read-sheet";

export interface CampaignRead {
  data: CampaignData;
  settings: Settings;
  findings: Finding[];
  /** Contract sheets that the workbook lacks (among those asked for). */
  missingSheets: string[];
  /** Contract sheets whose headers were not all found (their records are not read). */
  incompleteSheets: string[];
  /** Units and groups on rows of 单位名册 and 评议主体 left out for a cell that could not be read. */
  unreadable: Unreadable;
  /** Every row left out for a cell that could not be read, with the fields that could: validation still judges them. */
  rejected: RejectedRecords;
  locate: Locate;
}

/** The allowed values of every static list for `settings` (the list sheet's contents). */
export function staticListValues(settings: Settings): Map<string, Set<string>> {
  return new Map(STATIC_LISTS.map((l) => [l.name, new Set(l.values(settings))]));
}

/**
 * Reads the contract sheets among `sheets` (default: all) from `grids`. A missing sheet
 * is an error finding and leaves its records empty.
 */
export function readCampaign(grids: WorkbookGrids, sheets?: readonly string[]): CampaignRead {
  const wanted = (name: string) => !sheets || sheets.includes(name);
  const findings: Finding[] = [];
  const missingSheets: string[] = [];
  const incompleteSheets: string[] = [];
  const settingsGrid = grids.get(SETTINGS_SHEET.name);
  if (!settingsGrid && wanted(SETTINGS_SHEET.name)) missingSheets.push(SETTINGS_SHEET.name);
  const { settings, findings: settingFindings } = readSettings(settingsGrid);
  findings.push(...settingFindings);
  const lists = staticListValues(settings);
  const columnsBySheet = new Map<string, Map<string, number>>();
  const rejected: RejectedRecords = {};
  /** The records of one kind (none when its sheet is not asked for or missing); its rejected rows go to `rejected`. */
  const records = <K extends keyof CampaignData>(kind: K): RecordOf<K>[] => {
    const schema = RECORD_SHEETS[kind];
    if (!wanted(schema.name)) return [];
    const grid = grids.get(schema.name);
    if (!grid) {
      missingSheets.push(schema.name);
      return [];
    }
    const read = readSheet(grid, schema, settings, lists);
    findings.push(...read.findings);
    if (!read.complete) incompleteSheets.push(schema.name);
    columnsBySheet.set(schema.name, read.columns);
    rejected[kind] = read.rejected;
    return read.records;
  };
  // In RECORD_SHEETS order (an object literal is evaluated in source order): the findings keep the workbook's order.
  const data: CampaignData = {
    groups: records("groups"),
    units: records("units"),
    tasks: records("tasks"),
    progress: records("progress"),
    plans: records("plans"),
    inspections: records("inspections"),
    supervision: records("supervision"),
    scores: records("scores"),
    adjustments: records("adjustments"),
    violations: records("violations"),
  };
  for (const name of missingSheets) findings.push(findingOf(R.SHEET_MISSING, name, "", { sheet: name }));
  const locate: Locate = (origin, field) => {
    if (!origin) return "";
    const col = columnsBySheet.get(origin.sheet)?.get(field);
    return col === undefined ? `A${origin.row}` : a1(origin.row, col + 1);
  };
  const units = rejected.units ?? [];
  const groups = rejected.groups ?? [];
  // A key cell refused for invisible format characters still names its unit or group as it looks:
  // references to it elsewhere are to a known but unusable row, not one "unknown" error per score.
  const seen = <K extends "units" | "groups">(kind: K, field: keyof RecordOf<K> & string) =>
    seenTexts<RecordOf<K>>(
      grids.get(RECORD_SHEETS[kind].name),
      columnsBySheet.get(RECORD_SHEETS[kind].name)?.get(field),
      rejected[kind] ?? [],
      field
    );
  const unreadable: Unreadable = {
    unitCodes: textsOf([...units.map((u) => u.code), ...seen("units", "code")]),
    unitNames: textsOf([...units.map((u) => u.name), ...seen("units", "name")]),
    groupNames: textsOf([...groups.map((g) => g.name), ...seen("groups", "name")]),
  };
  return { data, settings, findings, missingSheets, incompleteSheets, unreadable, rejected, locate };
}

/**
 * The texts that rejected rows' `field` cells show once format characters are set aside, for
 * the cells the reader refused for them (the field is absent): as typed and half-width.
 */
function seenTexts<T>(grid: SheetGrid | undefined, col: number | undefined, rows: readonly PartialRecord<T>[], field: keyof T): string[] {
  if (!grid || col === undefined) return [];
  const texts: string[] = [];
  for (const row of rows) {
    if (row[field] !== undefined || !row.origin) continue;
    const raw = grid.rows[row.origin.row - 1]?.[col];
    if (typeof raw !== "string" || !hasFormatChars(raw)) continue;
    const shown = trimAll(withoutFormatChars(raw));
    texts.push(shown, trimAll(toHalfWidth(shown)));
  }
  return texts;
}

/** The non-empty texts among the fields that could be read. */
function textsOf(values: readonly (string | undefined)[]): Set<string> {
  return new Set(values.filter((v): v is string => typeof v === "string" && v !== ""));
}

/** The ranking's input from a read workbook: its records, settings, cells and unreadable rows. */
export function rankingInputOf(read: CampaignRead): RankingInput {
  const { settings, data, locate, unreadable } = read;
  return {
    settings,
    units: data.units,
    groups: data.groups,
    scores: data.scores,
    adjustments: data.adjustments,
    violations: data.violations,
    locate,
    unreadable,
  };
}
