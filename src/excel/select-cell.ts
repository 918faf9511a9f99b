/** Jumping to a finding: shows its sheet and selects its cell, in one Excel.run and one sync. */
import { asExcelError, ExcelOperationError, isOfficeError } from "./errors";

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
    const action = `定位到工作表“${sheet}”的单元格 ${cell || "A1"}`;
    // Excel cannot show a hidden sheet, so activating one fails: say which, and how to show it.
    if (isOfficeError(error) && error.code === "InvalidOperation") {
      throw new ExcelOperationError(
        error.code,
        action,
        error,
        `工作表“${sheet}”已隐藏，Excel 不能切换到它。请右键单击任一工作表标签 → 取消隐藏，选中“${sheet}”，然后再点一次。`
      );
    }
    throw asExcelError(error, action);
  }
}
