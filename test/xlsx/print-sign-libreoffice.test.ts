/**
 * Output sheets printed to sign, through LibreOffice to PDF and read back with pdftotext: a
 * 问责名单 of 60 names prints every 依据 and 证据 whole on at most four A4 pages, and 排名结果
 * of 120 units keeps each category's heading with its table; every page of a table that runs
 * on starts with its header (once), and every page carries the sheet's title with its time at
 * the top and “第 n 页 共 N 页” at the foot. Written at the zip level (the command line) and by
 * exceljs (file mode), converted in one LibreOffice run.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rankCampaign } from "../../src/domain/ranking";
import type { SheetBlock } from "../../src/sheets/grid";
import { rankingBlocks } from "../../src/sheets/results/ranking-blocks";
import { describeWithTool, sofficeConvert, which } from "../support/external-tool";
import { campaign, DEPT, DIRECT, KEY, TOWN, type UnitRow, type ViolationRow } from "../domain/ranking/campaign-builder";
import { byExceljs, zipLevel } from "./block-workbooks";

const RUN_AT = "2010-12-20 10:00";

/** 120 units in four categories, 46 violations (8 of them 影响恶劣 with 监管不力, 5 of a kind needing review): 60 names. */
function results(): { ranking: SheetBlock; list: SheetBlock; names: number } {
  const categories: [string, number][] = [
    [TOWN, 30],
    [DEPT, 40],
    [DIRECT, 20],
    [KEY, 30],
  ];
  const units: UnitRow[] = categories.flatMap(([category, n], c) =>
    Array.from({ length: n }, (_, i): UnitRow => [`U${c}${String(i).padStart(2, "0")}`, category, `负责人${c}${i}`])
  );
  // Two panels of five evaluators who agree on the order (no one evaluator or group decides a last place:
  // that case adds its reason to the 证据, tested in test/domain/ranking/robustness.test.ts).
  const panel = (score: number) => [score - 1, score - 0.5, score, score + 0.5, score + 1];
  const base = (i: number) => 60 + ((i * 7) % 37) + i / 100;
  const scores = Object.fromEntries(units.map(([code], i) => [code, { 甲: panel(base(i)), 乙: panel(base(i) + 5) }]));
  const violations: ViolationRow[] = Array.from({ length: 46 }, (_, i): ViolationRow => {
    const serious = i < 8;
    return [
      units[(i * 5) % units.length][0],
      `责任人${i}`,
      serious ? "影响恶劣" : "一般",
      serious ? true : null,
      i % 9 === 4 ? "其他" : "违反机关效能规定",
    ];
  });
  const input = campaign({ units, groups: { 甲: 1, 乙: 1 }, scores, violations });
  const result = rankCampaign(input);
  const [ranking, list] = rankingBlocks(result, { runAt: RUN_AT, settings: input.settings, groups: ["甲", "乙"] });
  return { ranking, list, names: result.accountability.length };
}

const squeeze = (text: string) => text.replace(/\s+/g, "");

const soffice = which("soffice");
describeWithTool(
  soffice && which("pdftotext"),
  "output sheets printed to sign",
  "LibreOffice and poppler-utils (pdftotext)"
)("output sheets printed to sign (LibreOffice → PDF)", () => {
  const { ranking, list, names } = results();
  const cases = [
    { file: "list-zip", block: list, write: zipLevel },
    { file: "list-exceljs", block: list, write: byExceljs },
    { file: "ranking-zip", block: ranking, write: zipLevel },
    { file: "ranking-exceljs", block: ranking, write: byExceljs },
  ];
  let dir: string;
  const pages = new Map<string, string[]>();
  /** The text in the PDF's own order (pdftotext -raw): a cell's wrapped lines one after another, not interleaved with its neighbours'. */
  const raw = new Map<string, string>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "tisheng-sign-"));
    const files: string[] = [];
    for (const c of cases) {
      const path = join(dir, `${c.file}.xlsx`);
      writeFileSync(path, await c.write(c.block));
      files.push(path);
    }
    sofficeConvert(soffice!, dir, "pdf", join(dir, "out"), files, 240_000);
    for (const c of cases) {
      const text = execFileSync("pdftotext", ["-layout", join(dir, "out", `${c.file}.pdf`), "-"], { encoding: "utf8" });
      pages.set(
        c.file,
        text.split("\f").filter((page) => page.trim() !== "")
      );
      raw.set(c.file, execFileSync("pdftotext", ["-raw", join(dir, "out", `${c.file}.pdf`), "-"], { encoding: "utf8" }));
    }
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("holds 60 names", () => {
    expect(names).toBe(60);
  });

  it.each(["list-zip", "list-exceljs"])("%s: prints every 依据 and 证据 whole on at most four A4 pages", (file) => {
    const printed = pages.get(file)!;
    expect(printed.length).toBeLessThanOrEqual(4);
    const all = squeeze(raw.get(file)!);
    const header = list.rows.findIndex((row) => row[0] === "问责类型");
    const body = list.rows.slice(header + 1);
    expect(body).toHaveLength(60);
    const missing = body.flatMap((row) => [String(row[5]), String(row[6])]).filter((text) => !all.includes(squeeze(text)));
    expect(missing).toEqual([]);
    // Each 依据 as many times as names rest on it: none cut off or lost between pages.
    const bases = new Map<string, number>();
    for (const row of body) bases.set(String(row[5]), (bases.get(String(row[5])) ?? 0) + 1);
    for (const [basis, n] of bases) expect(all.split(squeeze(basis)).length - 1).toBe(n);
  });

  it.each(["list-zip", "list-exceljs", "ranking-zip", "ranking-exceljs"])(
    "%s: carries the title and its time at the top and 第 n 页 共 N 页 at the foot of every page",
    (file) => {
      const printed = pages.get(file)!;
      const title = file.startsWith("list") ? "问责名单" : "评议考核排名结果";
      printed.forEach((page, i) => {
        expect(squeeze(page)).toContain(`${title}（排名时间${squeeze(RUN_AT)}）`);
        expect(squeeze(page)).toContain(`第${i + 1}页共${printed.length}页`);
      });
    }
  );

  it.each(["list-zip", "list-exceljs"])("%s: starts every later page with the table's header, once", (file) => {
    for (const page of pages.get(file)!.slice(1)) {
      const lines = page.split("\n").filter((l) => l.trim() !== "" && !l.includes("排名时间"));
      expect(squeeze(lines[0])).toMatch(/^问责类型单位编码/);
      expect(squeeze(page).split("问责类型单位编码").length - 1).toBe(1);
    }
  });

  it.each(["ranking-zip", "ranking-exceljs"])(
    "%s: keeps each category's heading with its table, and starts a page a table runs onto with its header, once",
    (file) => {
      const printed = pages.get(file)!;
      expect(printed.length).toBeGreaterThan(2);
      for (const page of printed.slice(1)) {
        const lines = page.split("\n").filter((l) => l.trim() !== "" && !l.includes("排名时间") && !/第\s*\d+\s*页/.test(l));
        const first = squeeze(lines[0]);
        // A page opens with a table's header, or with a category's heading and then its header.
        if (/个单位参加排名|不参加排名/.test(first)) expect(squeeze(lines[1])).toMatch(/^(名次|单位编码)/);
        else expect(first).toMatch(/^(名次单位编码|单位编码单位名称)/);
        expect(squeeze(lines[lines.length - 1])).not.toMatch(/参加排名）$/);
        expect(squeeze(page).split("名次单位编码单位名称").length - 1).toBeLessThanOrEqual(1 + (squeeze(page).match(/个单位参加排名/g)?.length ?? 0));
      }
    }
  );
});
