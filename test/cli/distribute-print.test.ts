/**
 * A unit's template prints as a form: through LibreOffice to PDF, Z01's template (made by
 * `tisheng distribute`, at the zip level, and by exceljs as the pane makes it) is A4 on at
 * most five pages, 填表说明 whole on the first, and every page of a sheet starts with its header.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeWithTool, sofficeConvert, which } from "../support/external-tool";
import { runCli } from "./run-cli";
import { demoCampaign } from "../../src/demo";
import { defaultSettings } from "../../src/domain/settings";
import { unitTemplatePlan } from "../../src/sheets/templates/unit-template";
import { TEMPLATE_KIND, TEMPLATE_SCHEMA_VERSION, type TemplateMeta } from "../../src/sheets/template-meta";
import { templateBytes } from "../../src/xlsx/collect-files";

const squeeze = (text: string) => text.replace(/\s+/g, "");
const soffice = which("soffice");

describeWithTool(
  soffice && which("pdftotext"),
  "templates printed as forms",
  "LibreOffice and poppler-utils (pdftotext)"
)("templates printed as forms", () => {
  let dir: string;
  const pages = new Map<string, string[]>();
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "tisheng-form-"));
    const master = join(dir, "demo.xlsx");
    expect((await runCli("init", master, "--demo")).code).toBe(0);
    expect((await runCli("distribute", master, "--out-dir", join(dir, "zip"), "--units", "Z01")).code).toBe(0);
    const zipLevel = join(dir, "zip", readdirSync(join(dir, "zip"))[0]);
    // The same unit's template as the pane makes it: its plan applied by exceljs.
    const byExceljs = join(dir, "exceljs.xlsx");
    writeFileSync(byExceljs, await templateBytes(z01Plan(), META));
    sofficeConvert(soffice!, dir, "pdf", join(dir, "pdf"), [zipLevel, byExceljs]);
    for (const [key, file] of [
      ["zip", zipLevel],
      ["exceljs", byExceljs],
    ]) {
      const pdf = join(
        dir,
        "pdf",
        file
          .split("/")
          .pop()!
          .replace(/\.xlsx$/, ".pdf")
      );
      const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
      expect(execFileSync("pdfinfo", [pdf], { encoding: "utf8" })).toMatch(/Page size:\s+(595\.\d+ x 841\.\d+|841\.\d+ x 595\.\d+) pts/);
      pages.set(
        key,
        text.split("\f").filter((p) => p.trim() !== "")
      );
    }
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(["zip", "exceljs"])("%s: prints Z01's template on at most five A4 pages, 填表说明 whole on the first", (key) => {
    const printed = pages.get(key)!;
    expect(printed.length).toBeLessThanOrEqual(5);
    expect(squeeze(printed[0])).toContain("填报模板");
    expect(squeeze(printed[0])).toContain("重新报送");
    expect(printed.slice(1).some((p) => squeeze(p).includes("重新报送"))).toBe(false);
  });

  it.each(["zip", "exceljs"])("%s: starts every page of an input sheet with its header row", (key) => {
    for (const page of pages.get(key)!.slice(1)) {
      const first = squeeze(page.split("\n").find((l) => l.trim() !== "")!);
      expect(first).toMatch(/^单位编码/);
    }
  });
});

const META: TemplateMeta = {
  campaignId: "a".repeat(32),
  year: 2010,
  unitCode: "Z01",
  kind: TEMPLATE_KIND,
  schemaVersion: TEMPLATE_SCHEMA_VERSION,
  createdAt: "2010-02-20 09:30",
  headerHash: "0".repeat(64),
};

/** Z01's template plan from the demo campaign (the master `init --demo` writes). */
function z01Plan() {
  const settings = defaultSettings(2010);
  const data = demoCampaign(settings);
  const unit = data.units.find((u) => u.code === "Z01")!;
  return unitTemplatePlan({ unit, tasks: data.tasks, settings }, META);
}
