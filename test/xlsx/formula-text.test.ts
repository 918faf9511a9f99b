/**
 * No text becomes a formula in the file shell either: the zip-level writers (record sheets through
 * their plan, result sheets through their block) write text that Excel would parse as a formula
 * (= + - @, a leading tab or CR) as text cells, never as <f>.
 */
import { planSheetXml } from "../../src/xlsx/plan-sheet-xml";
import { sheetXmlBytes } from "../../src/xlsx/result-sheet-xml";
import type { SheetPlan } from "../../src/sheets/plan";

const FORMULA_LIKE = ['=HYPERLINK("http://example.invalid","点此")', "+1+2", "-A1", "@SUM(A1)", "\t=1+1", "\r=1"];

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("the file writers with text that looks like a formula", () => {
  it("write a record sheet's texts as text", () => {
    const plan: SheetPlan = {
      name: "自查自纠",
      visibility: "visible",
      rows: [["问题描述"], ...FORMULA_LIKE.map((t) => [t])],
      widths: [40],
      frozenRows: 1,
      headerRows: [1],
      numberFormats: [],
      validations: [],
      protect: false,
      unlocked: [],
    };
    const xml = decode(planSheetXml(plan, () => 0, 0, false));
    expect(xml).not.toMatch(/<f[\s>]/);
    expect(xml).toContain("HYPERLINK(&quot;http://example.invalid&quot;");
  });

  it("write a result sheet's texts as text", () => {
    const xml = decode(sheetXmlBytes({ name: "校验结果", rows: [["说明"], ...FORMULA_LIKE.map((t) => [t])] }, { bold: 0, date: 0, link: 0 }, false));
    expect(xml).not.toMatch(/<f[\s>]/);
    expect(xml).toContain("@SUM(A1)");
  });
});
