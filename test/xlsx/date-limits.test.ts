/** 按新年度更新日期限制 on a file: the limits written and read back follow the new 活动年度; no old-year limit survives. */
import { makeWorkbench } from "../../src/app/operations";
import { CONTRACT_SHEETS, META_SHEET, SETTINGS_SHEET } from "../../src/sheets/contract";
import { columnLetter } from "../../src/sheets/grid";
import { newXlsxPort, openXlsxPort, type XlsxHandle } from "../../src/xlsx/xlsx-port";

const quiet = () => undefined;
const NOW = new Date(Date.UTC(2011, 0, 5, 9, 30));

type Model = Record<string, { type: string; formulae: unknown[] } | undefined>;
function modelOf(handle: XlsxHandle, sheet: string): Model {
  return (handle.workbook.getWorksheet(sheet) as unknown as { dataValidations: { model: Model } }).dataValidations.model;
}

/** The years of every date limit on `sheet`'s column `col` (by key), as "yyyy-mm-dd…yyyy-mm-dd". */
function limitsOf(model: Model, col: string): Set<string> {
  const years = new Set<string>();
  for (const [key, v] of Object.entries(model)) {
    if (!v || !key.startsWith(col) || !/^[A-Z]+\d/.test(key) || key.replace(/\d.*$/, "") !== col) continue;
    if (v.type === "date") years.add(v.formulae.map((d) => (d as Date).toISOString().slice(0, 10)).join("…"));
  }
  return years;
}

const DATED = CONTRACT_SHEETS.filter((s) => s !== SETTINGS_SHEET).flatMap((s) =>
  s.columns.flatMap((c, i) => (c.type === "date" && c.dates !== "any" ? [[s.name, columnLetter(i + 1)] as const] : []))
);

describe("按新年度更新日期限制 as a file", () => {
  it.each([["a workbook made in this session"], ["a workbook saved and opened again"]])(
    "moves every date limit to the new year on %s",
    async (kind) => {
      let handle = await newXlsxPort();
      await makeWorkbench(
        handle.port,
        "file",
        async () => undefined,
        () => NOW
      ).createWorkbook({ year: 2010, demo: true }, quiet);
      // A file read back keys its validations per cell, one written in this session per range: both are cleared.
      if (kind !== "a workbook made in this session") handle = await openXlsxPort(await handle.save());
      const gridOf = (h: XlsxHandle) => h.port.run(async (s) => (await s.readSheets(["工作进度"])).get("工作进度")?.rows);
      // Compared as a reader sees the saved file (in memory, dates written this session are still serials).
      const typed = await gridOf(await openXlsxPort(await handle.save()));
      handle.workbook.getWorksheet(SETTINGS_SHEET.name)!.getCell("B2").value = 2011;
      const bench = makeWorkbench(
        handle.port,
        "file",
        async () => undefined,
        () => NOW
      );
      expect(await bench.state()).toMatchObject({ year: 2011, dateLimitYear: 2010 });

      const outcome = await bench.updateDateLimits(quiet);

      expect(outcome.ok).toBe(true);
      const reopened = await openXlsxPort(await handle.save());
      for (const [sheet, col] of DATED) {
        expect({ sheet, col, limits: [...limitsOf(modelOf(reopened, sheet), col)] }).toEqual({ sheet, col, limits: ["2011-01-01…2011-12-31"] });
      }
      expect(await gridOf(reopened)).toEqual(typed);
      expect(
        await makeWorkbench(
          reopened.port,
          "file",
          async () => undefined,
          () => NOW
        ).state()
      ).toMatchObject({ year: 2011, dateLimitYear: 2011 });
      expect(reopened.workbook.getWorksheet(META_SHEET)!.state).toBe("veryHidden");
    }
  );

  it("补齐 after 活动年度 changed makes the new sheet for the new year and points at the update for the others", async () => {
    const handle = await newXlsxPort();
    const bench = makeWorkbench(
      handle.port,
      "file",
      async () => undefined,
      () => NOW
    );
    await bench.createWorkbook({ year: 2010, demo: false }, quiet);
    handle.workbook.getWorksheet(SETTINGS_SHEET.name)!.getCell("B2").value = 2011;
    handle.workbook.removeWorksheet(handle.workbook.getWorksheet("违规记录")!.id);
    const outcome = await bench.createWorkbook({ year: 2010, demo: false }, quiet);
    expect(outcome.summary?.created).toEqual(["违规记录"]);
    expect(outcome.message).toContain("原有工作表的日期仍只接受 2010 年内的日期");
    expect(outcome.message).toContain("按新年度更新日期限制");
    const [, col] = DATED.find(([sheet]) => sheet === "违规记录")!;
    expect([...limitsOf(modelOf(handle, "违规记录"), col)]).toEqual(["2011-01-01…2011-12-31"]);
    expect(await bench.state()).toMatchObject({ year: 2011, dateLimitYear: 2010 });
  });
});
