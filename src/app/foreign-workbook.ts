/**
 * A workbook with none of the contract sheets is not a 提升年 workbook: 校验 and 一键排名
 * write nothing to it and say so in one line, instead of one "missing sheet" error per
 * contract sheet (issue 8).
 */

/** The one line the pane and the ribbon show; the button it names is the one the pane offers for such a workbook. */
export const FOREIGN_WORKBOOK_MESSAGE =
  "当前工作簿不是提升年工作簿（没有「单位名册」「评议评分」等任何一张标准工作表），未做任何修改。如需开始，请在提升年工作台中点击“创建标准工作簿”。";
