/** The domain repeats the sheet names and fields validation cites (it may not import the contract); they must stay equal. */
import { VALIDATION_SHEETS } from "../../../src/domain/validation";
import * as C from "../../../src/sheets/contract";

describe("sheet names cited by validation", () => {
  it("equal the workbook contract's names", () => {
    expect(VALIDATION_SHEETS).toEqual({
      settings: C.SETTINGS_SHEET.name,
      units: C.UNITS_SHEET.name,
      groups: C.GROUPS_SHEET.name,
      scores: C.SCORES_SHEET.name,
      adjustments: C.ADJUSTMENTS_SHEET.name,
      violations: C.VIOLATIONS_SHEET.name,
      tasks: C.TASKS_SHEET.name,
      progress: C.PROGRESS_SHEET.name,
      plans: C.PLANS_SHEET.name,
      inspections: C.INSPECTION_SHEET.name,
      supervision: C.SUPERVISION_SHEET.name,
    });
  });

  it("name the fields the checks locate as the contract's columns do", () => {
    const fields = (schema: { columns: readonly { field: string }[] }) => schema.columns.map((c) => c.field);
    expect(fields(C.UNITS_SHEET)).toEqual(expect.arrayContaining(["code", "name", "parentCode"]));
    expect(fields(C.TASKS_SHEET)).toEqual(expect.arrayContaining(["seq", "lead", "cooperating"]));
    expect(fields(C.PROGRESS_SHEET)).toEqual(expect.arrayContaining(["taskSeq", "unitCode", "status", "date"]));
    expect(fields(C.PLANS_SHEET)).toEqual(expect.arrayContaining(["unitCode", "date"]));
    expect(fields(C.INSPECTION_SHEET)).toEqual(expect.arrayContaining(["unitCode", "problemId", "dueDate", "doneDate"]));
    expect(fields(C.SUPERVISION_SHEET)).toEqual(expect.arrayContaining(["unitCode", "date"]));
  });

  it("require in the contract the cells that 自查自纠 must state (四、第三阶段：措施要明确时限和要求，确定责任人员)", () => {
    const required = C.INSPECTION_SHEET.columns.filter((c) => c.required).map((c) => c.header);
    expect(required).toEqual(expect.arrayContaining(["问题描述", "原因剖析", "整改措施", "整改时限", "责任人"]));
    expect(C.VIOLATIONS_SHEET.columns.find((c) => c.header === "责任人")?.required).toBe(true);
  });
});
