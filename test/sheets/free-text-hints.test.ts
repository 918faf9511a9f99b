/**
 * A column's hint is what the office reads when it selects a cell. Free-text columns take no
 * limit, but their hints matter most on 重点工作: 牵头单位 and 配合单位 are defaults the
 * document leaves to the office (四、第二阶段 names the tasks, not who leads them). Regression:
 * only dropdowns, numbers and dates showed their hints; those two said nothing on the sheet.
 */
import { createOperation } from "../../src/app/create-operation";
import { defaultSettings } from "../../src/domain/settings";
import { contractPlan } from "../../src/sheets/build-plan";
import { TASKS_SHEET, UNITS_SHEET } from "../../src/sheets/contract";
import { columnValidation } from "../../src/sheets/validations";
import { newXlsxPort, openXlsxPort } from "../../src/xlsx/xlsx-port";

const SETTINGS = defaultSettings(2010);

describe("the hints of free-text columns", () => {
  it.each([
    [TASKS_SHEET.name, "牵头单位"],
    [TASKS_SHEET.name, "配合单位"],
    [UNITS_SHEET.name, "主要负责人"],
  ])("%s 「%s」 shows its hint as the cell's prompt and refuses nothing", (sheet, header) => {
    const schema = [TASKS_SHEET, UNITS_SHEET].find((s) => s.name === sheet)!;
    const index = schema.columns.findIndex((c) => c.header === header);
    const column = schema.columns[index];
    expect(column.hint).toBeTruthy();
    const col = index + 1;
    const plan = contractPlan(schema, [], SETTINGS);
    const shown = plan.validations.filter((v) => v.range.startsWith(`${String.fromCharCode(64 + col)}2:`));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ promptTitle: header, prompt: column.hint, rule: { type: "custom", formula: "=TRUE" } });
  });

  it("adds nothing to a free-text column without a hint", () => {
    const content = TASKS_SHEET.columns.find((c) => c.header === "工作内容")!;
    expect(content.hint).toBeUndefined();
    expect(columnValidation(content, "C2:C2001", SETTINGS)).toBeNull();
  });

  it("reaches the created workbook: 重点工作 says 牵头单位, 配合单位 and 完成时限 are defaults for the office to set", async () => {
    const handle = await newXlsxPort();
    await handle.port.run((s) => createOperation(s, { year: 2010, demo: false }, new Date(0), () => undefined));
    // Read back from the saved bytes, as the office's Excel would open the file.
    const ws = (await openXlsxPort(await handle.save())).workbook.getWorksheet("重点工作")!;
    const headers = ws.getRow(1).values as unknown[];
    for (const header of ["牵头单位", "配合单位", "完成时限"]) {
      const prompt = ws.getCell(2, headers.indexOf(header)).dataValidation?.prompt;
      expect(prompt).toMatch(/^默认值，文件未规定：请市优化办按正式分解方案填写/);
    }
  });
});
