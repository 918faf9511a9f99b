/**
 * Issue 17 item 6: every output opens in every tool, whoever saved the input. The demo
 * master as exceljs, openpyxl (r: declared on each <sheet>; also in the 1904 date system),
 * SheetJS and LibreOffice save it, and rewritten the ways the standard allows (x: for
 * SpreadsheetML, another relationships prefix, no r attributes, inline strings, shared
 * formulas), goes through rank --out, report --out and collect --out. Each input reads the
 * same ranking as the original; each output parses namespace-aware, opens in openpyxl and
 * LibreOffice, and keeps the input sheets' values (compared by openpyxl, not by our reader);
 * the sheets written into a 1904 workbook read the same as in a 1900 one (dates: result-workbook-1904.test.ts).
 * Strict Open XML reads the same and is refused for writing in one line.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { describeWithTool, sofficeConvert, which } from "../support/external-tool";
import {
  inlineStrings,
  prefixedSpreadsheetMl,
  pythonWithOpenpyxl,
  relationshipsPrefix,
  rewriteParts,
  sharedFormulas,
  strictOpenXml,
  viaExcelJs,
  viaOpenpyxl,
  viaSheetJs,
  withoutPositions,
} from "../support/producers";
import { runCli } from "../cli/run-cli";

const soffice = which("soffice");
const python = pythonWithOpenpyxl();

/** The sheets each command writes (the others are input sheets and must keep their values). */
const WRITTEN = ["排名结果", "问责名单", "校验结果", "校验标记", "工作看板", "报送情况", "汇总记录"];

let dir: string;
let demo: string;
let template: string;
const inputs = new Map<string, string>();
/** Output file → its input, for the openpyxl and LibreOffice checks at the end. */
const outputs = new Map<string, string>();

/** The ranking a file reads as (the JSON of rank, without the file's name). */
async function ranking(path: string): Promise<unknown> {
  const run = await runCli("rank", path, "--json");
  expect(run.stderr).toBe("");
  const json = JSON.parse(run.stdout) as Record<string, unknown>;
  delete json.file;
  return json;
}

/** Every XML part of a package parsed namespace-aware; the parts that fail, with the error. */
async function namespaceErrors(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const errors: string[] = [];
  for (const file of Object.values(zip.files)) {
    if (file.dir || !/\.(xml|rels)$/.test(file.name)) continue;
    const parser = new SaxesParser({ xmlns: true });
    parser.on("error", (e) => errors.push(`${file.name}: ${e.message}`));
    try {
      parser.write(await file.async("string")).close();
    } catch (e) {
      errors.push(`${file.name}: ${(e as Error).message}`);
    }
  }
  return errors;
}

describeWithTool(
  soffice && python,
  "files saved by other tools, through every zip-level writer",
  "LibreOffice (soffice) and python3-openpyxl"
)("files saved by other tools, through every zip-level writer", () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "tisheng-producers-"));
    demo = join(dir, "excel-style.xlsx");
    expect((await runCli("init", demo, "--demo")).code).toBe(0);
    const original = new Uint8Array(readFileSync(demo));
    mkdirSync(join(dir, "lo"));
    sofficeConvert(soffice!, dir, "xlsx", join(dir, "lo"), [demo]);
    const made: [string, Uint8Array | Promise<Uint8Array>][] = [
      ["excel-style", original],
      ["exceljs", viaExcelJs(original)],
      ["openpyxl", viaOpenpyxl(python!, demo, join(dir, "op.tmp.xlsx"))],
      ["openpyxl-1904", viaOpenpyxl(python!, demo, join(dir, "op1904.tmp.xlsx"), true)],
      ["sheetjs", viaSheetJs(original)],
      ["libreoffice", readFileSync(join(dir, "lo", "excel-style.xlsx"))],
      ["prefix-x", rewriteParts(original, /^xl\/.*\.xml$/, prefixedSpreadsheetMl)],
      ["prefix-rel", rewriteParts(original, /^xl\/workbook\.xml$/, (xml) => relationshipsPrefix(xml, "rel"))],
      ["no-positions", rewriteParts(original, /worksheets\/sheet\d+\.xml$/, withoutPositions)],
      ["inline-strings", inlineStrings(original)],
      ["shared-formulas", sharedFormulas(original, "xl/worksheets/sheet10.xml", "D")],
    ];
    for (const [name, bytes] of made) {
      const path = join(dir, `${name}.xlsx`);
      if (name !== "excel-style") writeFileSync(path, await bytes);
      inputs.set(name, path);
    }
    const out = join(dir, "templates");
    mkdirSync(out);
    expect((await runCli("distribute", demo, "--out-dir", out)).code).toBe(0);
    template = join(out, readdirSync(out).sort()[0]);
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads every producer's file as the same ranking (the 1904 dates, inline strings, x: and unnumbered cells read right)", async () => {
    const expected = await ranking(demo);
    for (const [name, path] of inputs) expect({ name, ranking: await ranking(path) }).toEqual({ name, ranking: expected });
  }, 120_000);

  it.each([
    [
      "rank",
      [
        "excel-style",
        "exceljs",
        "openpyxl",
        "openpyxl-1904",
        "sheetjs",
        "libreoffice",
        "prefix-x",
        "prefix-rel",
        "no-positions",
        "inline-strings",
        "shared-formulas",
      ],
    ],
    ["report", ["excel-style", "openpyxl", "openpyxl-1904", "prefix-x", "prefix-rel", "libreoffice"]],
    ["collect", ["openpyxl", "prefix-x", "prefix-rel", "libreoffice"]],
  ])(
    "%s --out writes well-formed, namespace-correct XML for files saved by each producer",
    async (command, producers) => {
      for (const name of producers) {
        const input = inputs.get(name)!;
        const out = join(dir, `${command}-${name}.out.xlsx`);
        const args = command === "collect" ? [input, template, "--out", out] : [input, "--out", out];
        const run = await runCli(command, ...args);
        expect({ name, stderr: run.stderr, written: existsSync(out) }).toEqual({ name, stderr: "", written: true });
        expect({ name, errors: await namespaceErrors(readFileSync(out)) }).toEqual({ name, errors: [] });
        outputs.set(out, input);
      }
    },
    240_000
  );

  it("every output opens in openpyxl with every input sheet's values, and in LibreOffice", () => {
    expect(outputs.size).toBe(21);
    const script = `
import json, sys, openpyxl
written = set(json.loads(sys.argv[1]))
pairs = json.loads(sys.argv[2])
def values(path):
    wb = openpyxl.load_workbook(path, read_only=True)
    return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets if ws.title not in written}
cache = {}
report = {}
for out, inp in pairs:
    if inp not in cache: cache[inp] = values(inp)
    got = values(out)
    report[out] = [name for name, rows in cache[inp].items() if got.get(name) != rows]
# The sheets written into a 1904 workbook read the same as those written into a 1900 one.
def written_values(path):
    wb = openpyxl.load_workbook(path, read_only=True)
    return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets if ws.title in written or ws.title.startswith("督查通报")}
a, b = written_values(sys.argv[3]), written_values(sys.argv[4])
report["1904"] = [name for name in a if a[name] != b.get(name)] + ([] if a else ["nothing written"])
print(json.dumps(report, default=str))
`;
    const [report1900, report1904] = ["excel-style", "openpyxl-1904"].map((name) => join(dir, `report-${name}.out.xlsx`));
    const args = ["-c", script, JSON.stringify(WRITTEN), JSON.stringify([...outputs]), report1900, report1904];
    const report = JSON.parse(execFileSync(python!, args, { encoding: "utf8", maxBuffer: 1 << 26 })) as Record<string, string[]>;
    expect(report["1904"]).toEqual([]);
    for (const out of outputs.keys()) expect({ out: basename(out), changed: report[out] }).toEqual({ out: basename(out), changed: [] });
    const converted = join(dir, "converted");
    mkdirSync(converted);
    // One LibreOffice run for every output: a file it cannot load gives no csv.
    sofficeConvert(soffice!, dir, "csv", converted, [...outputs.keys()], 600_000);
    const made = new Set(readdirSync(converted));
    for (const out of outputs.keys())
      expect({ out: basename(out), opened: made.has(basename(out).replace(/\.xlsx$/, ".csv")) }).toEqual({ out: basename(out), opened: true });
  }, 900_000);

  it("reads Strict Open XML as the same ranking, and refuses to write a result on it in one Chinese line", async () => {
    const strict = join(dir, "strict.xlsx");
    writeFileSync(strict, await strictOpenXml(new Uint8Array(readFileSync(demo))));
    expect(await ranking(strict)).toEqual(await ranking(demo));
    const run = await runCli("rank", strict, "--out", join(dir, "strict-out.xlsx"));
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/Strict Open XML.*另存为/)]);
    expect(existsSync(join(dir, "strict-out.xlsx"))).toBe(false);
  }, 120_000);
});
