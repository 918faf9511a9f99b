/**
 * Reversible highlighting of the cells 校验 found fault with, provably clean:
 *
 * - The marks live in a list: column A of the very hidden sheet 校验标记 holds one key
 *   per flagged cell ("工作进度!D5"). Each run rewrites that list whole, so removing the
 *   previous run's marks is emptying the list, and nothing else.
 * - Each input sheet carries one permanent conditional format of ours over the whole
 *   sheet: "fill light red where this cell's key is in the list". It is added once —
 *   when the standard workbook is created (before the sheet is protected), or by 校验 on
 *   an unprotected sheet that lacks it — and never changed or removed afterwards.
 * - Nothing of ours ever writes a cell's value or format on an input sheet, so the
 *   user's own fills, fonts and conditional formats cannot be disturbed: a conditional
 *   fill only shows over a cell while its key is listed, and is gone when it is not.
 *
 * The list is read through INDIRECT, so a rule never turns into #REF! when the list
 * sheet is missing (it is created with the first marks) and survives its re-creation.
 * Whether a sheet has our rule is learnt in the read round trip from the formats that
 * cover the sheet's last cell: ours covers the whole sheet, a user's almost never does.
 * Reading the formats' formulas would identify ours exactly, but Excel fails the whole
 * request when it is asked for the rule of a format of another type (office-js #2180).
 */
import { MARK_FILL, MARK_HEADER, MARK_SHEET, markFormula, markKey } from "../sheets/marks";
import type { HighlightMap } from "../sheets/port";

export { MARK_FILL, MARK_SHEET, markFormula, markKey };

/** What one marking rule adds to a request (its formula, format and range), for payload sizing. */
export const MARK_RULE_BYTES = 600;
import { literalText } from "./cells";

/** The sheet's last cell: our rule always covers it, a user's rule almost never reaches it. */
const PROBE_CELL = "XFD1048576";

/** Queues our rule over the whole of `sheet` (called `name`). Needs ExcelApi 1.6 and an unprotected sheet. */
export function addMarkRule(sheet: Excel.Worksheet, name: string): void {
  const format = sheet.getRange().conditionalFormats.add("Custom");
  format.custom.rule.formula = markFormula(name);
  format.custom.format.fill.color = MARK_FILL;
}

/** What the read round trip learnt about one sheet. */
interface SheetMarking {
  protected: boolean;
  hasRule: boolean;
}

/** Pending loads for one sheet, readable after the sync. */
export interface MarkProbe {
  name: string;
  protection: Excel.WorksheetProtection;
  formats: OfficeExtension.ClientResult<number>;
}

/** Queues the loads that tell whether `sheet` is protected and carries our rule (no sync). */
export function probeMarks(sheet: Excel.Worksheet, name: string): MarkProbe {
  return { name, protection: sheet.protection.load("protected"), formats: sheet.getRange(PROBE_CELL).conditionalFormats.getCount() };
}

/** What one session knows about each sheet's marking, carried from its read round trip to its write. */
export class MarkState {
  private readonly sheets = new Map<string, SheetMarking>();

  /** Records probes after their sync; `exists` says which sheets were really there. */
  record(probes: readonly MarkProbe[], exists: (name: string) => boolean): void {
    for (const p of probes) {
      if (exists(p.name)) this.sheets.set(p.name.toLowerCase(), { protected: p.protection.protected, hasRule: p.formats.value > 0 });
    }
  }

  /** What is known of `name`, if it was probed in this session. */
  get(name: string): SheetMarking | undefined {
    return this.sheets.get(name.toLowerCase());
  }

  /** Notes that our rule was added to `name`. */
  ruleAdded(name: string): void {
    const known = this.get(name);
    if (known) known.hasRule = true;
  }

  /** Forgets everything (after a failure the workbook's state is unknown). */
  forget(): void {
    this.sheets.clear();
  }
}

/** The marking work of one write. */
export interface MarkPlan {
  /** Keys of the new list, in order. */
  keys: string[];
  /** Sheets that get our rule now (they lack it and are not protected). */
  install: string[];
  /** Flagged sheets that stay unmarked: protected and without our rule. */
  unmarked: string[];
  /** Flagged sheets this session has not probed (one extra round trip learns them). */
  unknown: string[];
}

const SINGLE_CELL = /^[A-Z]{1,3}[1-9]\d{0,6}$/;

/** Decides what to mark: only cells of existing sheets, never the list sheet or a sheet being written. */
export function planMarks(highlights: HighlightMap, state: MarkState, exists: (name: string) => boolean, writing: readonly string[]): MarkPlan {
  const skip = new Set([MARK_SHEET, ...writing].map((n) => n.toLowerCase()));
  const plan: MarkPlan = { keys: [], install: [], unmarked: [], unknown: [] };
  const seen = new Set<string>();
  for (const [sheet, cells] of highlights) {
    if (skip.has(sheet.toLowerCase()) || !exists(sheet)) continue;
    const fresh: string[] = [];
    for (const cell of cells) {
      const key = markKey(sheet, cell);
      if (!SINGLE_CELL.test(cell) || seen.has(key)) continue;
      seen.add(key);
      fresh.push(key);
    }
    if (fresh.length === 0) continue;
    plan.keys.push(...fresh);
    const known = state.get(sheet);
    if (!known) plan.unknown.push(sheet);
    else if (!known.hasRule && known.protected) plan.unmarked.push(sheet);
    else if (!known.hasRule) plan.install.push(sheet);
  }
  return plan;
}

/** Queues our rule on each sheet that needs it. */
export function installMarkRules(context: Excel.RequestContext, plan: MarkPlan): void {
  for (const name of plan.install) addMarkRule(context.workbook.worksheets.getItem(name), name);
}

/** Queues the list sheet emptied (or created, very hidden) with its header; rows 2… then take the keys. */
export function queueMarkList(context: Excel.RequestContext, listExists: boolean): Excel.Worksheet {
  const worksheets = context.workbook.worksheets;
  let list: Excel.Worksheet;
  if (listExists) {
    list = worksheets.getItem(MARK_SHEET);
    list.getRange().clear("Contents");
  } else {
    list = worksheets.add(MARK_SHEET);
    list.visibility = "VeryHidden";
  }
  list.getRange("A1").values = [[MARK_HEADER]];
  return list;
}

/** Queues keys [start, end) of the list into rows start+2 … of the list sheet. */
export function writeMarkKeys(list: Excel.Worksheet, keys: readonly string[], start: number, end: number): void {
  if (end <= start) return;
  list.getRangeByIndexes(start + 1, 0, end - start, 1).values = keys.slice(start, end).map((k) => [literalText(k)]);
}
