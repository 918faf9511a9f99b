/**
 * A workbook with none of the contract sheets is not a 提升年 workbook: 校验 and 一键排名
 * write nothing to it and say so in one line, instead of one "missing sheet" error per
 * contract sheet (issue 8).
 */
import { addSheetsAdvice } from "./pane-advice";

/**
 * The one line the pane, the ribbon and the command line show. Such a workbook has no
 * contract sheet, so the 准备 tab's button reads 创建标准工作簿: the advice names that one.
 */
export const FOREIGN_WORKBOOK_MESSAGE = `当前工作簿不是提升年工作簿（没有「单位名册」「评议评分」等任何一张标准工作表），未做任何修改。如需开始，${addSheetsAdvice(false)}`;
