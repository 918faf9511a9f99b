/** One rule, in src/sheets/templates, says which returned template rows a unit left as they were handed out. */
import { isUntouchedTemplateRow, withoutUntouchedRows } from "../../../src/sheets/templates/template-sheets";

const progress = ["序号", "工作内容", "填报单位编码", "填报日期", "进度(%)", "状态", "进展情况"];
const plans = ["单位编码", "报送日期", "方案名称"];

describe("isUntouchedTemplateRow", () => {
  it.each([
    ["a pre-listed 工作进度 row (序号, 工作内容, own code)", "工作进度", progress, [3, "某项工作", "D01", null, " "]],
    ["a blank 方案报送 row with the own code", "方案报送", plans, ["D01", null, ""]],
    ["a row with nothing at all", "自查自纠", ["单位编码", "问题编号"], []],
  ])("is true for %s", (_, sheet, headers, row) => {
    expect(isUntouchedTemplateRow(sheet, headers, row, "D01")).toBe(true);
  });

  it.each([
    ["the unit typed a value", "工作进度", progress, [3, "某项工作", "D01", null, 50]],
    ["the code is another unit's (the unit changed it)", "方案报送", plans, ["D02", null, null]],
    ["a 序号 on a sheet where the template does not pre-fill it", "自查自纠", ["单位编码", "问题编号"], ["D01", 1]],
    ["a value in a column without a header", "方案报送", plans, ["D01", null, null, "备注"]],
    ["the sheet is not a template sheet", "评议评分", ["单位编码"], ["D01"]],
  ])("is false when %s", (_, sheet, headers, row) => {
    expect(isUntouchedTemplateRow(sheet, headers, row, "D01")).toBe(false);
  });
});

describe("withoutUntouchedRows", () => {
  it("blanks untouched rows in place, so later rows keep their numbers, and keeps the header", () => {
    const grid = {
      name: "工作进度",
      rows: [progress, [1, "甲", "D01", null, null, null, null], [2, "乙", "D01", new Date(Date.UTC(2010, 3, 1)), 40, "正常", "推进中"]],
    };
    expect(withoutUntouchedRows("工作进度", grid, "D01").rows).toEqual([progress, [], grid.rows[2]]);
  });
});
