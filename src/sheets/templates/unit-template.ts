/**
 * A unit's template as a WorkbookPlan: 填表说明 written for the unit, the input sheets it
 * fills (its current rows from the master, then empty rows; its code pre-filled and locked),
 * the hidden 选项 lists its dropdowns read, and the very hidden 模板信息 and 模板基线 (the
 * rows it carried out, for the three-way merge of its return). Pure: the header and base
 * hashes are computed by the caller from `unitTemplateHeaders` and `unitTemplateBase` with
 * its own sha256 (see template-meta.ts, template-base.ts).
 */
import { COLLECT_KINDS, emptyRecords, type CollectRecords } from "../../domain/collect";
import type { Settings } from "../../domain/settings";
import type { KeyTask, Unit } from "../../domain/types";
import { INSTRUCTIONS_SHEET, LIST_SHEET, STATIC_LISTS } from "../contract";
import type { CellValue } from "../grid";
import type { SheetPlan, WorkbookPlan } from "../plan";
import { RECORD_SHEETS } from "../record-sheets";
import { templateBasePlan, templateBaseRows } from "../template-base";
import { templateMetaPlan, type SheetHeaders, type TemplateMeta } from "../template-meta";
import { templateInstructionRows } from "./template-instructions";
import { templateHeaders, templateSchema, templateSheetNames, templateSheetPlan } from "./template-sheets";
import { templateTasks } from "./unit-tasks";

/** What a unit's template is made from. */
export interface UnitTemplateInput {
  unit: Unit;
  /** Every task of 重点工作 (the unit's own are picked out). */
  tasks: readonly KeyTask[];
  settings: Settings;
  /** The master's records of the collected kinds (the unit's own are carried into its template). */
  current?: CollectRecords;
}

/** The headers of the input sheets of `input.unit`'s template: hash them for TemplateMeta.headerHash. */
export function unitTemplateHeaders(input: UnitTemplateInput): SheetHeaders[] {
  return templateHeaders(templateSheetNames(input.unit, templateTasks(input.unit, input.tasks)));
}

/**
 * The unit's rows the template carries, of the sheets it has (the base): whoever keyed them,
 * so the template is the unit's whole current state.
 */
export function unitTemplateBase(input: UnitTemplateInput): CollectRecords {
  const names = templateSheetNames(input.unit, templateTasks(input.unit, input.tasks));
  const out = emptyRecords();
  for (const kind of COLLECT_KINDS) {
    if (!names.includes(RECORD_SHEETS[kind].name)) continue;
    const own = (input.current?.[kind] ?? []).filter((r) => r.unitCode === input.unit.code);
    (out as Record<string, unknown[]>)[kind] = own;
  }
  return out;
}

/** The base rows of the template (hash them for TemplateMeta.baseHash with templateBaseHash). */
export function unitTemplateBaseRows(input: UnitTemplateInput) {
  return templateBaseRows(unitTemplateBase(input));
}

/** The whole template of `input.unit`, carrying `meta`. */
export function unitTemplatePlan(input: UnitTemplateInput, meta: TemplateMeta): WorkbookPlan {
  const { unit, settings } = input;
  const tasks = templateTasks(unit, input.tasks);
  const names = templateSheetNames(unit, tasks);
  const base = unitTemplateBase(input);
  const kindOf = (name: string) => COLLECT_KINDS.find((k) => RECORD_SHEETS[k].name === name)!;
  const { rows, headingRows } = templateInstructionRows(unit, tasks, names, settings);
  const instructions: SheetPlan = {
    name: INSTRUCTIONS_SHEET,
    visibility: "visible",
    rows,
    widths: [22, 90],
    frozenRows: 0,
    headerRows: headingRows,
    numberFormats: [],
    validations: [],
    protect: true,
    unlocked: [],
    wrapColumns: [2],
  };
  return {
    sheets: [
      instructions,
      ...names.map((n) => templateSheetPlan(templateSchema(n), unit, tasks, settings, base[kindOf(n)])),
      listSheet(settings),
      templateMetaPlan(meta),
      ...(meta.baseHash ? [templateBasePlan(templateBaseRows(base))] : []),
    ],
  };
}

/** 选项 with the same columns as the master's, so the shared list formulas point at the same cells. */
function listSheet(settings: Settings): SheetPlan {
  const lists = STATIC_LISTS.map((l) => l.values(settings));
  const height = Math.max(...lists.map((l) => l.length));
  const rows: CellValue[][] = [STATIC_LISTS.map((l) => l.name)];
  for (let r = 0; r < height; r++) rows.push(lists.map((l) => l[r] ?? null));
  return {
    name: LIST_SHEET,
    visibility: "hidden",
    rows,
    widths: STATIC_LISTS.map(() => 18),
    frozenRows: 1,
    headerRows: [1],
    numberFormats: [],
    validations: [],
    protect: true,
    unlocked: [],
  };
}
