/** `tisheng collect` end to end: demo master → units' files (built through exceljs) → collect → the merged master's rows. */
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CollectRecords } from "../../src/domain/collect";
import type { CampaignData } from "../../src/domain/types";
import { openXlsxPort } from "../../src/xlsx/xlsx-port";
import { bare, makeMaster, recordsOf, unitRecords, writeUnitFile } from "./collect-fixtures";
import { runCli } from "./run-cli";

let dir: string;
let master: string;
let data: CampaignData;
/** Two units that have rows on all three sheets in the demo. */
let unitA: string;
let unitB: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tisheng-collect-"));
  master = await makeMaster(dir);
  data = await recordsOf(master);
  const full = data.units.filter((u) => KINDS_ALL.every((k) => data[k].some((r) => r.unitCode === u.code)));
  [unitA, unitB] = full.map((u) => u.code);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const KINDS_ALL = ["plans", "progress", "inspections"] as const;
const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
let n = 0;
const fresh = (name: string) => {
  const d = join(dir, `case${n++}`);
  mkdirSync(d);
  return join(d, name);
};

/** A's file: one progress row changed, one inspection added, the plan kept. */
function editedA(): CollectRecords {
  const own = unitRecords(data, unitA);
  const progress = own.progress.map((p, i) => (i === 0 ? { ...p, notes: "已完成第一阶段工作（单位更新）" } : p));
  const extra = { ...own.inspections[0], problemId: "ZZ-99", description: "新发现的问题：窗口服务不规范" };
  return { plans: own.plans, progress, inspections: [...own.inspections, extra] };
}

interface Json {
  ok: boolean;
  files: { file: string; unitCode: string; status: string; reason: string; rows: Record<string, number> }[];
  notSubmitted: string[];
  issues: { severity: string; file: string; sheet: string; cell: string; rule: string; message: string }[];
}
const json = (stdout: string) => JSON.parse(stdout) as Json;

describe("tisheng collect", () => {
  it("merges each unit's rows, leaves every other unit's rows untouched, and never modifies the master", async () => {
    const before = sha(master);
    const a = await writeUnitFile(fresh("A.xlsx"), unitA, editedA(), { base: unitRecords(data, unitA) });
    const ownB = unitRecords(data, unitB);
    const b = await writeUnitFile(
      fresh("B.xlsx"),
      unitB,
      { ...ownB, plans: [{ ...ownB.plans[0], title: "乙单位实施方案（修订稿）" }] },
      { base: ownB }
    );
    const out = join(dir, "merged.xlsx");
    const run = await runCli("collect", master, a, b, "--out", out, "--json");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const result = json(run.stdout);
    expect(result.files.map((f) => [f.unitCode, f.status])).toEqual([
      [unitA, "merged"],
      [unitB, "merged"],
    ]);
    expect(result.files[0].rows).toEqual({
      added: 1,
      changed: 1,
      removed: 0,
      unchanged: unitRecords(data, unitA).progress.length - 1 + unitRecords(data, unitA).plans.length + unitRecords(data, unitA).inspections.length,
    });
    expect(sha(master)).toBe(before);
    const merged = await recordsOf(out);
    const expectA = editedA();
    for (const kind of KINDS_ALL) {
      expect(bare(merged[kind].filter((r) => r.unitCode === unitA))).toEqual(bare(expectA[kind]));
      const others = (d: CampaignData) => bare(d[kind].filter((r) => r.unitCode !== unitA && r.unitCode !== unitB));
      expect(others(merged)).toEqual(others(data));
    }
    expect(merged.plans.find((p) => p.unitCode === unitB)?.title).toBe("乙单位实施方案（修订稿）");
    const handle = await openXlsxPort(readFileSync(out));
    expect(handle.workbook.getWorksheet("汇总记录")?.state).toBe("hidden");
    const status = handle.workbook.getWorksheet("报送情况")!;
    const rowOfA = status.getRows(1, status.rowCount)!.find((r) => r.getCell(1).value === unitA)!;
    expect(String(rowOfA.getCell(4).value)).toContain("已报送（2010-12-20，A.xlsx）");
    // The rewritten sheets keep their place among the tabs.
    const names = (wb: typeof handle.workbook) => wb.worksheets.map((w) => w.name).filter((nm) => nm !== "汇总记录" && nm !== "报送情况");
    expect(names(handle.workbook)).toEqual(names((await openXlsxPort(readFileSync(master))).workbook));
  });

  it("writes nothing without --out, and says what it would do", async () => {
    const a = await writeUnitFile(fresh("A.xlsx"), unitA, editedA());
    const run = await runCli("collect", master, a);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("未写入任何文件");
    expect(run.stdout).toContain("已汇总");
  });

  it("collecting the same file again changes nothing; a newer template's file removes only the rows it carried and cleared", async () => {
    const a = await writeUnitFile(fresh(`${unitA}.xlsx`), unitA, editedA(), { base: unitRecords(data, unitA) });
    const first = join(dir, "first.xlsx");
    expect((await runCli("collect", master, a, "--out", first)).code).toBe(0);
    const second = join(dir, "second.xlsx");
    const again = await runCli("collect", first, a, "--out", second, "--json");
    expect(json(again.stdout).files[0].status).toBe("unchanged");
    expect(await recordsOf(second)).toEqual(await recordsOf(first));
    // The next template carries A's rows as the master holds them now; A clears its 自查自纠 there.
    const carried = unitRecords(await recordsOf(second), unitA);
    const newer = await writeUnitFile(
      fresh(`${unitA}_v2.xlsx`),
      unitA,
      { ...carried, inspections: [] },
      { meta: { createdAt: "2010-06-01 09:00" }, base: carried }
    );
    const third = join(dir, "third.xlsx");
    const removed = json((await runCli("collect", second, newer, "--out", third, "--json")).stdout);
    expect(removed.files[0]).toMatchObject({ status: "merged", rows: { removed: carried.inspections.length, added: 0 } });
    expect(removed.issues.filter((i) => i.rule === "collect.removal")).toHaveLength(carried.inspections.length);
    expect((await recordsOf(third)).inspections.filter((r) => r.unitCode === unitA)).toEqual([]);
  });

  it("two different files for one unit in one batch conflict: neither merged, the other unit still merges, exit 1", async () => {
    const a1 = await writeUnitFile(fresh("A1.xlsx"), unitA, editedA());
    const a2 = await writeUnitFile(fresh("A2.xlsx"), unitA, unitRecords(data, unitA));
    const ownB = unitRecords(data, unitB);
    const b = await writeUnitFile(fresh("B.xlsx"), unitB, { ...ownB, progress: ownB.progress.slice(1) }, { base: ownB });
    const out = join(dir, "conflict.xlsx");
    const run = await runCli("collect", master, a1, a2, b, "--out", out, "--json");
    expect(run.code).toBe(1);
    expect(json(run.stdout).files.map((f) => f.status)).toEqual(["conflict", "conflict", "merged"]);
    const merged = await recordsOf(out);
    expect(bare(merged.inspections.filter((r) => r.unitCode === unitA))).toEqual(bare(unitRecords(data, unitA).inspections));
    expect(bare(merged.progress.filter((r) => r.unitCode === unitB))).toEqual(bare(ownB.progress.slice(1)));
  });

  it("a file that never carried the office's rows never clears them, nor does a template from before bases", async () => {
    const ownA = unitRecords(data, unitA);
    // The office registered A's plan and 自查自纠 in the master after A's template went out (its base had none).
    const progressOnly = await writeUnitFile(
      fresh("A.xlsx"),
      unitA,
      { ...editedA(), plans: [], inspections: [] },
      { base: { ...ownA, plans: [], inspections: [] } }
    );
    const first = join(dir, "progress-only.xlsx");
    const run = json((await runCli("collect", master, progressOnly, "--out", first, "--json")).stdout);
    expect(run.files[0]).toMatchObject({ status: "merged", rows: { removed: 0 } });
    const kept = await recordsOf(first);
    expect(bare(kept.plans.filter((r) => r.unitCode === unitA))).toEqual(bare(ownA.plans));
    expect(bare(kept.inspections.filter((r) => r.unitCode === unitA))).toEqual(bare(ownA.inspections));
    // An old template (no base) with empty sheets removes nothing either, and says it merged additively.
    const legacy = await writeUnitFile(
      fresh("A_old.xlsx"),
      unitA,
      { ...ownA, plans: [], inspections: [] },
      { meta: { createdAt: "2010-02-21 09:00" } }
    );
    const second = join(dir, "legacy.xlsx");
    const legacyRun = json((await runCli("collect", first, legacy, "--out", second, "--json")).stdout);
    expect(legacyRun.issues.some((i) => i.file === "A_old.xlsx" && i.message.includes("旧版模板"))).toBe(true);
    const still = await recordsOf(second);
    expect(bare(still.inspections.filter((r) => r.unitCode === unitA))).toEqual(bare(ownA.inspections));
  });

  it("a directory stands for the files in it", async () => {
    const a = await writeUnitFile(fresh("A.xlsx"), unitA, editedA());
    const run = await runCli("collect", master, join(a, ".."), "--json");
    expect(json(run.stdout).files.map((f) => f.file)).toEqual(["A.xlsx"]);
  });

  it("usage errors exit 2", async () => {
    expect((await runCli("collect", master)).code).toBe(2);
    expect((await runCli("collect", master, join(dir, "nothing-here.xlsx"))).code).toBe(2);
    expect((await runCli("collect", join(dir, "missing-master.xlsx"), master)).code).toBe(2);
  });
});
