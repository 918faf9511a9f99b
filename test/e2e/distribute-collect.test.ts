/**
 * End to end, through the real commands: the demo master → `tisheng distribute` → units fill
 * their templates as their own Excel would (exceljs typing into the unlocked cells, never our
 * writer) → `tisheng collect --out` → the merged workbook, read back cell by cell with exceljs,
 * holds exactly the expected rows; then a second collect of the same file, a newer file, a file
 * without metadata, and undo.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { undoLastCollect } from "../../src/domain/collect";
import { COLLECT_LOG_SHEET, readCollectLog } from "../../src/sheets/collect/log-sheet";
import { TEMPLATE_META_SHEET } from "../../src/sheets/template-meta";
import { openXlsxPort } from "../../src/xlsx/xlsx-port";
import { bare, makeMaster, recordsOf } from "../cli/collect-fixtures";
import { runCli } from "../cli/run-cli";
import { CSV_EVERY_SHEET, describeWithTool, sofficeConvert, which } from "../support/external-tool";
import { day, fillTemplate, readPlain, type Plain, type PlainSheet, type Typed } from "./unit-excel";

const PLANS = "方案报送";
const PROGRESS = "工作进度";
const INSPECTIONS = "自查自纠";
const SHEETS = [PLANS, PROGRESS, INSPECTIONS];
/** The column holding the unit's code on each sheet of the master. */
const CODE_HEADER: Record<string, string> = { [PLANS]: "单位编码", [PROGRESS]: "填报单位编码", [INSPECTIONS]: "单位编码" };

/** A department that leads tasks (all three sheets), a town (no 工作进度) and a key section (自查自纠 only). */
const DEPT = "B02";
const TOWN = "Z01";
const SECTION = "K001";
/** A unit whose file comes back without its metadata. */
const NO_META = "B08";

let dir: string;
let master: string;
let before: Map<string, PlainSheet>;
const templates = new Map<string, string>();

interface Json {
  ok: boolean;
  files: { file: string; unitCode: string; status: string; reason: string; rows: Record<string, number> }[];
  notSubmitted: string[];
  issues: { severity: string; file: string; sheet: string; cell: string; message: string }[];
}

/** Runs collect on `files`, writing `out` (a dry run when it is null). */
async function collect(masterPath: string, out: string | null, ...files: string[]): Promise<{ code: number; json: Json }> {
  const run = await runCli("collect", masterPath, ...files, ...(out === null ? [] : ["--out", out]), "--json");
  return { code: run.code, json: JSON.parse(run.stdout) as Json };
}

/** The sheet names of a workbook, read with exceljs. */
async function sheetNames(path: string): Promise<string[]> {
  return (await openXlsxPort(readFileSync(path))).workbook.worksheets.map((w) => w.name);
}

/** The worksheet row of a pre-listed task's empty row on a template's 工作进度 (序号 in column A, 填报日期 in D blank). */
async function taskRow(template: string, seq: number): Promise<number> {
  const ws = (await openXlsxPort(readFileSync(template))).workbook.getWorksheet(PROGRESS)!;
  for (let r = 2; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === seq && ws.getCell(r, 4).value == null) return r;
  throw new Error(`task ${seq} is not pre-listed`);
}

/** The first row of `sheet` in a template below the rows it carried (its second column, the first after the code, blank). */
async function firstBlankRow(template: string, sheet: string): Promise<number> {
  const ws = (await openXlsxPort(readFileSync(template))).workbook.getWorksheet(sheet)!;
  for (let r = 2; r <= ws.rowCount; r++) if (ws.getCell(r, 2).value == null) return r;
  throw new Error(`${sheet} has no empty row`);
}

/** `cells` typed at row 2 moved down to `row` (the first empty row of their sheet). */
const movedTo = (cells: readonly Typed[], rows: Readonly<Record<string, number>>): Typed[] =>
  cells.map(([sheet, address, value]) => [sheet, address.replace(/\d+$/, (n) => String(Number(n) - 2 + rows[sheet])), value]);

/**
 * The expected sheet: `sheet`'s rows with each unit's new rows added after its last row, or after
 * every other row when it had none (a return adds what it carries and removes nothing it did not carry).
 */
function added(sheet: PlainSheet, name: string, byUnit: ReadonlyArray<[string, Plain[][]]>): Plain[][] {
  const code = sheet.headers.indexOf(CODE_HEADER[name]);
  let rows = sheet.rows;
  for (const [unit, incoming] of byUnit) {
    const last = rows.map((r) => r[code]).lastIndexOf(unit);
    const at = last < 0 ? rows.length : last + 1;
    rows = [...rows.slice(0, at), ...incoming, ...rows.slice(at)];
  }
  return rows;
}

// What each unit types, and the master rows it should become (in the master's column order).
const deptPlan: Typed[] = [
  [PLANS, "B2", day("2010-03-01")],
  [PLANS, "C2", "市政府办公室“能力作风建设提升年”活动实施方案（正式稿）"],
];
const deptInspection: Typed[] = [
  [INSPECTIONS, "B2", "P01"],
  [INSPECTIONS, "C2", "会议文件偏多，文风不够简洁"],
  [INSPECTIONS, "D2", "求真务实"],
  [INSPECTIONS, "E2", "以会议落实会议的惯性仍在"],
  [INSPECTIONS, "F2", "压缩会议文件数量，推行短会短文"],
  [INSPECTIONS, "G2", day("2010-09-30")],
  [INSPECTIONS, "H2", "丁敏"],
  [INSPECTIONS, "I2", "已整改"],
  [INSPECTIONS, "J2", day("2010-09-15")],
];
const townCells: Typed[] = [
  [PLANS, "B2", day("2010-03-03")],
  [PLANS, "C2", "金城镇开展“能力作风建设提升年”活动实施方案"],
  [INSPECTIONS, "B2", "P01"],
  [INSPECTIONS, "C2", "便民服务中心窗口午间无人值守"],
  [INSPECTIONS, "D2", "联系群众"],
  [INSPECTIONS, "E2", "排班制度不落实"],
  [INSPECTIONS, "F2", "实行午间轮班和首问负责"],
  [INSPECTIONS, "G2", day("2010-10-31")],
  [INSPECTIONS, "H2", "周春生"],
  [INSPECTIONS, "I2", "整改中"],
  [INSPECTIONS, "B3", "P02"],
  [INSPECTIONS, "C3", "村级财务公开不及时"],
  [INSPECTIONS, "D3", "清正廉洁"],
  [INSPECTIONS, "E3", "监督检查不到位"],
  [INSPECTIONS, "F3", "按月公开村级财务，镇纪委抽查"],
  [INSPECTIONS, "G3", day("2010-11-30")],
  [INSPECTIONS, "H3", "周春生"],
  [INSPECTIONS, "I3", "未整改"],
];
const sectionCells: Typed[] = [
  [INSPECTIONS, "B2", "P01"],
  [INSPECTIONS, "C2", "项目审批材料一次告知不清"],
  [INSPECTIONS, "D2", "服务发展"],
  [INSPECTIONS, "E2", "告知清单未及时更新"],
  [INSPECTIONS, "F2", "修订一次性告知清单并上网公开"],
  [INSPECTIONS, "G2", day("2010-08-31")],
  [INSPECTIONS, "H2", "谢小平"],
  [INSPECTIONS, "I2", "已整改"],
  [INSPECTIONS, "J2", day("2010-08-20")],
];

let deptFile: string;
let merged: string;
let first: Json;
/** Rows of 工作进度 the department typed on tasks 11 and 20 (tasks 12 and 18 left as pre-listed). */
let deptProgress: Typed[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tisheng-e2e-"));
  master = await makeMaster(dir);
  const out = join(dir, "templates");
  const run = await runCli("distribute", master, "--out-dir", out, "--units", [DEPT, TOWN, SECTION, NO_META].join(","));
  expect(run.code).toBe(0);
  for (const name of readdirSync(out)) templates.set(name.split("_")[0], join(out, name));
  before = await readPlain(master, SHEETS);

  const dept = templates.get(DEPT)!;
  const [row11, row20] = [await taskRow(dept, 11), await taskRow(dept, 20)];
  deptProgress = [
    [PROGRESS, `D${row11}`, day("2010-11-15")],
    [PROGRESS, `E${row11}`, 90],
    [PROGRESS, `F${row11}`, "推进中"],
    [PROGRESS, `G${row11}`, "决策评估和合法性审查制度已印发，专家库组建中"],
    [PROGRESS, `D${row20}`, day("2010-12-01")],
    [PROGRESS, `E${row20}`, 100],
    [PROGRESS, `F${row20}`, "已完成"],
    [PROGRESS, `G${row20}`, "重点项目挂钩责任制全面落实"],
  ];
  const filled = join(dir, "filled");
  mkdirSync(filled);
  // Each template carries the unit's current rows first: new entries go in the empty rows below them.
  const blanks = async (unit: string, sheets: string[]) =>
    Object.fromEntries(await Promise.all(sheets.map(async (n) => [n, await firstBlankRow(templates.get(unit)!, n)] as const)));
  // The department's plan is already in the master: it corrects that row (one plan per unit).
  const deptRows = await blanks(DEPT, [INSPECTIONS]);
  deptFile = await fillTemplate(dept, join(filled, "B02_市政府办公室_2010.xlsx"), [
    ...deptPlan,
    ...deptProgress,
    ...movedTo(deptInspection, deptRows),
  ]);
  const town = await fillTemplate(
    templates.get(TOWN)!,
    join(filled, "Z01_金城镇_2010.xlsx"),
    movedTo(townCells, await blanks(TOWN, [PLANS, INSPECTIONS]))
  );
  const section = await fillTemplate(
    templates.get(SECTION)!,
    join(filled, "K001_市发改局投资科_2010.xlsx"),
    movedTo(sectionCells, await blanks(SECTION, [INSPECTIONS]))
  );
  merged = join(dir, "merged.xlsx");
  const result = await collect(master, merged, deptFile, town, section);
  expect(result.code).toBe(0);
  first = result.json;
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("distribute → fill → collect", () => {
  it("hands each unit the sheets it fills", async () => {
    const inputs = async (unit: string) => (await sheetNames(templates.get(unit)!)).filter((n) => SHEETS.includes(n));
    expect(await inputs(DEPT)).toEqual([PLANS, PROGRESS, INSPECTIONS]);
    expect(await inputs(TOWN)).toEqual([PLANS, INSPECTIONS]);
    expect(await inputs(SECTION)).toEqual([INSPECTIONS]);
  });

  it("merges every filled file and counts its rows", () => {
    expect(first.ok).toBe(true);
    expect(first.files.map((f) => [f.unitCode, f.status])).toEqual([
      [DEPT, "merged"],
      [TOWN, "merged"],
      [SECTION, "merged"],
    ]);
    expect(first.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(first.files[1].rows).toEqual({ added: 3, changed: 0, removed: 0, unchanged: 0 });
  });

  it("leaves the master exactly as expected: each unit's new rows added after its own (units in code order), every row kept", async () => {
    const after = await readPlain(merged, SHEETS);
    const expected: Record<string, ReadonlyArray<[string, Plain[][]]>> = {
      [PLANS]: [[TOWN, [[TOWN, "2010-03-03", "金城镇开展“能力作风建设提升年”活动实施方案"]]]],
      [PROGRESS]: [
        [
          DEPT,
          [
            [11, DEPT, "2010-11-15", 90, "推进中", "决策评估和合法性审查制度已印发，专家库组建中"],
            [20, DEPT, "2010-12-01", 100, "已完成", "重点项目挂钩责任制全面落实"],
          ],
        ],
      ],
      [INSPECTIONS]: [
        [
          DEPT,
          [
            [
              DEPT,
              "P01",
              "会议文件偏多，文风不够简洁",
              "求真务实",
              "以会议落实会议的惯性仍在",
              "压缩会议文件数量，推行短会短文",
              "2010-09-30",
              "丁敏",
              "已整改",
              "2010-09-15",
            ],
          ],
        ],
        [
          SECTION,
          [
            [
              SECTION,
              "P01",
              "项目审批材料一次告知不清",
              "服务发展",
              "告知清单未及时更新",
              "修订一次性告知清单并上网公开",
              "2010-08-31",
              "谢小平",
              "已整改",
              "2010-08-20",
            ],
          ],
        ],
        [
          TOWN,
          [
            [
              TOWN,
              "P01",
              "便民服务中心窗口午间无人值守",
              "联系群众",
              "排班制度不落实",
              "实行午间轮班和首问负责",
              "2010-10-31",
              "周春生",
              "整改中",
              null,
            ],
            [TOWN, "P02", "村级财务公开不及时", "清正廉洁", "监督检查不到位", "按月公开村级财务，镇纪委抽查", "2010-11-30", "周春生", "未整改", null],
          ],
        ],
      ],
    };
    // The department corrected its one plan in place.
    const plans = before.get(PLANS)!;
    const corrected = {
      ...plans,
      rows: plans.rows.map((r) => (r[0] === DEPT ? [DEPT, "2010-03-01", "市政府办公室“能力作风建设提升年”活动实施方案（正式稿）"] : r)),
    };
    for (const name of SHEETS) {
      const sheet = after.get(name)!;
      expect(sheet.headers).toEqual(before.get(name)!.headers);
      expect(sheet.rows).toEqual(added(name === PLANS ? corrected : before.get(name)!, name, expected[name]));
    }
  });

  it("collecting the same file again changes nothing", async () => {
    const again = join(dir, "again.xlsx");
    const run = await collect(merged, again, deptFile);
    expect(run.code).toBe(0);
    expect(run.json.files.map((f) => f.status)).toEqual(["unchanged"]);
    expect(await readPlain(again, SHEETS)).toEqual(await readPlain(merged, SHEETS));
  });

  it("a template handed out again carries the unit's rows: a change and a cleared row come back as such", async () => {
    const again = join(dir, "again-templates");
    expect((await runCli("distribute", merged, "--out-dir", again, "--units", DEPT)).code).toBe(0);
    const template = join(again, readdirSync(again)[0]);
    const carried = await readPlain(template, [PROGRESS, INSPECTIONS]);
    const reportAt = carried.get(PROGRESS)!.rows.findIndex((r) => r[3] === "2010-11-15");
    const problemAt = carried.get(INSPECTIONS)!.rows.findIndex((r) => r[1] === "P01");
    expect(reportAt).toBeGreaterThanOrEqual(0);
    expect(problemAt).toBeGreaterThanOrEqual(0);
    // The unit corrects its 90% report to 95% and clears its problem P01 (every open cell of the row).
    const newer = await fillTemplate(template, join(dir, "B02_市政府办公室_2010_修订.xlsx"), [[PROGRESS, `E${reportAt + 2}`, 95]], (wb) => {
      const ws = wb.getWorksheet(INSPECTIONS)!;
      for (let c = 2; c <= 10; c++) ws.getCell(problemAt + 2, c).value = null;
    });
    const out = join(dir, "newer.xlsx");
    const run = await collect(merged, out, newer);
    expect(run.code).toBe(0);
    expect(run.json.files[0]).toMatchObject({ status: "merged", rows: { changed: 1, removed: 1, added: 0 } });
    expect(run.json.issues.some((i) => i.severity === "warning" && i.message.includes("问题编号 P01"))).toBe(true);
    const after = await readPlain(out, SHEETS);
    const code = (name: string) => after.get(name)!.headers.indexOf(CODE_HEADER[name]);
    const deptReports = after.get(PROGRESS)!.rows.filter((r) => r[code(PROGRESS)] === DEPT);
    expect(deptReports.find((r) => r[2] === "2010-11-15")?.[3]).toBe(95);
    expect(deptReports).toHaveLength((await readPlain(merged, SHEETS)).get(PROGRESS)!.rows.filter((r) => r[code(PROGRESS)] === DEPT).length);
    expect(after.get(INSPECTIONS)!.rows.filter((r) => r[code(INSPECTIONS)] === DEPT && r[1] === "P01")).toEqual([]);
    const others = (s: Map<string, PlainSheet>) => s.get(INSPECTIONS)!.rows.filter((r) => r[code(INSPECTIONS)] !== DEPT);
    expect(others(after)).toEqual(others(await readPlain(merged, SHEETS)));
  });

  it("puts a filled file without its metadata on the 待认领 list and never merges it", async () => {
    const unclaimed = await fillTemplate(templates.get(NO_META)!, join(dir, "无标识.xlsx"), sectionCells, (wb) =>
      wb.removeWorksheet(wb.getWorksheet(TEMPLATE_META_SHEET)!.id)
    );
    const out = join(dir, "unclaimed.xlsx");
    const run = await collect(merged, out, unclaimed);
    expect(run.code).toBe(1);
    expect(run.json.files.map((f) => f.status)).toEqual(["unclaimed"]);
    expect(await readPlain(out, SHEETS)).toEqual(await readPlain(merged, SHEETS));
  });

  it("undo of the batch restores exactly the master's rows", async () => {
    const handle = await openXlsxPort(readFileSync(merged));
    const log = readCollectLog((await handle.port.run((s) => s.readSheets([COLLECT_LOG_SHEET]))).get(COLLECT_LOG_SHEET));
    const undone = undoLastCollect(await recordsOf(merged), log);
    const original = await recordsOf(master);
    for (const kind of ["plans", "progress", "inspections"] as const) expect(bare(undone.data[kind])).toEqual(bare(original[kind]));
  });
});

describe("a template saved in another format", () => {
  it.each([".xlsm", ".xls", ".et", ".csv"])("is refused as %s with “save as .xlsx”", async (ext) => {
    const path = join(dir, `${TOWN}_金城镇_2010${ext}`);
    copyFileSync(templates.get(TOWN)!, path);
    const run = await collect(master, null, path);
    expect(run.code).toBe(1);
    expect(run.json.files[0].status).toBe("refused");
    expect(run.json.files[0].reason).toContain(`${ext} 格式`);
    expect(run.json.files[0].reason).toContain("另存为”Excel 工作簿（.xlsx）");
  });
});

const soffice = which("soffice");
describeWithTool(
  soffice,
  "LibreOffice opens the merged workbook",
  "soffice (apt-get install libreoffice-calc-nogui)"
)("LibreOffice opens the merged workbook", () => {
  it("and reads the merged rows with their dates", () => {
    if (!soffice) throw new Error("soffice is not installed: apt-get install libreoffice-calc-nogui (required when CI=true)");
    const csv = join(dir, "csv");
    sofficeConvert(soffice, dir, CSV_EVERY_SHEET, csv, [merged]);
    const lines = readFileSync(join(csv, `merged-${INSPECTIONS}.csv`), "utf8")
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/);
    expect(lines[0]).toBe("单位编码,问题编号,问题描述,问题类别,原因剖析,整改措施,整改时限,责任人,整改状态,完成日期");
    expect(lines).toContain("Z01,P02,村级财务公开不及时,清正廉洁,监督检查不到位,按月公开村级财务，镇纪委抽查,2010-11-30,周春生,未整改,");
  }, 200_000);
});
