/**
 * The pane never freezes (issue 9, item 4): the production build in Chromium, file mode, a
 * 200,000-score-row workbook. What load cannot change is asserted: the file is parsed and judged
 * in the file worker, opening, 校验, 一键排名 and 下载 each show progress with counts, and a
 * cancelled action leaves the workbook as it was. Frame gaps depend on what else the machine
 * runs, so they are figures, not pass/fail: written to test-output/browser/c-no-freeze.json and
 * printed by `npm run bench` (target: every gap under 200 ms). CI=true fails instead of skipping
 * when chromium is missing.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { describeWithTool, which } from "../support/external-tool";
import { DIST, ensureProductionBuild, ROOT } from "./builds";
import { noFreezeFlow, SCORE_ROWS, type StepMeasure } from "./no-freeze-flow";
import { launchChromium, openPane, OUTPUT_DIR } from "./pane-session";
import { serveStatic, type StaticServer } from "./static-server";

const OFFICE_JS_FOLDER = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

const describeBrowser = describeWithTool(which("chromium"), "the no-freeze browser test", "Debian's chromium (apt-get install chromium)");

/** The progress each step must have shown: counts while reading, the operation's steps, the save. */
const EXPECTED_PROGRESS: Record<string, RegExp> = {
  open: /^正在读取 评议评分 … [\d,]+\/[\d,]+ 行/,
  // A step shorter than a frame may go unseen: either the sheet being read (n of m) or the rows it had.
  validate: /正在读取 评议评分（第 \d+\/\d+ 张工作表）|已读取 评议评分，[\d,]+ 行/,
  rank: /正在读取 评议评分（第 \d+\/\d+ 张工作表）|已读取 评议评分，[\d,]+ 行/,
  // The zip-level result takes a few frames: the step or its end may be what is seen.
  download: /^正在生成结果工作簿（\d+ 张工作表）…|^已生成结果工作簿（[\d.]+ MB）/,
};

describeBrowser(`the pane with ${SCORE_ROWS.toLocaleString("en-US")} score rows in file mode`, () => {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let tmp = "";

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), "tisheng-no-freeze-"));
    await ensureProductionBuild();
    server = await serveStatic(DIST);
    browser = await launchChromium();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it("opens, validates, ranks and downloads in the file worker, showing progress with counts, and cancels cleanly", async () => {
    if (!browser || !server) throw new Error("beforeAll did not finish");
    const pane = await openPane(browser, server.origin, { officeFolder: OFFICE_JS_FOLDER });
    try {
      const steps: StepMeasure[] = await noFreezeFlow(pane, tmp);
      const workers = pane.page.workers().map((w) => w.url());
      // The figures `npm run bench` prints (frame gaps are never asserted here).
      writeFileSync(
        path.join(OUTPUT_DIR, "c-no-freeze.json"),
        JSON.stringify({ scoreRows: SCORE_ROWS, steps, workers, pageErrors: pane.pageErrors }, null, 2)
      );
      expect(steps.map((s) => s.step)).toEqual(["open", "validate", "rank", "download"]);
      const withoutProgress = steps.filter((s) => !s.texts.some((t) => EXPECTED_PROGRESS[s.step].test(t))).map((s) => s.step);
      expect(withoutProgress).toEqual([]);
      // Parsing and judging ran off the pane's thread: every step was served by the file worker.
      expect(steps.filter((s) => !s.inWorker).map((s) => s.step)).toEqual([]);
      expect({ pageErrors: pane.pageErrors, notFound: server.notFound }).toEqual({ pageErrors: [], notFound: [] });
    } finally {
      await pane.context.close();
    }
  }, 900_000);
});
