/**
 * The input sheets of a unit's template: the contract columns of 方案报送, 工作进度 and
 * 自查自纠 (so a returned file reads like the master's own sheets), with the unit's code
 * pre-filled and locked on every row and 工作内容 as an extra locked column the reader
 * ignores. Each sheet carries the unit's current rows from the master first (whoever keyed
 * them: the template is the unit's whole current state), then empty rows for new entries:
 * on 工作进度 one per task it leads or joins, 序号 pre-listed.
 */
import { KEY_SECTION_CATEGORY } from "../../domain/campaign";
import type { Settings } from "../../domain/settings";
import type { Unit } from "../../domain/types";
import { INSPECTION_SHEET, PLANS_SHEET, PROGRESS_SHEET } from "../contract";
import type { CollectRecord } from "../../domain/collect";
import { columnLetter, isBlank, type CellValue, type SheetGrid } from "../grid";
import { DATE_FORMAT, type SheetPlan } from "../plan";
import type { ColumnSpec, SheetSchema } from "../schema";
import type { SheetHeaders } from "../template-meta";
import { columnValidation, inputRange } from "../validations";
import { cellOf } from "../write-rows";
import type { UnitTask } from "./unit-tasks";

/** Rows offered on 方案报送 (one plan, with room for a revised one). */
export const PLAN_ROWS = 5;
/** Rows offered on 自查自纠. */
export const INSPECTION_ROWS = 100;
/** The extra, locked column of 工作进度 that shows each task's content beside its 序号. */
export const TASK_CONTENT_HEADER = "工作内容";

/** One column of a template sheet: a contract column, or the extra 工作内容 column. */
interface TemplateColumn {
  header: string;
  spec: ColumnSpec | null;
  locked: boolean;
  width: number;
}

/** The input sheets `unit` fills: key sections submit no 实施方案 and report progress only on tasks they lead or join. */
export function templateSheetNames(unit: Unit, tasks: readonly UnitTask[]): string[] {
  const keySection = unit.category === KEY_SECTION_CATEGORY;
  return [...(keySection ? [] : [PLANS_SHEET.name]), ...(tasks.length > 0 ? [PROGRESS_SHEET.name] : []), INSPECTION_SHEET.name];
}

/** The columns of a template sheet: the unit code locked, 工作进度's 序号 locked with 工作内容 beside it. */
function columnsOf(schema: SheetSchema): TemplateColumn[] {
  const out: TemplateColumn[] = [];
  for (const spec of schema.columns) {
    const isCode = spec.field === "unitCode";
    const isSeq = schema === PROGRESS_SHEET && spec.field === "taskSeq";
    out.push({ header: spec.header, spec, locked: isCode || isSeq, width: spec.width ?? 12 });
    if (isSeq) out.push({ header: TASK_CONTENT_HEADER, spec: null, locked: true, width: 40 });
  }
  return out;
}

const SCHEMAS: readonly SheetSchema[] = [PLANS_SHEET, PROGRESS_SHEET, INSPECTION_SHEET];

/** The header texts of each template sheet in `names`, in order: the input of the header hash. */
export function templateHeaders(names: readonly string[]): SheetHeaders[] {
  return SCHEMAS.filter((s) => names.includes(s.name)).map((s) => ({ name: s.name, headers: columnsOf(s).map((c) => c.header) }));
}

/** The row of a carried record: its fields in the template's columns, 工作内容 from its task. */
function carriedRow(columns: readonly TemplateColumn[], record: CollectRecord, tasks: readonly UnitTask[]): CellValue[] {
  const fields = record as unknown as Record<string, unknown>;
  const seq = fields.taskSeq;
  return columns.map((c) => (c.spec ? cellOf(c.spec, fields[c.spec.field]) : (tasks.find((t) => t.task.seq === seq)?.task.content ?? null)));
}

/**
 * The plan of one input sheet of `unit`'s template: `carried` (the unit's current rows of the
 * sheet in the master) first, then the empty rows.
 */
export function templateSheetPlan(
  schema: SheetSchema,
  unit: Unit,
  tasks: readonly UnitTask[],
  settings: Settings,
  carried: readonly CollectRecord[] = []
): SheetPlan {
  const columns = columnsOf(schema);
  const blank: CellValue[][] =
    schema === PROGRESS_SHEET
      ? tasks.map(({ task }) =>
          columns.map((c) =>
            c.spec?.field === "taskSeq" ? task.seq : c.header === TASK_CONTENT_HEADER ? task.content : c.spec?.field === "unitCode" ? unit.code : null
          )
        )
      : Array.from({ length: schema === PLANS_SHEET ? PLAN_ROWS : INSPECTION_ROWS }, () =>
          columns.map((c) => (c.spec?.field === "unitCode" ? unit.code : null))
        );
  const prefilled = [...carried.map((r) => carriedRow(columns, r, tasks)), ...blank];
  const lastRow = prefilled.length + 1;
  const open = columns.flatMap((c, i) => (c.locked || !c.spec ? [] : [{ spec: c.spec, col: i + 1 }]));
  return {
    name: schema.name,
    visibility: "visible",
    rows: [columns.map((c) => c.header), ...prefilled],
    widths: columns.map((c) => c.width),
    frozenRows: 1,
    headerRows: [1],
    numberFormats: open.flatMap(({ spec, col }) => (spec.type === "date" ? [{ range: inputRange(col, lastRow), format: DATE_FORMAT }] : [])),
    // Locked columns need no dropdown (their lists live on sheets a template does not carry).
    validations: open.flatMap(({ spec, col }) => columnValidation(spec, inputRange(col, lastRow), settings) ?? []),
    protect: true,
    // Only the offered rows are open: a row below them would lack the locked unit code.
    unlocked: open.map(({ col }) => `${columnLetter(col)}2:${columnLetter(col)}${lastRow}`),
    wrapColumns: columns.flatMap((c, i) => (c.header === TASK_CONTENT_HEADER ? [i + 1] : [])),
  };
}

/** The schema of a template sheet by name. */
export function templateSchema(name: string): SheetSchema {
  const schema = SCHEMAS.find((s) => s.name === name);
  if (!schema) throw new Error(`Not a template sheet: ${name}`);
  return schema;
}

/**
 * True when a returned template row holds nothing but what the template pre-filled: blank
 * cells, the locked 序号 and 工作内容 of 工作进度, and `unitCode` in its code column. The
 * unit left it empty, so Collect skips it. Every cell of the row counts, under a header or
 * not; a code other than the unit's own is the unit's doing (and refuses the file later).
 */
export function isUntouchedTemplateRow(sheet: string, headers: readonly CellValue[], row: readonly CellValue[], unitCode: string): boolean {
  const schema = SCHEMAS.find((s) => s.name === sheet);
  if (!schema) return false;
  const locked = new Map(columnsOf(schema).flatMap((c) => (c.locked ? [[c.header, c.spec?.field === "unitCode"] as const] : [])));
  return row.every((cell, i) => {
    if (isBlank(cell)) return true;
    const isCode = locked.get(String(headers[i] ?? "").trim());
    return isCode === false || (isCode === true && String(cell).trim() === unitCode);
  });
}

/**
 * `grid` (a returned template sheet) with the rows the unit left untouched blanked in place:
 * they are empty rows, not incomplete records, and row numbers (hence the cells findings
 * name) stay as in the file.
 */
export function withoutUntouchedRows(sheet: string, grid: SheetGrid, unitCode: string): SheetGrid {
  const headers = grid.rows[0] ?? [];
  return { ...grid, rows: grid.rows.map((row, r) => (r > 0 && isUntouchedTemplateRow(sheet, headers, row ?? [], unitCode) ? [] : row)) };
}
