/** `tisheng explain` and the explanation parts of `rank --json` (issue 23), on the demo workbook. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./run-cli";

let dir: string;
let book: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tisheng-explain-"));
  book = join(dir, "demo.xlsx");
  expect((await runCli("init", book, "--demo")).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface ExplanationJson {
  unitCode: string;
  score: number;
  total: number;
  evaluation: number;
  groups: { group: string; contribution: number; scores: { row: number | null }[] }[];
  adjustments: { points: number }[];
  robustness: { margin: number | null } | null;
}

describe("tisheng explain", () => {
  it("explains a unit given by code, step by step, and its JSON adds up to the total", async () => {
    const json = await runCli("rank", book, "--json");
    const ranking = JSON.parse(json.stdout) as {
      rankings: { unitCode: string; score: number }[];
      accountability: { type: string; unitCode: string }[];
    };
    const last = ranking.accountability.find((a) => a.type === "考评问责");
    if (!last) throw new Error("the demo names no 考评问责 unit");
    const text = await runCli("explain", book, last.unitCode);
    expect(text.code).toBe(0);
    for (const label of ["评议得分", "加减分", "总分", "名次", "变动一名", "问责稳健性"]) expect(text.stdout).toContain(label);
    const explained = JSON.parse((await runCli("explain", book, last.unitCode, "--json")).stdout) as ExplanationJson;
    const sum = explained.groups.reduce((s, g) => s + g.contribution, 0) + explained.adjustments.reduce((s, a) => s + a.points, 0);
    expect(sum).toBeCloseTo(explained.total, 9);
    expect(explained.score).toBe(ranking.rankings.find((r) => r.unitCode === last.unitCode)?.score);
    expect(explained.groups.every((g) => g.scores.every((s) => typeof s.row === "number"))).toBe(true);
  });

  it("takes a unit's name as well, and refuses an unknown unit with exit 2", async () => {
    const byName = await runCli("explain", book, "儒林镇");
    expect(byName.code).toBe(0);
    expect(byName.stdout.split("\n")[0]).toMatch(/^Z03 儒林镇（镇\(区\) 第\d+名\/共\d+名，总分 [\d.]+）$/);
    const unknown = await runCli("explain", book, "不存在的单位");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("不在「单位名册」中");
  });

  it("rank --json carries the robustness of every 考评问责 entry and the explanation of every unit named", async () => {
    const json = JSON.parse((await runCli("rank", book, "--json")).stdout) as {
      accountability: { type: string; unitCode: string }[];
      robustness: { unitCode: string; margin: number | null; flips: unknown[] }[];
      explanations: ExplanationJson[];
    };
    const evaluation = json.accountability.filter((a) => a.type === "考评问责").map((a) => a.unitCode);
    expect(json.robustness.map((r) => r.unitCode).sort()).toEqual([...evaluation].sort());
    expect(json.explanations.map((e) => e.unitCode).sort()).toEqual([...new Set(json.accountability.map((a) => a.unitCode))].sort());
  });
});
