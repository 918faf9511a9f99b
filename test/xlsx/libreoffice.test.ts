/**
 * An independent reader: LibreOffice opens the generated standard workbook and saves it
 * as .xlsx; the copy must still hold every sheet, header, dropdown, limit, protection
 * and the 28 traced tasks. Protection is checked in the raw XML LibreOffice wrote,
 * because exceljs misreads the protection of files LibreOffice saved (TOOLCHAIN.md).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createOperation } from "../../src/app/create-operation";
import { defaultSettings } from "../../src/domain/settings";
import { CONTRACT_SHEETS, INSTRUCTIONS_SHEET, LIST_SHEET, META_SHEET, SCORES_SHEET } from "../../src/sheets/contract";
import { scoreValidation } from "../../src/sheets/validations";
import { readCampaign } from "../../src/sheets/read/read-campaign";
import { newXlsxPort, openXlsxPort } from "../../src/xlsx/xlsx-port";
import { describeWithTool, sofficeConvert, which } from "../support/external-tool";

const soffice = which("soffice");

describeWithTool(
  soffice,
  "LibreOffice round trip",
  "soffice (apt-get install libreoffice-calc-nogui)"
)("LibreOffice reads the standard workbook", () => {
  let dir: string;
  let converted: Uint8Array;

  beforeAll(async () => {
    if (!soffice) throw new Error("soffice is not installed: apt-get install libreoffice-calc-nogui (required when CI=true)");
    dir = mkdtempSync(join(tmpdir(), "tisheng-lo-"));
    const handle = await newXlsxPort();
    await handle.port.run((s) => createOperation(s, { year: 2010, demo: true }, new Date(0), () => undefined));
    writeFileSync(join(dir, "book.xlsx"), await handle.save());
    sofficeConvert(soffice, dir, "xlsx", join(dir, "out"), [join(dir, "book.xlsx")]);
    converted = readFileSync(join(dir, "out", "book.xlsx"));
  }, 240_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps every sheet and every contract header", async () => {
    const handle = await openXlsxPort(converted);
    const names = handle.workbook.worksheets.map((ws) => ws.name);
    expect(names).toEqual([INSTRUCTIONS_SHEET, ...CONTRACT_SHEETS.map((s) => s.name), LIST_SHEET, META_SHEET]);
    const grids = await handle.port.run((s) => s.readSheets(names));
    for (const schema of CONTRACT_SHEETS) {
      expect(grids.get(schema.name)?.rows[0]?.slice(0, schema.columns.length)).toEqual(schema.columns.map((c) => c.header));
    }
    expect(handle.workbook.getWorksheet(LIST_SHEET)?.state).toBe("hidden");
  });

  it("keeps a dropdown on every enumerated column and limits on number and date columns", async () => {
    const handle = await openXlsxPort(converted);
    for (const schema of CONTRACT_SHEETS.filter((s) => s.name !== "参数设置")) {
      const ws = handle.workbook.getWorksheet(schema.name)!;
      const model = (ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: unknown[] }> } }).dataValidations.model;
      schema.columns.forEach((column, i) => {
        const letter = String.fromCharCode(65 + i);
        const rule = model[`${letter}2`];
        const expected = column.list
          ? "list"
          : column.type === "integer"
            ? "whole"
            : column.type === "number"
              ? "decimal"
              : column.type === "date"
                ? "date"
                : column.type === "score"
                  ? "custom"
                  : // A free-text column with a hint shows it through a prompt that accepts any text.
                    column.hint
                    ? "custom"
                    : undefined;
        expect({ sheet: schema.name, header: column.header, type: rule?.type }).toEqual({
          sheet: schema.name,
          header: column.header,
          type: expected,
        });
        if (expected === "list") expect(String(rule.formulae[0])).toMatch(/!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/);
        if (expected === "custom" && column.type === "score") expect(String(rule.formulae[0])).toContain(`ISNUMBER(${letter}2)`);
        // LibreOffice saves the always-true prompt formula TRUE as 1.
        if (expected === "custom" && column.type !== "score") expect(String(rule.formulae[0])).toMatch(/^(TRUE|1)$/);
      });
    }
  });

  it("computes 得分's custom rule as intended: 0–100 and the three grade words pass, anything else fails", async () => {
    const settings = defaultSettings(2010);
    const column = SCORES_SHEET.columns.find((c) => c.type === "score")!;
    const { rule } = scoreValidation(column, "A2:A20", settings);
    if (rule.type !== "custom") throw new Error("得分 should have a custom rule");
    const cases: [string | number, boolean][] = [
      [0, true],
      [100, true],
      [87.5, true],
      ["满意", true],
      ["基本满意", true],
      ["不满意", true],
      [-1, false],
      [100.5, false],
      ["九十", false],
      ["较满意", false],
      ["90", false],
    ];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("t");
    ws.getCell("A1").value = "得分";
    cases.forEach(([value], i) => {
      ws.getCell(`A${i + 2}`).value = value;
      // The rule is written for A2; each row's copy refers to its own cell, as the validation does.
      ws.getCell(`B${i + 2}`).value = { formula: rule.formula.slice(1).replace(/A2\b/g, `A${i + 2}`) } as ExcelJS.CellFormulaValue;
    });
    writeFileSync(join(dir, "score.xlsx"), Buffer.from(await wb.xlsx.writeBuffer()));
    sofficeConvert(soffice!, dir, "csv", join(dir, "csv"), [join(dir, "score.xlsx")]);
    const lines = readFileSync(join(dir, "csv", "score.csv"), "utf8")
      .trim()
      .split(/\r?\n/)
      .slice(1);
    expect(lines.map((l) => l.split(",")[1])).toEqual(cases.map(([, ok]) => (ok ? "TRUE" : "FALSE")));
  }, 240_000);

  it("keeps protection: protected sheets with locked headers and unlocked input cells", async () => {
    const zip = await JSZip.loadAsync(converted);
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const styles = await zip.file("xl/styles.xml")!.async("string");
    const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "").matchAll(/<xf\b[^>]*\/>|<xf\b[^>]*>[\s\S]*?<\/xf>/g)].map(
      (m) => m[0]
    );
    const locked = (xml: string, ref: string) => {
      const style = Number(new RegExp(`<c r="${ref}"[^>]*\\bs="(\\d+)"`).exec(xml)?.[1] ?? 0);
      return !/<protection[^>]*locked="(false|0)"/.test(xfs[style] ?? "");
    };
    for (const schema of CONTRACT_SHEETS.filter((s) => s.protect)) {
      const rid = new RegExp(`<sheet name="${schema.name}"[^>]*r:id="(rId\\d+)"`).exec(workbook)![1];
      const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
      const xml = await zip.file(`xl/${target.replace(/^\/?xl\//, "")}`)!.async("string");
      expect({ sheet: schema.name, protectedSheet: /<sheetProtection[^>]*sheet="(true|1)"/.test(xml) }).toEqual({
        sheet: schema.name,
        protectedSheet: true,
      });
      expect({ sheet: schema.name, headerLocked: locked(xml, "A1") }).toEqual({ sheet: schema.name, headerLocked: true });
      const input = schema.columns.findIndex((c) => !c.locked);
      const ref = `${String.fromCharCode(65 + input)}2`;
      expect({ sheet: schema.name, inputLocked: locked(xml, ref) }).toEqual({ sheet: schema.name, inputLocked: false });
    }
  });

  it("keeps the 28 key tasks with their sources and the demo records", async () => {
    const handle = await openXlsxPort(converted);
    const grids = await handle.port.run((s) => s.readSheets(CONTRACT_SHEETS.map((c) => c.name)));
    const read = readCampaign(grids);
    expect(read.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(read.data.tasks.map((t) => t.seq)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    expect(read.data.tasks.every((t) => t.source.startsWith("三(") && t.lead !== "")).toBe(true);
    expect(read.data.units.filter((u) => u.category === "重点科室")).toHaveLength(100);
  });
});
