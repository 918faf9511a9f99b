/**
 * Applying a workbook plan in three round trips, however many sheets and rows:
 * 1. load the existing sheets' names, visibility and protection — skipped when the
 *    session already knows the names and no planned sheet exists yet;
 * 2. create (or clear, keeping the sheet so other sheets' references to it survive)
 *    every planned sheet, then fill and format them, and give each sheet users type
 *    into the rule that shows 校验's marks (./highlights) while it is still unprotected;
 * 3. protect what the plan protects — only where not already protected — and hide
 *    what it hides.
 * A plan's validation updates ride along: in round trip 2 each updated sheet is
 * unprotected if it was, its old validations cleared and the new ones set; in round
 * trip 3 it is protected again. Its cells are never touched.
 * Cells beyond one request's budget add one round trip per extra chunk of rows; the
 * standard workbook never needs one.
 */
import type { SheetPlan, SheetVisibility, WorkbookPlan } from "../sheets/plan";
import { blockValue, jsonBytes, rectangle, refuseOverlong, widthOf, type ExcelScalar } from "./cells";
import { packRows } from "./chunks";
import { takesMarks } from "../sheets/marks";
import { addMarkRule, MARK_RULE_BYTES } from "./highlights";
import { formatOps, validationUpdateOps, type FormatOp } from "./plan-format";
import { passwordRefusal, unprotectFirst } from "./protected-sheets";
import type { SheetDirectory } from "./sheet-directory";

/** What users may still do on a protected sheet: size rows and columns and filter; the input area is unlocked. */
const PROTECTION: Excel.WorksheetProtectionOptions = { allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true };

const VISIBILITY: Record<SheetVisibility, "Visible" | "Hidden" | "VeryHidden"> = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" };

interface PreparedSheet {
  plan: SheetPlan;
  width: number;
  rows: ExcelScalar[][];
  rowBytes: number[];
  ops: FormatOp[];
}

function prepare(plan: SheetPlan): PreparedSheet {
  refuseOverlong(plan.name, plan.rows);
  const width = widthOf(plan.rows);
  const rows = rectangle(plan.rows, width, blockValue);
  return { plan, width, rows, rowBytes: rows.map((row) => jsonBytes(row) + 1), ops: formatOps(plan, width) };
}

/** The planned sheet, ready to fill: an existing one (unprotected already) is cleared; a new one is added. */
function sheetFor(context: Excel.RequestContext, name: string, existing: Excel.Worksheet | undefined): Excel.Worksheet {
  if (!existing) return context.workbook.worksheets.add(name);
  const all = existing.getRange();
  all.clear("All");
  // Clearing cells does not remove data validation or conditional formats everywhere: remove them explicitly.
  all.dataValidation.clear();
  all.conditionalFormats.clearAll();
  existing.freezePanes.unfreeze();
  return existing;
}

/** Applies `plan` to the open workbook (see the module comment for the round trips). */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  directory: SheetDirectory,
  options: { budget: number; suspendCalculation: boolean; markRules: boolean }
): Promise<void> {
  // Before anything is queued: a cell Excel cannot hold refuses the whole plan.
  const prepared = plan.sheets.map(prepare);
  const existing = new Map<string, Excel.Worksheet>();
  const updates = plan.validationUpdates ?? [];
  // 补齐 and a new workbook create sheets only: what the session knows of the names is enough.
  // Updates need the protection of the sheets they change.
  if (!directory.known || updates.length > 0 || plan.sheets.some((p) => directory.has(p.name))) {
    const worksheets = context.workbook.worksheets.load("items/name,items/visibility,items/protection/protected");
    await context.sync();
    directory.set(worksheets.items.map((s) => s.name));
    worksheets.items.forEach((s) => existing.set(s.name.toLowerCase(), s));
  }
  const marked = options.markRules ? plan.sheets.filter(takesMarks).map((p) => p.name) : [];

  if (options.suspendCalculation) context.workbook.application.suspendApiCalculationUntilNextSync();
  // Unprotects head the batch, so a password that refuses one stops it before any cell changes.
  const unprotected = unprotectFirst(
    [...plan.sheets.map((p) => p.name), ...updates.map((u) => u.sheet)].map((name) => ({ name, sheet: existing.get(name.toLowerCase()) }))
  );
  // Every sheet exists before any is filled: a dropdown may point at a sheet later in the plan.
  const sheets = plan.sheets.map((p) => sheetFor(context, p.name, existing.get(p.name.toLowerCase())));
  const updated = updates.map((u) => {
    const sheet = updatedSheet(existing, u.sheet);
    return { sheet, wasProtected: sheet.protection.protected, ops: validationUpdateOps(u) };
  });
  const updateBytes = updated.reduce((sum, u) => sum + u.ops.reduce((s, o) => s + o.bytes, 0), 0);
  const formatBytes = prepared.reduce((sum, p) => sum + p.ops.reduce((s, o) => s + o.bytes, 0), 0) + marked.length * MARK_RULE_BYTES + updateBytes;
  const chunks = packRows(
    prepared.map((p) => p.rowBytes),
    options.budget,
    formatBytes
  );
  for (const [index, chunk] of chunks.entries()) {
    if (index === 0) {
      prepared.forEach((p, i) => p.ops.forEach((o) => o.apply(sheets[i])));
      plan.sheets.forEach((p, i) => {
        if (marked.includes(p.name)) addMarkRule(sheets[i], p.name);
      });
      for (const { sheet, ops } of updated) ops.forEach((o) => o.apply(sheet));
    }
    for (const slice of chunk.slices) {
      const { rows, width } = prepared[slice.item];
      sheets[slice.item].getRangeByIndexes(slice.start, 0, slice.end - slice.start, width).values = rows.slice(slice.start, slice.end);
    }
    if (index === chunks.length - 1) sheets.forEach((s) => s.protection.load("protected"));
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk under the 5 MB limit; the standard workbook is one chunk
      await context.sync();
    } catch (error) {
      // The first chunk carries the unprotects: a password that refused one is named, the others protected again.
      throw index === 0 ? await passwordRefusal(context, unprotected, PROTECTION, error) : error;
    }
  }
  plan.sheets.forEach((p) => directory.add(p.name));

  plan.sheets.forEach((p, i) => {
    const sheet = sheets[i];
    if (p.protect && !sheet.protection.protected) sheet.protection.protect(PROTECTION);
    const before = existing.get(p.name.toLowerCase());
    if (VISIBILITY[p.visibility] !== (before?.visibility ?? "Visible")) sheet.visibility = VISIBILITY[p.visibility];
  });
  for (const { sheet, wasProtected } of updated) if (wasProtected) sheet.protection.protect(PROTECTION);
  await context.sync();
}

/** The existing sheet an update changes; a plan only updates sheets that exist (a programmer's error otherwise). */
function updatedSheet(existing: ReadonlyMap<string, Excel.Worksheet>, name: string): Excel.Worksheet {
  const sheet = existing.get(name.toLowerCase());
  if (!sheet) throw new Error(`A validation update names a sheet that does not exist: ${name}`);
  return sheet;
}
