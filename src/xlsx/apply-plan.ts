/**
 * Applies a WorkbookPlan to an exceljs workbook: cells, widths, formats, dropdowns,
 * limits, protection and visibility. Per-column settings over a template's input rows
 * go on the column's style (cells written later inherit it) rather than on 2,000 empty
 * cells per column, which would bloat the file.
 */
import type { DataValidation, Workbook, Worksheet } from "exceljs";
import { isoToJsDate } from "../sheets/dates";
import { columnLetter, parseA1 } from "../sheets/grid";
import type { SheetPlan, ValidationRule, ValidationUpdate, WorkbookPlan } from "../sheets/plan";
import { takesMarks } from "../sheets/marks";
import { addMarkRule } from "./marks";
import { PAPER_A4 } from "./page-setup";
import { writeCells } from "./write-cells";

const HEADER_FILL = "FFD9E1F2";

/** exceljs orders tabs by a worksheet's orderNo, which its typings omit. */
type Ordered = { orderNo: number };

/** exceljs's typings omit worksheet.dataValidations; its model maps an address or a range to a validation. */
type ValidationsOf = { dataValidations: { model: Record<string, DataValidation | undefined>; add(address: string, v: DataValidation): void } };

function validationsOf(ws: Worksheet): ValidationsOf["dataValidations"] {
  return (ws as Worksheet & ValidationsOf).dataValidations;
}

/** Adds every sheet of `plan` to `wb` (replacing sheets of the same name), then applies its validation updates. */
export async function applyPlanToWorkbook(wb: Workbook, plan: WorkbookPlan): Promise<void> {
  for (const sheet of plan.sheets) {
    const existing = wb.getWorksheet(sheet.name) as (Worksheet & Ordered) | undefined;
    if (existing) wb.removeWorksheet(existing.id);
    const ws = wb.addWorksheet(sheet.name, {
      state: sheet.visibility,
      views: sheet.frozenRows > 0 ? [{ state: "frozen", ySplit: sheet.frozenRows, xSplit: 0 }] : [],
    });
    // A replaced sheet keeps its tab, as inside Excel, where the sheet is cleared in place.
    if (existing) (ws as Worksheet & Ordered).orderNo = existing.orderNo;
    layout(ws, sheet);
    writeCells(ws, sheet.rows);
    styleHeaders(ws, sheet);
    // Adding by range keeps one <dataValidation> per column.
    const validations = validationsOf(ws);
    for (const v of sheet.validations) validations.add(v.range, validationOf(v.rule, v));
    if (takesMarks(sheet)) addMarkRule(ws);
    if (sheet.protect) {
      // No password: protection guards against slips, not people; a password also costs 0.25 s of hashing.
      await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: true });
    }
  }
  for (const update of plan.validationUpdates ?? []) {
    const ws = wb.getWorksheet(update.sheet);
    if (!ws) throw new Error(`A validation update names a sheet that does not exist: ${update.sheet}`);
    updateValidations(ws, update);
  }
}

/**
 * Replaces validations on an existing sheet; its cells stay. exceljs keys a file it read by
 * single cells and a sheet it wrote by ranges, so every key inside a cleared range goes.
 * Protection in a file is a flag that does not stop changes, so nothing is unprotected.
 */
function updateValidations(ws: Worksheet, update: ValidationUpdate): void {
  const validations = validationsOf(ws);
  const cleared = update.clear.map(rectOf);
  for (const key of Object.keys(validations.model)) {
    const rect = rectOf(key);
    if (cleared.some((c) => rect.top >= c.top && rect.bottom <= c.bottom && rect.left >= c.left && rect.right <= c.right))
      delete validations.model[key];
  }
  for (const v of update.validations) validations.add(v.range, validationOf(v.rule, v));
}

function rectOf(range: string): { top: number; bottom: number; left: number; right: number } {
  const [fromText, toText] = range.split(":");
  const a = parseA1(fromText);
  const b = parseA1(toText ?? fromText);
  return { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) };
}

function layout(ws: Worksheet, sheet: SheetPlan): void {
  sheet.widths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const col of sheet.wrapColumns ?? []) ws.getColumn(col).alignment = { wrapText: true, vertical: "top" };
  applyPlanPrint(ws, sheet);
  for (const { range, format } of sheet.numberFormats) {
    forRange(
      ws,
      range,
      (cell) => (cell.numFmt = format),
      (col) => (ws.getColumn(col).numFmt = format)
    );
  }
  if (sheet.protect) {
    for (const range of sheet.unlocked) {
      forRange(
        ws,
        range,
        (cell) => (cell.protection = { locked: false }),
        (col) => (ws.getColumn(col).protection = { locked: false })
      );
    }
  }
}

function styleHeaders(ws: Worksheet, sheet: SheetPlan): void {
  const width = Math.max(sheet.widths.length, 1);
  for (const r of sheet.headerRows) {
    const row = ws.getRow(r);
    for (let c = 1; c <= Math.max(width, row.cellCount); c++) {
      const cell = row.getCell(c);
      cell.font = { bold: true };
      cell.protection = { locked: true };
      if (sheet.frozenRows >= r) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    }
  }
}

/** Calls `perColumn` for a single-column range that starts at row 2 (the input area), else `perCell` for each cell. */
function forRange(ws: Worksheet, range: string, perCell: (cell: ReturnType<Worksheet["getCell"]>) => void, perColumn: (col: number) => void): void {
  const [fromText, toText] = range.split(":");
  const from = parseA1(fromText);
  const to = parseA1(toText ?? fromText);
  if (from.col === to.col && from.row === 2 && to.row > 2) {
    perColumn(from.col);
    return;
  }
  for (let r = from.row; r <= to.row; r++) for (let c = from.col; c <= to.col; c++) perCell(ws.getCell(r, c));
}

function validationOf(rule: ValidationRule, v: { promptTitle?: string; prompt?: string; error: string }): DataValidation {
  const common = {
    allowBlank: true,
    showInputMessage: Boolean(v.prompt),
    promptTitle: v.promptTitle,
    prompt: v.prompt,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "输入有误",
    error: v.error,
  } as const;
  switch (rule.type) {
    case "list":
      return { ...common, type: "list", formulae: [rule.source.replace(/^=/, "")] };
    case "whole":
    case "decimal":
      return { ...common, type: rule.type, operator: "between", formulae: [rule.min, rule.max] };
    case "date":
      return { ...common, type: "date", operator: "between", formulae: [isoToJsDate(rule.from), isoToJsDate(rule.to)] };
    case "custom":
      // exceljs writes formulae without their leading "=", as the file format stores them.
      return { ...common, type: "custom", formulae: [rule.formula.replace(/^=/, "")] };
  }
}

/** A form's page setup (SheetPlan.print): A4, fitted one page wide or onto one page, header rows on every page, the sheet's rows as the print area. */
function applyPlanPrint(ws: Worksheet, sheet: SheetPlan): void {
  const print = sheet.print;
  if (!print) return;
  const width = Math.max(sheet.widths.length, ...sheet.rows.map((r) => r?.length ?? 0), 1);
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER_A4,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: print.fit === "page" ? 1 : 0,
    horizontalCentered: true,
    printArea: `A1:${columnLetter(width)}${Math.max(sheet.rows.length, 1)}`,
    ...(print.titleRows ? { printTitlesRow: `${print.titleRows.first}:${print.titleRows.last}` } : {}),
  };
}
