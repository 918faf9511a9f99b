/**
 * 违规记录's 监管不力 column (五、问责追究 二是实施监管问责: "对监管不力，导致本单位或工作人员出现
 * 影响恶劣违规行为的党政主要负责人实施问责"): in the blank workbook with a 是/否 dropdown, optional,
 * read as true, false or null (not yet judged).
 */
import { blankCampaign } from "../../src/domain/blank";
import { buildWorkbookPlan } from "../../src/sheets/build-plan";
import { readCampaign } from "../../src/sheets/read/read-campaign";
import { append, blank, date, findingsOf, SETTINGS } from "../domain/validation/workbook-grids";

describe("违规记录: the column 监管不力", () => {
  const plan = buildWorkbookPlan(SETTINGS, { createdAt: new Date(Date.UTC(2010, 0, 5)), data: blankCampaign(SETTINGS) });
  const sheet = plan.sheets.find((s) => s.name === "违规记录")!;

  it("stands between 情节 and 事实描述 in a new workbook, with a 是/否 dropdown and a Chinese prompt", () => {
    expect(sheet.rows[0]).toEqual(["单位编码", "责任人", "发生日期", "违规类型", "情节", "监管不力", "事实描述"]);
    const validation = sheet.validations.find((v) => v.range.startsWith("F2:"));
    expect(validation?.rule).toEqual({ type: "list", source: expect.stringMatching(/^='选项'!\$[A-Z]+\$2:\$[A-Z]+\$3$/) });
    expect(validation?.prompt).toContain("影响恶劣");
    expect(validation?.prompt).toContain("需复核");
  });

  it.each([
    ["是", true],
    ["否", false],
    [null, null],
  ])("reads %p as %p, and a blank cell is no finding", (cell, value) => {
    const g = blank();
    append(g, "单位名册", { 单位编码: "T1", 单位名称: "甲镇", 单位类别: "镇(区)", 主要负责人: "张书记" });
    append(g, "违规记录", {
      单位编码: "T1",
      责任人: "李四",
      发生日期: date("2010-06-01"),
      违规类型: "违反机关效能规定",
      情节: "影响恶劣",
      监管不力: cell,
      事实描述: "事实",
    });
    const read = readCampaign(g);
    expect(read.data.violations.map((v) => v.weakSupervision)).toEqual([value]);
    expect(findingsOf(g).filter((f) => f.sheet === "违规记录")).toEqual([]);
  });

  it("refuses a value other than 是 or 否, at its cell", () => {
    const g = blank();
    append(g, "单位名册", { 单位编码: "T1", 单位名称: "甲镇", 单位类别: "镇(区)", 主要负责人: "张书记" });
    append(g, "违规记录", {
      单位编码: "T1",
      责任人: "李四",
      发生日期: date("2010-06-01"),
      违规类型: "违反机关效能规定",
      情节: "影响恶劣",
      监管不力: "可能",
      事实描述: "事实",
    });
    const found = findingsOf(g).filter((f) => f.sheet === "违规记录");
    expect(found.map((f) => [f.cell, f.rule, f.severity])).toEqual([["F2", "cell.notInList", "error"]]);
  });

  it("reads a workbook made before the column existed: a note at the header, rows read as not yet judged", () => {
    const g = blank();
    const sheet = g.get("违规记录")!;
    const at = sheet.rows[0].indexOf("监管不力");
    for (const row of sheet.rows) row.splice(at, 1);
    append(g, "单位名册", { 单位编码: "T1", 单位名称: "甲镇", 单位类别: "镇(区)", 主要负责人: "张书记" });
    append(g, "违规记录", {
      单位编码: "T1",
      责任人: "李四",
      发生日期: date("2010-06-01"),
      违规类型: "违反机关效能规定",
      情节: "影响恶劣",
      事实描述: "事实",
    });
    const read = readCampaign(g);
    expect(read.incompleteSheets).toEqual([]);
    expect(read.data.violations.map((v) => [v.person, v.weakSupervision])).toEqual([["李四", null]]);
    const found = findingsOf(g).filter((f) => f.sheet === "违规记录");
    expect(found.map((f) => [f.cell, f.rule, f.severity])).toEqual([["G1", "header.addedLater", "info"]]);
    expect(found[0].message).toContain("需复核");
  });
});
