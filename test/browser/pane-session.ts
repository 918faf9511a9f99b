/**
 * Chromium for the browser tests (Debian's, driven by playwright-core) and one task pane page
 * in a fresh context whose network is guarded (see network-guard.ts).
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { ROOT } from "./builds";
import { guardNetwork, type NetworkLog, type OfficeJsSource } from "./network-guard";

/** Debian's chromium; never `npx playwright install` (it downloads a browser, and there is no network). */
export const CHROMIUM = "/usr/bin/chromium";
/** The flags of ../shared/TOOLCHAIN.md, "Headless Chromium" (root, no GPU, no background traffic). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
/** Git-ignored: screenshots and the network report. */
export const OUTPUT_DIR = path.join(ROOT, "test-output", "browser");
/** About the width Excel gives a task pane: narrow enough to show wrapping and clipping. */
const PANE_VIEWPORT = { width: 360, height: 900 };

/** Launches headless chromium (a fresh temporary profile each time). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export interface PaneSession {
  context: BrowserContext;
  page: Page;
  network: NetworkLog;
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** Saves a full-page screenshot as test-output/browser/<name>.png. */
  screenshot(name: string): Promise<void>;
}

/** Opens taskpane.html from `origin` in a fresh context, with office.js answered from `office`. */
export async function openPane(browser: Browser, origin: string, office: OfficeJsSource): Promise<PaneSession> {
  const context = await browser.newContext({ viewport: PANE_VIEWPORT, locale: "zh-CN", acceptDownloads: true });
  const network = await guardNetwork(context, origin, office);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${origin}/taskpane.html`);
  mkdirSync(OUTPUT_DIR, { recursive: true });
  return {
    context,
    page,
    network,
    pageErrors,
    screenshot: async (name) => void (await page.screenshot({ path: path.join(OUTPUT_DIR, `${name}.png`), fullPage: true })),
  };
}

/** Opens one of the pane's tabs (准备, 分发汇总, 督查, 考核) and waits until it is selected. */
export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name }).click();
  await page.getByRole("tab", { name, selected: true }).waitFor();
}

export interface PaneSummary {
  ranked: number;
  unranked: number;
  accountability: number;
  needsReview: number;
}

/** The counts the pane's ranking summary shows (已排名单位, 未参评, 问责名单, 需复核). */
export async function readSummary(page: Page): Promise<PaneSummary> {
  const count = async (label: string) => {
    const text = await page.getByText(new RegExp(`^${label}：\\d+ [个条]$`)).textContent();
    return Number(/(\d+)/.exec(text ?? "")?.[1]);
  };
  return {
    ranked: await count("已排名单位"),
    unranked: await count("未参评"),
    accountability: await count("问责名单"),
    needsReview: await count("需复核"),
  };
}
