import { safeFileNamePart, templateFileName } from "../../../src/sheets/templates/file-name";
import { isUntouchedTemplateRow } from "../../../src/sheets/templates/template-sheets";

describe("template file names", () => {
  it("are {单位编码}_{单位名称}_{活动年度}.xlsx", () => {
    expect(templateFileName({ code: "T01", name: "城关镇" }, 2026)).toBe("T01_城关镇_2026.xlsx");
  });

  it("strip what Windows forbids, trailing dots and spaces, and dodge reserved names", () => {
    expect(templateFileName({ code: "D/1", name: 'a:b*c?"d"<e>|f\\g\u0001' }, 2026)).toBe("D_1_a_b_c__d__e__f_g__2026.xlsx");
    expect(safeFileNamePart("局办. . ")).toBe("局办");
    expect(safeFileNamePart("CON")).toBe("_CON");
    expect(safeFileNamePart("lpt1.txt")).toBe("_lpt1.txt");
    expect(safeFileNamePart("CONSOLE")).toBe("CONSOLE");
    expect(safeFileNamePart("  ")).toBe("_");
  });
});

describe("isUntouchedTemplateRow", () => {
  const headers = ["序号", "工作内容", "填报单位编码", "填报日期", "进度(%)"];
  it("is true for a row holding only what the template pre-filled", () => {
    expect(isUntouchedTemplateRow("工作进度", headers, [3, "某项工作", "D01", null, " "])).toBe(true);
  });
  it("is false once the unit typed anything", () => {
    expect(isUntouchedTemplateRow("工作进度", headers, [3, "某项工作", "D01", null, 50])).toBe(false);
  });
});
