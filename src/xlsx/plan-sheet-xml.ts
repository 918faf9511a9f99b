/**
 * A SheetPlan as worksheet XML, written directly (no exceljs): the same sheet the exceljs
 * adapter makes of it (./apply-plan) — cells, widths, column styles for the input area's
 * number formats and unlocked cells, bold headers on their fill, a frozen header, dropdowns
 * and limits, protection without a password, and 校验's marking rule on input sheets — for
 * writers that replace a sheet inside an existing package (./plan-workbook).
 */
import { columnLetter, isCellError, parseA1, type CellValue } from "../sheets/grid";
import { markFormula, takesMarks } from "../sheets/marks";
import type { SheetPlan, ValidationPlan } from "../sheets/plan";
import { isPlainLook, planLookKey, type PlanLook } from "./plan-styles";
import { escapeXml, inlineStringCell } from "./result-xml";

const MS_PER_DAY = 86_400_000;
/** Serial 0 of the 1900 date system as Excel counts after 1900-03-01. */
const EPOCH = Date.UTC(1899, 11, 30);
const WHOLE_SHEET = "A1:XFD1048576";

/** Where each look of a plan sheet applies: per column (the input area's style), and per cell. */
interface PlanLayout {
  /** Column looks, index 0 = column A. */
  columns: PlanLook[];
  /** The looks of cells written even when empty (header cells, cell-sized ranges), by row then column (1-based). */
  cells: Map<number, Map<number, PlanLook>>;
  width: number;
}

/**
 * The looks of `plan`'s cells as apply-plan gives them: a single-column range from row 2 down
 * styles the column (cells and empty rows below inherit it), any other range its cells; a
 * header cell takes its column's look, bold and locked, on the fill when frozen.
 */
function layoutOf(plan: SheetPlan): PlanLayout {
  const columns: PlanLook[] = [];
  const own = new Map<number, Map<number, PlanLook>>();
  const column = (c: number) => (columns[c - 1] ??= {});
  const cell = (r: number, c: number) => {
    const row = own.get(r) ?? new Map<number, PlanLook>();
    own.set(r, row);
    if (!row.has(c)) row.set(c, {});
    return row.get(c)!;
  };
  const forRange = (range: string, set: (look: PlanLook) => void) => {
    const [fromText, toText] = range.split(":");
    const from = parseA1(fromText);
    const to = parseA1(toText ?? fromText);
    if (from.col === to.col && from.row === 2 && to.row > 2) set(column(from.col));
    else for (let r = from.row; r <= to.row; r++) for (let c = from.col; c <= to.col; c++) set(cell(r, c));
  };
  for (const c of plan.wrapColumns ?? []) column(c).wrap = true;
  for (const { range, format } of plan.numberFormats) forRange(range, (look) => (look.numFmt = format));
  if (plan.protect) for (const range of plan.unlocked) forRange(range, (look) => (look.unlocked = true));
  let width = Math.max(plan.widths.length, 1);
  for (const row of plan.rows) width = Math.max(width, row?.length ?? 0);
  const headers = new Set(plan.headerRows);
  for (const r of headers) for (let c = 1; c <= width; c++) cell(r, c);
  // A cell's own settings go over its column's; a header is then bold and locked over both.
  const cells = new Map<number, Map<number, PlanLook>>();
  for (const [r, row] of own) {
    const looks = new Map<number, PlanLook>();
    for (const [c, look] of row) {
      const merged = { ...(columns[c - 1] ?? {}), ...look };
      looks.set(c, headers.has(r) ? { ...merged, unlocked: false, bold: true, fill: plan.frozenRows >= r } : merged);
    }
    cells.set(r, looks);
  }
  return { columns, cells, width };
}

/** Every look `plan` uses (for the style sheet). */
export function planLooks(plan: SheetPlan): PlanLook[] {
  const { columns, cells } = layoutOf(plan);
  const looks = new Map<string, PlanLook>();
  for (const look of [...columns.filter(Boolean), ...[...cells.values()].flatMap((row) => [...row.values()])]) looks.set(planLookKey(look), look);
  return [...looks.values()];
}

function valueXml(ref: string, value: CellValue, s: string): string {
  if (value === null || value === undefined) return `<c r="${ref}"${s}/>`;
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : inline(ref, "#NUM!", s);
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (value instanceof Date) return `<c r="${ref}"${s}><v>${(value.getTime() - EPOCH) / MS_PER_DAY}</v></c>`;
  return inline(ref, isCellError(value) ? value.error : value, s);
}

const inline = inlineStringCell;

/** The serial number of an ISO date (a date validation's bound). */
function serialOf(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return (Date.UTC(y, m - 1, d) - EPOCH) / MS_PER_DAY;
}

/** One <dataValidation>, with the attributes apply-plan gives exceljs. */
function validationXml(v: ValidationPlan): string {
  const { rule } = v;
  const formulas =
    rule.type === "list"
      ? [rule.source.replace(/^=/, "")]
      : rule.type === "custom"
        ? [rule.formula.replace(/^=/, "")]
        : rule.type === "date"
          ? [serialOf(rule.from), serialOf(rule.to)]
          : [rule.min, rule.max];
  const attrs = [
    `type="${rule.type}"`,
    rule.type === "whole" || rule.type === "decimal" || rule.type === "date" ? 'operator="between"' : "",
    'allowBlank="1"',
    v.prompt ? 'showInputMessage="1"' : "",
    v.promptTitle !== undefined ? `promptTitle="${escapeXml(v.promptTitle)}"` : "",
    v.prompt !== undefined ? `prompt="${escapeXml(v.prompt)}"` : "",
    'showErrorMessage="1" errorStyle="stop" errorTitle="输入有误"',
    `error="${escapeXml(v.error)}"`,
    `sqref="${v.range}"`,
  ].filter(Boolean);
  const inner = formulas.map((f, i) => `<formula${i + 1}>${escapeXml(String(f))}</formula${i + 1}>`).join("");
  return `<dataValidation ${attrs.join(" ")}>${inner}</dataValidation>`;
}

/**
 * The worksheet XML of `plan` as UTF-8 bytes; `styleOf` gives the cellXfs index of a look (see
 * appendPlanStyles), `markDxf` the marking rule's fill, `selected` marks the active tab.
 */
export function planSheetXml(plan: SheetPlan, styleOf: (look: PlanLook) => number, markDxf: number, selected: boolean): Uint8Array {
  const { columns, cells, width } = layoutOf(plan);
  const s = (look: PlanLook | undefined) => (look && !isPlainLook(look) ? ` s="${styleOf(look)}"` : "");
  const frozen = plan.frozenRows;
  const tab = selected ? ' tabSelected="1"' : "";
  const view =
    frozen > 0
      ? `<sheetView workbookViewId="0"${tab}><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/>` +
        `<selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/></sheetView>`
      : `<sheetView workbookViewId="0"${tab}/>`;
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    plan.print ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "",
    `<dimension ref="A1:${columnLetter(width)}${Math.max(plan.rows.length, 1)}"/>`,
    `<sheetViews>${view}</sheetViews>`,
    '<sheetFormatPr defaultRowHeight="15"/>',
  ];
  const cols: string[] = [];
  for (let i = 0; i < Math.max(plan.widths.length, columns.length); i++) {
    const w = plan.widths[i];
    const look = columns[i];
    if (w === undefined && (!look || isPlainLook(look))) continue;
    const style = look && !isPlainLook(look) ? ` style="${styleOf(look)}"` : "";
    cols.push(`<col min="${i + 1}" max="${i + 1}" width="${w ?? 9.140625}"${style}${w !== undefined ? ' customWidth="1"' : ""}/>`);
  }
  if (cols.length > 0) parts.push("<cols>", ...cols, "</cols>");
  parts.push("<sheetData>");
  const rowNumbers = new Set<number>(cells.keys());
  plan.rows.forEach((row, r) => {
    if (row && row.length > 0) rowNumbers.add(r + 1);
  });
  for (const r of [...rowNumbers].sort((a, b) => a - b)) {
    const values = plan.rows[r - 1] ?? [];
    const forced = cells.get(r);
    let xml = "";
    const last = Math.max(values.length, forced ? Math.max(...forced.keys()) : 0);
    for (let c = 1; c <= last; c++) {
      const value = values[c - 1];
      const look = forced?.get(c) ?? columns[c - 1];
      if ((value === null || value === undefined) && !forced?.has(c)) continue;
      xml += valueXml(`${columnLetter(c)}${r}`, value ?? null, s(look));
    }
    if (xml) parts.push(`<row r="${r}">${xml}</row>`);
  }
  parts.push("</sheetData>");
  // No password: protection guards against slips, not people (as in apply-plan).
  if (plan.protect) parts.push('<sheetProtection sheet="1" formatColumns="0" formatRows="0" autoFilter="0"/>');
  if (takesMarks(plan)) {
    const formula = escapeXml(markFormula(plan.name).slice(1));
    parts.push(
      `<conditionalFormatting sqref="${WHOLE_SHEET}"><cfRule type="expression" dxfId="${markDxf}" priority="1"><formula>${formula}</formula></cfRule></conditionalFormatting>`
    );
  }
  if (plan.validations.length > 0)
    parts.push(`<dataValidations count="${plan.validations.length}">`, ...plan.validations.map(validationXml), "</dataValidations>");
  const print = plan.print;
  // A form: A4, one page wide (fitToHeight 0: as many pages tall as its rows need) or on one page, centred.
  if (print) parts.push('<printOptions horizontalCentered="1"/>');
  parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (print) parts.push(`<pageSetup paperSize="9" orientation="${print.orientation}" fitToWidth="1" fitToHeight="${print.fit === "page" ? 1 : 0}"/>`);
  parts.push("</worksheet>");
  return new TextEncoder().encode(parts.join(""));
}
