/**
 * What a reader sees of a worksheet, read with exceljs, to compare a sheet written at the zip
 * level with the same plan applied through exceljs: its visibility, every cell's value, number
 * format, lock, bold and wrapping, the columns' widths and styles, the header fills, the validations, the
 * conditional formats, protection and the frozen panes.
 */
import type ExcelJS from "exceljs";

const plainValue = (v: ExcelJS.CellValue) => (v instanceof Date ? v.toISOString() : v === undefined ? null : v);

/** The content of `ws` as plain data (see above). */
export function sheetContent(ws: ExcelJS.Worksheet) {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // An empty text cell ("" in 汇总记录) is as blank as no cell, to Excel and to the reader.
      if (cell.value === null || cell.value === undefined || cell.value === "") return;
      cells.push([
        r,
        c,
        plainValue(cell.value),
        cell.numFmt ?? null,
        cell.protection?.locked !== false,
        Boolean(cell.font?.bold),
        Boolean(cell.alignment?.wrapText),
      ]);
    })
  );
  const columns = [];
  for (let c = 1; c <= ws.columnCount; c++) {
    const col = ws.getColumn(c);
    // exceljs writes no width of exactly 9 (its default), so a plan's 9 reads back as none from its own files.
    columns.push([
      col.width === 9 ? null : (col.width ?? null),
      col.numFmt ?? null,
      col.protection?.locked !== false,
      Boolean(col.alignment?.wrapText),
    ]);
  }
  const header = ws.getRow(1);
  const fills: unknown[] = [];
  header.eachCell((cell) => fills.push((cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null));
  const validations = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
  const formattings = (
    (ws as unknown as { conditionalFormattings?: { ref: string; rules: { type: string; formulae?: string[] }[] }[] }).conditionalFormattings ?? []
  ).map((f) => [f.ref, f.rules.map((r) => [r.type, r.formulae])]);
  return {
    state: ws.state,
    cells,
    columns,
    fills,
    validations,
    formattings,
    protection: (ws as unknown as { sheetProtection?: object }).sheetProtection ?? null,
    frozen: (ws.views ?? []).filter((v) => v.state === "frozen").map((v) => (v as { ySplit?: number }).ySplit ?? 0),
  };
}
