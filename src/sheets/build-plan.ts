/**
 * Builds the standard workbook as a plan from the schemas, the settings and a
 * campaign's records: every sheet's cells, widths, formats, dropdowns, limits and
 * protection. Pure: the adapters apply the plan.
 */
import type { Settings } from "../domain/settings";
import type { CampaignData } from "../domain/types";
import { CONTRACT_SHEETS, INSTRUCTIONS_SHEET, LIST_SHEET, SETTINGS_SHEET, STATIC_LISTS } from "./contract";
import { columnLetter, type CellValue } from "./grid";
import { instructionRows } from "./instructions";
import { metaPlan } from "./meta-sheet";
import { DATE_FORMAT, type SheetPlan, type ValidationUpdate, type WorkbookPlan } from "./plan";
import type { SheetSchema } from "./schema";
import { settingDateRows, settingsRows, settingValidations } from "./settings-sheet";
import { columnValidation, inputRange } from "./validations";
import { headerRow } from "./write-rows";
import { recordKindOf, recordRows } from "./record-sheets";

export interface PlanOptions {
  /** When the workbook is made (written to the metadata sheet). */
  createdAt: Date;
  /** The records to fill the sheets with (a blank campaign, or the demo). */
  data: CampaignData;
  /** Only these sheets (补齐缺失工作表); default all. */
  only?: readonly string[];
  /** The campaign's random id for 元数据 (活动编号); see newCampaignId. */
  campaignId?: string;
}

/** The last row of a worksheet in Excel. */
const EXCEL_MAX_ROWS = 1_048_576;

/** The whole standard workbook (or the sheets in `only`) for `settings`, filled with `options.data`. */
export function buildWorkbookPlan(settings: Settings, options: PlanOptions): WorkbookPlan {
  const sheets: SheetPlan[] = [instructionsPlan(settings)];
  for (const schema of CONTRACT_SHEETS) {
    const kind = recordKindOf(schema.name);
    const rows = kind ? recordRows(kind, options.data) : settingsRows(settings);
    sheets.push(contractPlan(schema, rows, settings));
  }
  sheets.push(listPlan(settings), metaPlan(settings, options.createdAt, { campaignId: options.campaignId }));
  const only = options.only;
  return { sheets: only ? sheets.filter((s) => only.includes(s.name)) : sheets };
}

/** One contract sheet: header, rows, dropdowns and limits over the template rows, input area unlocked. */
export function contractPlan(schema: SheetSchema, dataRows: CellValue[][], settings: Settings): SheetPlan {
  const isSettings = schema === SETTINGS_SHEET;
  const lastRow = isSettings ? dataRows.length + 1 : inputLastRow(settings, dataRows.length);
  const validations = isSettings
    ? settingValidations(settings)
    : schema.columns.flatMap((c, i) => columnValidation(c, inputRange(i + 1, lastRow), settings) ?? []);
  const dateRanges = isSettings
    ? settingDateRows().map((r) => `B${r}`)
    : schema.columns.flatMap((c, i) => (c.type === "date" ? [`${columnLetter(i + 1)}2:${columnLetter(i + 1)}${lastRow}`] : []));
  // Only validations need bounding (exceljs expands them per cell); the input area stays unlocked to the
  // bottom of the sheet, so the office can go on entering rows past the template's 模板行数.
  const unlockedTo = isSettings ? lastRow : EXCEL_MAX_ROWS;
  const unlocked = schema.columns.flatMap((c, i) => (c.locked ? [] : [`${columnLetter(i + 1)}2:${columnLetter(i + 1)}${unlockedTo}`]));
  return {
    name: schema.name,
    visibility: "visible",
    rows: [headerRow(schema), ...dataRows],
    widths: schema.columns.map((c) => c.width ?? 12),
    frozenRows: 1,
    headerRows: [1],
    numberFormats: dateRanges.map((range) => ({ range, format: DATE_FORMAT })),
    validations,
    protect: schema.protect,
    unlocked: schema.protect ? unlocked : [],
  };
}

/** The last worksheet row of an input sheet's dropdowns and limits: the template rows, or the data when it is longer. */
function inputLastRow(settings: Settings, dataRowCount: number): number {
  return Math.max(settings.templateRows, dataRowCount) + 1;
}

/**
 * 按新年度更新日期限制: the date limits of every contract sheet in `rowCounts` (its worksheet rows,
 * header included) for `settings.year`, 元数据 saying so, and 填表说明 (when `rowCounts` has it) made
 * again for the new year. Only validations change on the input sheets: cells stay as typed. Each date column's old limits are removed down to the last row of the sheet, so no
 * limit of the old year survives below the template rows.
 */
export function dateLimitsPlan(
  settings: Settings,
  rowCounts: ReadonlyMap<string, number>,
  createdAt: string | Date,
  now: Date,
  campaignId?: string | null
): WorkbookPlan {
  const validationUpdates: ValidationUpdate[] = [];
  for (const schema of CONTRACT_SHEETS) {
    const rows = rowCounts.get(schema.name);
    if (schema === SETTINGS_SHEET || rows === undefined) continue;
    const lastRow = inputLastRow(settings, rows - 1);
    const dated = schema.columns.flatMap((c, i) => (c.type === "date" && c.dates !== "any" ? [{ column: c, col: i + 1 }] : []));
    if (dated.length === 0) continue;
    validationUpdates.push({
      sheet: schema.name,
      clear: dated.map(({ col }) => `${columnLetter(col)}2:${columnLetter(col)}${EXCEL_MAX_ROWS}`),
      validations: dated.flatMap(({ column, col }) => columnValidation(column, inputRange(col, lastRow), settings) ?? []),
    });
  }
  // 填表说明 names the year, its stage dates and the date limits: it is made again for the new year.
  const instructions = rowCounts.has(INSTRUCTIONS_SHEET) ? [instructionsPlan(settings)] : [];
  return { sheets: [...instructions, metaPlan(settings, createdAt, { updatedAt: now, campaignId })], validationUpdates };
}

function instructionsPlan(settings: Settings): SheetPlan {
  const { rows, headingRows } = instructionRows(settings);
  return {
    name: INSTRUCTIONS_SHEET,
    visibility: "visible",
    rows,
    widths: [22, 26, 90],
    frozenRows: 0,
    headerRows: headingRows,
    numberFormats: [],
    validations: [],
    protect: true,
    unlocked: [],
    wrapColumns: [3],
  };
}

/** The hidden list sheet: one static list per column, its name in row 1. */
function listPlan(settings: Settings): SheetPlan {
  const lists = STATIC_LISTS.map((l) => l.values(settings));
  const height = Math.max(...lists.map((l) => l.length));
  const rows: CellValue[][] = [STATIC_LISTS.map((l) => l.name)];
  for (let r = 0; r < height; r++) rows.push(lists.map((l) => l[r] ?? null));
  return readOnlySheet(
    LIST_SHEET,
    "hidden",
    rows,
    STATIC_LISTS.map(() => 18)
  );
}

/** A protected sheet the add-in fills and nobody types in: a header row, no dropdowns, nothing unlocked. */
function readOnlySheet(name: string, visibility: SheetPlan["visibility"], rows: CellValue[][], widths: number[]): SheetPlan {
  return { name, visibility, rows, widths, frozenRows: 1, headerRows: [1], numberFormats: [], validations: [], protect: true, unlocked: [] };
}
