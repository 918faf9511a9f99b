import { createOperation } from "../../src/app/create-operation";
import { makeWorkbench } from "../../src/app/operations";
import { MARK_SHEET, markFormula } from "../../src/sheets/marks";
import { newXlsxPort, openXlsxPort } from "../../src/xlsx/xlsx-port";

const noop = () => undefined;
const clock = () => new Date(Date.UTC(2010, 11, 20));

type Formatting = { ref: string; rules: { formulae?: string[] }[] };
const rulesOf = (ws: unknown) => ((ws as { conditionalFormattings: Formatting[] }).conditionalFormattings ?? []).flatMap((f) => f.rules);

describe("校验 highlights in a file", () => {
  it("gives every sheet units type into our marking rule, and no other sheet", async () => {
    const handle = await newXlsxPort();
    await handle.port.run((s) => createOperation(s, { year: 2010, demo: false }, clock(), noop));
    const reopened = await openXlsxPort(await handle.save());
    for (const ws of reopened.workbook.worksheets) {
      const ours = rulesOf(ws).filter((r) => r.formulae?.[0] === markFormula(ws.name).slice(1));
      const typedInto = ws.state === "visible" && ws.name !== "填表说明";
      expect({ sheet: ws.name, rules: ours.length }).toEqual({ sheet: ws.name, rules: typedInto ? 1 : 0 });
    }
  });

  it("lists the bad cells after 校验 and clears them when fixed, touching no input cell", async () => {
    const handle = await newXlsxPort();
    await handle.port.run((s) => createOperation(s, { year: 2010, demo: true }, clock(), noop));
    const progress = handle.workbook.getWorksheet("工作进度")!;
    const original = progress.getCell("D2").value;
    progress.getCell("D2").value = "一半";
    progress.getCell("F3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00FF00" } };
    const workbench = makeWorkbench(handle.port, "file", async () => undefined, clock);
    await workbench.validate(noop);
    const keys = () => {
      const list = handle.workbook.getWorksheet(MARK_SHEET)!;
      const values: string[] = [];
      list.eachRow((row, n) => n > 1 && values.push(String(row.getCell(1).value)));
      return values;
    };
    expect(keys()).toContain("工作进度!D2");
    expect(handle.workbook.getWorksheet(MARK_SHEET)!.state).toBe("veryHidden");
    progress.getCell("D2").value = original;
    await workbench.validate(noop);
    expect(keys()).not.toContain("工作进度!D2");
    expect(keys().some((k) => k.startsWith("工作进度!"))).toBe(false);
    expect(progress.getCell("F3").fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FF00FF00" } });
    expect(rulesOf(progress).filter((r) => r.formulae?.[0] === markFormula("工作进度").slice(1))).toHaveLength(1);
  });
});
