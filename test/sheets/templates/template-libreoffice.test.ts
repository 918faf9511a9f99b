/**
 * Templates without the add-in: LibreOffice opens a template of every kind (a unit with
 * tasks and 方案报送, a town, a key section) and exports each sheet as CSV; every input
 * sheet must come out with its headers and the unit's pre-filled code.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createOperation } from "../../../src/app/create-operation";
import { distributeOperation } from "../../../src/app/distribute-operation";
import { templateBytes } from "../../../src/cli/distribute-command";
import { newXlsxPort } from "../../../src/xlsx/xlsx-port";
import { CSV_EVERY_SHEET, describeWithTool, sofficeConvert, which } from "../../support/external-tool";

const soffice = which("soffice");
const sha256 = async (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

describeWithTool(
  soffice,
  "LibreOffice opens unit templates",
  "soffice (apt-get install libreoffice-calc-nogui)"
)("unit templates in LibreOffice", () => {
  let dir: string;
  const made: { code: string; fileName: string; sheets: { name: string; headers: string[] }[] }[] = [];

  beforeAll(async () => {
    if (!soffice) throw new Error("soffice is not installed: apt-get install libreoffice-calc-nogui (required when CI=true)");
    dir = mkdtempSync(join(tmpdir(), "tisheng-lo-tpl-"));
    const master = await newXlsxPort();
    await master.port.run((s) => createOperation(s, { year: 2026, demo: true, campaignId: "f".repeat(32) }, new Date(0), () => undefined));
    const units = master.workbook.getWorksheet("单位名册")!.getSheetValues().slice(2) as unknown[][];
    const kinds = new Map<string, string>();
    for (const row of units) {
      const category = String(row[3]);
      if (!kinds.has(category)) kinds.set(category, String(row[1]));
    }
    await master.port.run((s) =>
      distributeOperation(s, {
        units: [...kinds.values()],
        now: new Date(0),
        sha256,
        record: false,
        buildTemplate: async (plan, entry) => {
          writeFileSync(join(dir, `${entry.unitCode}.xlsx`), await templateBytes(plan, entry.meta));
          const inputs = plan.sheets.filter((p) => p.visibility === "visible" && p.name !== "填表说明");
          made.push({
            code: entry.unitCode,
            fileName: `${entry.unitCode}.xlsx`,
            sheets: inputs.map((p) => ({ name: p.name, headers: p.rows[0].map(String) })),
          });
        },
      })
    );
    for (const { fileName } of made) {
      sofficeConvert(soffice, dir, CSV_EVERY_SHEET, join(dir, "csv"), [join(dir, fileName)]);
    }
  }, 300_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("makes templates of at least three kinds", () => {
    expect(made.length).toBeGreaterThanOrEqual(3);
  });

  it("exports every input sheet with its headers and the unit's code", () => {
    const files = readdirSync(join(dir, "csv"));
    for (const { code, sheets } of made) {
      for (const sheet of sheets) {
        const file = files.find((f) => f === `${code}-${sheet.name}.csv`);
        expect(file).toBeDefined();
        const lines = readFileSync(join(dir, "csv", file!), "utf8")
          .replace(/^\uFEFF/, "")
          .split(/\r?\n/);
        expect(lines[0].split(",")).toEqual(sheet.headers);
        expect(lines[1]).toContain(code);
      }
    }
  });
});
