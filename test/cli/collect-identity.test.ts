/**
 * Whose file it is: the template's metadata decides the unit, and a file whose name names another
 * unit of the roster is a conflict naming both (Z10 filled Z01's template and saved it as
 * Z10_开发区_2010.xlsx); a template whose 模板信息 sheet was deleted is still known by the
 * document's custom properties; a deleted sheet is refused with the sheet named, a moved column read by header.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readdirSync } from "node:fs";
import { TEMPLATE_META_SHEET } from "../../src/sheets/template-meta";
import { makeMaster, recordsOf } from "./collect-fixtures";
import { runCli } from "./run-cli";
import { fillFirstProgress } from "./collect-fixtures";

let dir: string;
let master: string;
let templates: Map<string, string>;
let units: { code: string; name: string }[];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tisheng-collect-identity-"));
  master = await makeMaster(dir);
  const data = await recordsOf(master);
  // Two lead units (their templates have 工作进度), then a town.
  const leads = data.units.filter((u) => data.tasks.some((t) => t.lead === u.code || t.lead === u.name));
  units = [leads[0], leads[1]];
  const out = join(dir, "templates");
  expect((await runCli("distribute", master, "--out-dir", out, "--units", units.map((u) => u.code).join(","))).code).toBe(0);
  templates = new Map(readdirSync(out).map((n) => [n.split("_")[0], join(out, n)]));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Json {
  files: { file: string; unitCode: string; status: string; reason: string }[];
}
const collect = async (...files: string[]) => JSON.parse((await runCli("collect", master, ...files, "--json")).stdout) as Json;

/** The template of `unit` filled (one progress report), re-saved with `edit`, written as `name`. */
async function filled(unit: string, name: string, edit?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const bytes = new Uint8Array(await fillFirstProgress(readFileSync(templates.get(unit)!), "已召开专题会议部署"));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  edit?.(wb);
  const path = join(dir, name);
  writeFileSync(path, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return path;
}

it("Z10: a file named for another unit of the roster is a conflict naming both, never merged as either", async () => {
  const [own, other] = units;
  const path = await filled(own.code, `${other.code}_${other.name}_2010.xlsx`);
  const run = await collect(path);
  expect(run.files[0]).toMatchObject({ status: "conflict", unitCode: own.code });
  expect(run.files[0].reason).toContain(own.code);
  expect(run.files[0].reason).toContain(`${other.code} ${other.name}`);
  // Its own name (or a copy suffix) is fine.
  const fine = await filled(own.code, `${own.code}_${own.name}_2010 (1).xlsx`);
  expect((await collect(fine)).files[0].status).toBe("merged");
});

it("a template whose 模板信息 sheet was deleted is still known by its custom properties", async () => {
  const [own] = units;
  const path = await filled(own.code, `${own.code}_无信息表.xlsx`, (wb) => wb.removeWorksheet(wb.getWorksheet(TEMPLATE_META_SHEET)!.id));
  // exceljs drops custom properties it does not know on save: put the template's own back, as Excel keeps them.
  const original = await import("jszip").then((z) => z.default.loadAsync(readFileSync(templates.get(own.code)!)));
  const edited = await import("jszip").then((z) => z.default.loadAsync(readFileSync(path)));
  edited.file("docProps/custom.xml", await original.file("docProps/custom.xml")!.async("uint8array"));
  const types = await edited.file("[Content_Types].xml")!.async("string");
  if (!types.includes("/docProps/custom.xml"))
    edited.file(
      "[Content_Types].xml",
      types.replace(
        "</Types>",
        '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'
      )
    );
  writeFileSync(path, await edited.generateAsync({ type: "uint8array" }));
  const run = await collect(path);
  expect(run.files[0]).toMatchObject({ unitCode: own.code, status: "merged" });
});

it("a deleted sheet is refused with the sheet named; a moved column is read by its header", async () => {
  const [own] = units;
  const deleted = await filled(own.code, `${own.code}_删表.xlsx`, (wb) => wb.removeWorksheet(wb.getWorksheet("自查自纠")!.id));
  const refused = (await collect(deleted)).files[0];
  expect(refused.status).toBe("refused");
  expect(refused.reason).toContain("找不到「自查自纠」工作表");
  const moved = await filled(own.code, `${own.code}_移列.xlsx`, (wb) => {
    const ws = wb.getWorksheet("工作进度")!;
    // The unit drags 进展情况 (the last column) to column H: the header moves with its cells.
    ws.getColumn(8).values = ws.getColumn(7).values;
    ws.getColumn(7).values = [];
  });
  expect((await collect(moved)).files[0].status).toBe("merged");
});
