/** `tisheng collect` refuses, each with one reason, every file it must not merge; the good file of the batch still merges. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CollectRecords } from "../../src/domain/collect";
import type { CampaignData } from "../../src/domain/types";
import { openXlsxPort } from "../../src/xlsx/xlsx-port";
import { makeMaster, recordsOf, unitRecords, writeUnitFile } from "./collect-fixtures";
import { runCli } from "./run-cli";

let dir: string;
let master: string;
let data: CampaignData;
let unit: string;
let other: string;
let own: CollectRecords;
interface FileJson {
  file: string;
  status: string;
  reason: string;
}
let files: Map<string, FileJson>;
let issues: { severity: string; file: string; sheet: string; cell: string; message: string }[];
let code: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tisheng-collect-refuse-"));
  master = await makeMaster(dir);
  data = await recordsOf(master);
  const full = data.units.filter((u) => (["plans", "progress", "inspections"] as const).every((k) => data[k].some((r) => r.unitCode === u.code)));
  [unit, other] = full.map((u) => u.code);
  own = unitRecords(data, unit);
  const at = (name: string) => join(dir, name);
  const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
  writeFileSync(at("old.xls"), ole);
  writeFileSync(at("wps.et"), ole);
  writeFileSync(at("renamed.xlsx"), ole);
  writeFileSync(at("table.csv"), "单位编码,方案名称\n");
  writeFileSync(at("broken.xlsx"), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]));
  await writeUnitFile(at("macro.xlsm"), unit, own);
  await writeUnitFile(at("other-campaign.xlsx"), unit, own, { meta: { campaignId: "someone-else" } });
  await writeUnitFile(at("other-year.xlsx"), unit, own, { meta: { year: 2011 } });
  const planHeaders = ["单位编码", "方案名称", "报送日期"];
  await writeUnitFile(at("moved.xlsx"), unit, own, { headers: { plans: planHeaders } });
  const inspectionHeaders = ["单位编码", "问题序号", "问题描述", "问题类别", "原因剖析", "整改措施", "整改时限", "责任人", "整改状态", "完成日期"];
  await writeUnitFile(at("renamed-header.xlsx"), unit, own, { headers: { inspections: inspectionHeaders } });
  const progressHeaders = ["序号", "填报单位编码", "填报日期", "进度(%)", "进展情况"];
  await writeUnitFile(at("removed-header.xlsx"), unit, own, { headers: { progress: progressHeaders } });
  await writeUnitFile(at("foreign-rows.xlsx"), unit, { ...own, plans: [...own.plans, { ...own.plans[0], unitCode: other, title: "代报方案" }] });
  await writeUnitFile(at("no-meta.xlsx"), unit, own, { meta: null });
  await writeUnitFile(at("bad-cell.xlsx"), unit, own, { cells: [["progress", "D2", 150]] });
  await writeUnitFile(at("warned.xlsx"), other, {
    ...unitRecords(data, other),
    plans: unitRecords(data, other).plans.map((p) => ({ ...p, date: "2010-04-20" })),
  });
  await writeUnitFile(at("prefilled.xlsx"), full[2].code, unitRecords(data, full[2].code), { prefilled: 5 });
  const run = await runCli("collect", master, dir, "--json");
  code = run.code;
  const parsed = JSON.parse(run.stdout) as { files: FileJson[]; issues: typeof issues };
  files = new Map(parsed.files.map((f) => [f.file, f]));
  issues = parsed.issues;
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("collect refusals", () => {
  it("exits 1 and still merges the good file, listing its warnings", () => {
    expect(code).toBe(1);
    expect(files.get("warned.xlsx")?.status).toBe("merged");
    expect(issues.some((i) => i.file === "warned.xlsx" && i.severity === "warning" && i.sheet === "方案报送" && /^B\d+$/.test(i.cell))).toBe(true);
  });

  it.each([
    ["old.xls", /\.xls 格式.*另存为/],
    ["table.csv", /\.csv 格式.*另存为/],
    ["wps.et", /\.et 格式.*另存为/],
    ["macro.xlsm", /\.xlsm 格式.*另存为/],
    ["renamed.xlsx", /旧版 \.xls\/\.et 格式.*另存为/],
    ["broken.xlsx", /不是有效的 \.xlsx 工作簿.*未汇总/],
    ["other-campaign.xlsx", /活动标识不一致/],
    ["other-year.xlsx", /2011 年度.*2010 年度/],
    ["renamed-header.xlsx", /「自查自纠」找不到“问题编号”列/],
    ["removed-header.xlsx", /「工作进度」找不到“状态”列/],
    ["foreign-rows.xlsx", /「方案报送」第 \d+ 行的单位编码是 \S+，不是本单位/],
    ["bad-cell.xlsx", /1 处错误/],
  ])("refuses %s with one reason", (file, reason) => {
    const f = files.get(file);
    expect(f?.status).toBe("refused");
    expect(f?.reason).toMatch(reason);
  });

  it("reads a moved column by its header: the file is not refused for it", () => {
    expect(files.get("moved.xlsx")?.status).not.toBe("refused");
  });

  it("puts a file without metadata on the 待认领 list", () => {
    expect(files.get("no-meta.xlsx")?.status).toBe("unclaimed");
    expect(files.get("no-meta.xlsx")?.reason).toMatch(/待认领，未汇总/);
  });

  it("names the file, sheet and cell of an error", () => {
    expect(issues).toContainEqual(expect.objectContaining({ severity: "error", file: "bad-cell.xlsx", sheet: "工作进度", cell: "D2" }));
  });
});

describe("collect inputs", () => {
  it("skips the rows a unit left as the template pre-filled them (its code, 序号)", () => {
    expect(files.get("prefilled.xlsx")?.status).toBe("unchanged");
  });

  it("leaves out the master itself when it sits among the returned files", () => {
    expect(files.has("master.xlsx")).toBe(false);
  });
});

describe("--return-dir", () => {
  it("writes, per refused file, a workbook listing what to fix, with the cell of each error", async () => {
    const returns = join(dir, "returns");
    mkdirSync(returns);
    const run = await runCli("collect", master, join(dir, "bad-cell.xlsx"), join(dir, "old.xls"), "--return-dir", returns);
    expect(run.code).toBe(1);
    expect(readdirSync(returns).sort()).toEqual(["bad-cell_退回说明.xlsx", "old_退回说明.xlsx"]);
    const handle = await openXlsxPort(readFileSync(join(returns, "bad-cell_退回说明.xlsx")));
    const ws = handle.workbook.getWorksheet("退回说明")!;
    expect(String(ws.getCell("B3").value)).toContain("1 处错误");
    expect([ws.getCell("A7").value, ws.getCell("B7").value]).toEqual(["工作进度", "D2"]);
  });

  it("is a usage error when the folder does not exist", async () => {
    expect((await runCli("collect", master, join(dir, "old.xls"), "--return-dir", join(dir, "nowhere"))).code).toBe(2);
  });
});
