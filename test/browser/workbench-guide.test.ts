/**
 * The guided workbench in Chromium, served from the production build (issue 12, "Must show"):
 * (a) inside the fake Excel host, a new user's year stage by stage, from an empty workbook;
 * (b) in file mode, an uploaded workbook in 评议考核. Focus is checked after each action,
 * axe-core finds no serious or critical violation on any tab, and nothing scrolls sideways
 * at 350 px or at 200% zoom. Screenshots of each stage at 350 px go to docs/screenshots/
 * when TISHENG_SCREENSHOTS=docs (for the README), else to test-output/browser/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { describeWithTool, which } from "../support/external-tool";
import { bundleFakeHost, DIST, ensureProductionBuild, ROOT } from "./builds";
import { demoWorkbookBytes } from "./demo-workbook";
import { escaped, guardNetwork, type OfficeJsSource } from "./network-guard";
import { expectFocusOn, leftOfMargin, horizontalOverflow, PANE_WIDTH, seriousViolations } from "./pane-a11y";
import { launchChromium, OUTPUT_DIR } from "./pane-session";
import { act, checkEveryTab, collectFiles, followGuide, newWalkLog, STOPS, WALK_YEAR, type WalkLog } from "./stage-walk";
import { serveStatic, type StaticServer } from "./static-server";

const OFFICE_JS_FOLDER = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const SHOTS = process.env.TISHENG_SCREENSHOTS === "docs" ? path.join(ROOT, "docs", "screenshots") : OUTPUT_DIR;

const describeBrowser = describeWithTool(which("chromium"), "the guided workbench browser tests", "Debian's chromium (apt-get install chromium)");

const at = (year: number, day: string) => new Date(`${year}-${day}T09:00:00`);

describeBrowser("the guided workbench in Chromium (production build)", () => {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let fakeHost = "";
  let tmp = "";

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), "tisheng-guide-"));
    [, fakeHost] = await Promise.all([ensureProductionBuild(), bundleFakeHost()]);
    server = await serveStatic(DIST);
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  /** A fresh 350 px pane whose clock reads `time`, its network guarded; runs `flow`, then checks the log. */
  async function withPane(name: string, office: OfficeJsSource, time: Date, flow: (page: Page, log: WalkLog) => Promise<void>) {
    if (!browser || !server) throw new Error("beforeAll did not finish");
    const context = await browser.newContext({ viewport: { width: PANE_WIDTH, height: 900 }, locale: "zh-CN", acceptDownloads: true });
    const network = await guardNetwork(context, server.origin, office);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.clock.setFixedTime(time);
    await page.goto(`${server.origin}/taskpane.html`);
    const log = newWalkLog();
    try {
      await flow(page, log);
      writeFileSync(path.join(OUTPUT_DIR, `${name}-walk.json`), JSON.stringify(log, null, 2));
      expect({ violations: log.violations, overflow: log.overflow, margins: log.margins }).toEqual({ violations: {}, overflow: {}, margins: {} });
      expect(pageErrors).toEqual([]);
      expect(escaped(network, server.origin)).toEqual([]);
    } finally {
      await context.close();
    }
  }

  /** Long result pages go to test-output only: the README shows the stages, not every result. */
  const shootOutput = (page: Page) => async (name: string) =>
    void (await page.screenshot({ path: path.join(OUTPUT_DIR, `${name}.png`), fullPage: true }));
  const shoot = (page: Page) => async (name: string) => void (await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true }));

  it("inside Excel: a new user's year, stage by stage, focus on every outcome, axe clean, no sideways scroll", async () => {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    const upload = path.join(tmp, "returned.xlsx");
    writeFileSync(upload, await demoWorkbookBytes(WALK_YEAR));
    // A file that is no workbook at all: refused, with its 退回说明 offered (axe and the 350 px checks see them).
    const broken = path.join(tmp, "Z99_坏文件_2010.xlsx");
    writeFileSync(broken, "这不是工作簿");

    await withPane("guide-a-excel", { fakeHost }, at(WALK_YEAR, STOPS[0].day), async (page, log) => {
      await page.getByRole("heading", { name: "提升年工作台", exact: true }).waitFor();
      // 动员部署, first run, empty workbook: the welcome guide, then 准备 and 创建标准工作簿.
      await followGuide(page, log, STOPS[0], shoot(page), true);
      const year = page.getByRole("spinbutton", { name: "年度" });
      await year.fill(String(WALK_YEAR));
      await year.press("Enter");
      await page.locator("label", { hasText: "示例数据" }).click();
      await act(page, log, "动员部署/创建标准工作簿", "创建标准工作簿");
      expect(await page.locator("#pane-outcome").textContent()).toContain("已创建");
      // The create block goes away once every sheet exists (regression: it stayed greyed forever).
      await page.getByText(/标准工作表已齐全/).waitFor();
      expect(await page.getByRole("button", { name: "创建标准工作簿" }).count()).toBe(0);
      await checkEveryTab(page, log, "动员部署", "准备");

      // 组织推进: the guide comes back; 分发汇总 opens with 汇总回收文件 first.
      await page.clock.setFixedTime(at(WALK_YEAR, STOPS[1].day));
      await page.getByRole("tab", { name: "分发汇总" }).click();
      await followGuide(page, log, STOPS[1], shoot(page), false);
      await act(page, log, "组织推进/分发填报模板", "分发填报模板");
      await collectFiles(page, log, [upload, broken]);
      const refused = page.locator("#pane-outcome table", { hasText: "Z99_坏文件_2010.xlsx" });
      expect(await refused.textContent()).toContain("结果退回：");
      expect(await page.getByRole("button", { name: "复制退回说明：Z99_坏文件_2010.xlsx" }).count()).toBe(1);
      expect(await page.getByRole("button", { name: "下载退回说明：Z99_坏文件_2010.xlsx" }).count()).toBe(1);
      await checkEveryTab(page, log, "组织推进", "分发汇总");

      // 自查自纠: 督查 opens; 生成督查通报 as of today.
      await page.clock.setFixedTime(at(WALK_YEAR, STOPS[2].day));
      await page.getByRole("tab", { name: "督查" }).click();
      await followGuide(page, log, STOPS[2], shoot(page), false);
      await page.getByRole("textbox", { name: "数据截至" }).fill(`${WALK_YEAR}-${STOPS[2].day}`);
      await act(page, log, "自查自纠/生成督查通报", "生成督查通报", ["supervision-outcome", "supervision-error"]);
      await checkEveryTab(page, log, "自查自纠", "督查");

      // 评议考核: 考核 opens with 一键排名 as its primary action; 校验, then 一键排名.
      await page.clock.setFixedTime(at(WALK_YEAR, STOPS[3].day));
      await page.getByRole("tab", { name: "考核" }).click();
      await followGuide(page, log, STOPS[3], shoot(page), false);
      await act(page, log, "评议考核/校验", "校验");
      await act(page, log, "评议考核/一键排名", "一键排名");
      await page.getByText(/^已排名单位：\d+ 个$/).waitFor();
      await shootOutput(page)(`${STOPS[3].shot}-ranked`);
      await checkEveryTab(page, log, "评议考核", "考核");

      // 使用指引 brings the guide back at any time.
      await page.getByRole("button", { name: "使用指引" }).click();
      await page.getByRole("region", { name: /^使用指引：评议考核/ }).waitFor();
      await page.getByRole("button", { name: "跳过" }).click();
    });
  }, 600_000);

  it("in file mode: the welcome guide, an uploaded workbook in 评议考核, focus on every outcome, axe clean", async () => {
    const upload = path.join(tmp, "提升年示例.xlsx");
    writeFileSync(upload, await demoWorkbookBytes(2010));
    await withPane("guide-b-file", { officeFolder: OFFICE_JS_FOLDER }, at(2010, STOPS[3].day), async (page, log) => {
      await page.getByText("当前未在 Excel 中运行", { exact: false }).waitFor({ timeout: 30_000 });
      const guide = page.getByRole("region", { name: "欢迎使用提升年工作台" });
      await guide.waitFor();
      await shoot(page)("file-mode-welcome");
      // No workbook yet, so no tab to start in: the guide only closes.
      expect(await page.getByRole("button", { name: /^开始/ }).count()).toBe(0);
      await page.getByRole("button", { name: "知道了" }).click();
      log.focus["跳过"] = await expectFocusOn(page, ["pane-title"], 10_000);

      await page.setInputFiles("input[type=file]:not([multiple])", upload);
      log.focus["打开文件"] = await expectFocusOn(page, ["pane-file"]);
      // 评议考核: 考核 is open first.
      await page.getByRole("tab", { name: "考核", selected: true }).waitFor();
      await act(page, log, "文件/校验", "校验");
      await act(page, log, "文件/一键排名", "一键排名");
      await page.getByText(/^已排名单位：\d+ 个$/).waitFor();
      await shootOutput(page)("file-mode-ranked");
      await page.getByRole("tab", { name: "分发汇总" }).click();
      await act(page, log, "文件/分发填报模板", "分发填报模板");
      await checkEveryTab(page, log, "文件", "考核");

      // The checks are not vacuous: a nameless button and a too-wide block are caught.
      await page.evaluate(() => {
        const probe = document.createElement("div");
        probe.id = "a11y-probe";
        probe.innerHTML = '<button type="button"></button><div style="width:400px;height:1px"></div><h2 style="margin:0 0 0 4px">探针</h2>';
        document.body.appendChild(probe);
      });
      expect((await seriousViolations(page)).map((v) => v.id)).toContain("button-name");
      expect(await horizontalOverflow(page)).toBeGreaterThan(0);
      expect((await leftOfMargin(page)).map((h) => h.text)).toContain("探针");
      await page.evaluate(() => document.getElementById("a11y-probe")?.remove());
    });
  }, 600_000);
});
