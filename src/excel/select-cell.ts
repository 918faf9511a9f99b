/** Jumping to a finding: shows its sheet and selects its cell, in one Excel.run and one sync. */
import { asExcelError } from "./errors";

/** Activates `sheet` and selects `cell` (an A1 address; the sheet's A1 when empty). */
export async function selectCell(sheet: string, cell: string): Promise<void> {
  try {
    return await Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell || "A1").select();
      await context.sync();
    });
  } catch (error) {
    throw asExcelError(error, `定位到工作表“${sheet}”的单元格 ${cell || "A1"}`);
  }
}
