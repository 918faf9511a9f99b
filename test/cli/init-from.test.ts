/** `tisheng init <new.xlsx> --from <last-year.xlsx> --year 2011` (issue 23): next year from this one. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { VALIDATE_INPUT_SHEETS } from "../../src/app/judge-workbook";
import { moveToYear } from "../../src/domain/next-year";
import { readCampaign, type CampaignRead } from "../../src/sheets/read/read-campaign";
import { openXlsxPort } from "../../src/xlsx/xlsx-port";
import { runCli } from "./run-cli";

let dir: string;
let last: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tisheng-init-from-"));
  last = join(dir, "2010.xlsx");
  expect((await runCli("init", last, "--demo")).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(path: string): Promise<CampaignRead> {
  const handle = await openXlsxPort(readFileSync(path));
  return readCampaign(await handle.port.run((s) => s.readSheets(VALIDATE_INPUT_SHEETS)));
}

describe("tisheng init --from", () => {
  it("carries the roster, groups, settings and key tasks into the new year, dates moved and every record sheet empty", async () => {
    const next = join(dir, "2011.xlsx");
    const run = await runCli("init", next, "--from", last, "--year", "2011");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("日期移到 2011 年");
    const before = await read(last);
    const after = await read(next);
    expect(after.findings.filter((f) => f.severity === "error")).toEqual([]);
    const strip = <T extends { origin?: unknown }>(records: T[]) => records.map((r) => ({ ...r, origin: undefined }));
    expect(strip(after.data.units)).toEqual(strip(before.data.units));
    expect(strip(after.data.groups)).toEqual(strip(before.data.groups));
    expect(after.data.tasks.map((t) => [t.seq, t.lead, t.cooperating, t.deadline])).toEqual(
      before.data.tasks.map((t) => [t.seq, t.lead, t.cooperating, `2011${t.deadline.slice(4)}`])
    );
    expect(after.settings).toEqual(
      expect.objectContaining({
        year: 2011,
        planDue: "2011-03-05",
        mobilizationEnd: "2011-02-28",
        evaluationEnd: "2011-12-31",
        trimThreshold: before.settings.trimThreshold,
      })
    );
    for (const kind of ["scores", "adjustments", "violations", "progress", "plans", "inspections", "supervision"] as const) {
      expect([kind, after.data[kind].length]).toEqual([kind, 0]);
    }
  });

  it("refuses --from with --demo, or without --year, and never writes over last year's book", async () => {
    expect((await runCli("init", join(dir, "x.xlsx"), "--from", last, "--year", "2011", "--demo")).code).toBe(2);
    expect((await runCli("init", join(dir, "y.xlsx"), "--from", last)).code).toBe(2);
    expect((await runCli("init", last, "--from", last, "--year", "2011", "--force")).code).toBe(2);
  });

  it("rank --last-year puts last year's place beside this year's in 排名结果 (上年对比)", async () => {
    const out = join(dir, "compared.xlsx");
    // The demo against itself: every place is unchanged.
    expect((await runCli("rank", last, "--last-year", last, "--out", out)).code).toBe(0);
    const sheet = (await openXlsxPort(readFileSync(out))).workbook.getWorksheet("排名结果");
    const rows: string[][] = [];
    sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? "" : String(v)))));
    const start = rows.findIndex((r) => r[0] === "上年对比（本年名次与上一年度名次）");
    expect(start).toBeGreaterThan(0);
    expect(rows[start + 1].slice(0, 6)).toEqual(["单位类别", "单位编码", "单位名称", "本年名次", "上年名次", "名次变化"]);
    // The table's header row repeats at the top of each page it runs onto.
    const body = rows.slice(start + 2).filter((r) => r[1] !== "" && r[1] !== "单位编码");
    expect(body.length).toBeGreaterThan(100);
    for (const r of body) expect([r[1], r[3], r[5]]).toEqual([r[1], r[4], "不变"]);
    expect((await runCli("rank", last, "--last-year", join(dir, "2011.xlsx"))).code).toBe(2);
  });

  it("moves 29 February to the 28th in a year that has none", () => {
    expect(moveToYear("2012-02-29", 2013)).toBe("2013-02-28");
    expect(moveToYear("2010-03-05", 2011)).toBe("2011-03-05");
  });
});
