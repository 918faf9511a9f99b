/** 退回说明: the small workbook sent back with a refused file, listing what the unit must fix. */
import { SEVERITY_WORDS, type Finding } from "../../domain/findings";
import type { CellValue, SheetBlock } from "../grid";

export const RETURN_SHEET = "退回说明";

/** The 退回说明 sheet for `file` of `unitCode`, refused for `reason`, with the findings on its cells. */
export function returnBlock(file: string, unitCode: string, reason: string, findings: readonly Finding[], today: string): SheetBlock {
  const rows: CellValue[][] = [
    [`${file} 退回说明（${today}）`],
    ["单位编码", unitCode || "（文件中没有）"],
    ["退回原因", reason],
    ["处理办法", "请按下列问题逐项改正后，用原模板重新保存为 .xlsx 报送；改正前的文件不会汇总。"],
    [],
    ["工作表", "单元格", "类别", "问题"],
    ...findings.map((f) => [f.sheet, f.cell, SEVERITY_WORDS[f.severity], f.message]),
  ];
  if (findings.length === 0) rows.push(["", "", "", "（无单元格问题，见退回原因）"]);
  return { name: RETURN_SHEET, rows, widths: [14, 10, 8, 80], headingRows: [1, 6], frozenRows: 0 };
}

/** A Windows-safe file name for the 退回说明 of `file`. */
export function returnFileName(file: string): string {
  const stem = [...file.replace(/\.[^.]*$/, "")].map((ch) => (ch < " " || '\\/:*?"<>|'.includes(ch) ? "_" : ch)).join("");
  return `${stem}_退回说明.xlsx`;
}
