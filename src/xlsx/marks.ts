/**
 * 校验's highlights in a file, the same way as in Excel (src/sheets/marks.ts): each input
 * sheet carries one conditional format of ours, and the very hidden list sheet says which
 * cells it fills. Rewriting the list is the whole of adding and removing marks.
 */
import type { Workbook, Worksheet } from "exceljs";
import { MARK_FILL, MARK_HEADER, MARK_SHEET, markFormula, markKey } from "../sheets/marks";
import type { HighlightMap } from "../sheets/port";

const WHOLE_SHEET = "A1:XFD1048576";

type Formatting = { ref: string; rules: { type: string; formulae?: string[] }[] };

/** True when `ws` already carries our marking rule. */
function hasMarkRule(ws: Worksheet): boolean {
  const formula = markFormula(ws.name).slice(1);
  const formattings = (ws as unknown as { conditionalFormattings: Formatting[] }).conditionalFormattings ?? [];
  return formattings.some((f) => f.rules.some((r) => r.formulae?.[0] === formula));
}

/** Adds our marking rule over the whole of `ws` (once). */
export function addMarkRule(ws: Worksheet): void {
  if (hasMarkRule(ws)) return;
  ws.addConditionalFormatting({
    ref: WHOLE_SHEET,
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: [markFormula(ws.name).slice(1)],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${MARK_FILL.slice(1)}` } } },
      },
    ],
  });
}

/** Replaces the list of marked cells with `highlights` (an empty map clears every mark). */
export function writeMarks(wb: Workbook, highlights: HighlightMap): void {
  const old = wb.getWorksheet(MARK_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const list = wb.addWorksheet(MARK_SHEET, { state: "veryHidden" });
  list.getCell("A1").value = MARK_HEADER;
  let row = 2;
  for (const [sheet, cells] of highlights) {
    const ws = wb.getWorksheet(sheet);
    if (!ws) continue;
    addMarkRule(ws);
    for (const cell of cells) list.getCell(row++, 1).value = markKey(sheet, cell);
  }
}
