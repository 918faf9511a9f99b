/**
 * A new user's year in the pane (issue 12, "Must show"): the clock is set to a day in each
 * stage of 四、活动步骤 in turn; at each the stage guide comes back, 开始 opens the stage's tab,
 * the stage's action runs, and focus lands on its outcome. Every tab is checked with axe-core
 * and for horizontal scroll at 350 px and 200% zoom; each stage is photographed at 350 px.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { expectFocusOn, focused, leftOfMargin, openTabByKeyboard, overflowAtBothWidths, seriousViolations } from "./pane-a11y";

/** The year the walk creates its workbook for (its stage dates are the defaults of 参数设置). */
export const WALK_YEAR = 2026;
export const TAB_NAMES = ["准备", "分发汇总", "督查", "考核"] as const;

/** A day in each stage, the tab that stage opens, and the screenshot's name. */
export const STOPS = [
  { stage: "动员部署", day: "02-10", tab: "准备", shot: "stage-1-mobilize" },
  { stage: "组织推进", day: "04-15", tab: "分发汇总", shot: "stage-2-advance" },
  { stage: "自查自纠", day: "08-15", tab: "督查", shot: "stage-3-inspect" },
  { stage: "评议考核", day: "11-15", tab: "考核", shot: "stage-4-evaluate" },
] as const;

/** Where the outcome of an action (or its error) takes focus: see src/taskpane/focus.ts. */
const OUTCOME = ["pane-outcome", "pane-error"];

export interface WalkLog {
  /** axe's serious and critical violations, by where they were found (must stay empty). */
  violations: Record<string, unknown[]>;
  /** Sideways scroll in px by where it was measured (must stay empty). */
  overflow: Record<string, { at350: number; at200Percent: number }>;
  /** Headings, buttons, links and tabs left of the pane's 20 px margin, by where they were found (must stay empty). */
  margins: Record<string, { text: string; left: number }[]>;
  /** Where focus went after each action. */
  focus: Record<string, string>;
}

export function newWalkLog(): WalkLog {
  return { violations: {}, overflow: {}, margins: {}, focus: {} };
}

/** axe and the two widths on the page as it is now, under `label`. */
export async function checkPage(page: Page, log: WalkLog, label: string): Promise<void> {
  const violations = await seriousViolations(page);
  if (violations.length > 0) log.violations[label] = violations;
  const overflow = await overflowAtBothWidths(page);
  if (overflow.at350 > 0 || overflow.at200Percent > 0) log.overflow[label] = overflow;
  const offMargin = await leftOfMargin(page);
  if (offMargin.length > 0) log.margins[label] = offMargin;
}

/** Every tab in turn (opened with the keyboard), checked; ends on `back`. */
export async function checkEveryTab(page: Page, log: WalkLog, label: string, back: string): Promise<void> {
  for (const name of TAB_NAMES) {
    await openTabByKeyboard(page, name);
    await checkPage(page, log, `${label}/${name}`);
  }
  await openTabByKeyboard(page, back);
}

/** Waits for the guide of `stage`, photographs it, and follows 开始 to the stage's tab; focus goes to its heading. */
export async function followGuide(
  page: Page,
  log: WalkLog,
  stop: (typeof STOPS)[number],
  shoot: (name: string) => Promise<void>,
  welcome: boolean
): Promise<void> {
  const title = welcome ? "欢迎使用提升年工作台" : new RegExp(`^进入新阶段：${stop.stage}`);
  const guide = page.getByRole("region", { name: title });
  await guide.waitFor({ timeout: 30_000 });
  expect(await guide.locator("ol > li").count()).toBe(3);
  await checkPage(page, log, `${stop.stage}/guide`);
  await shoot(stop.shot);
  await page.getByRole("button", { name: `开始：${stop.tab}` }).click();
  await guide.waitFor({ state: "detached" });
  await page.getByRole("tab", { name: stop.tab, selected: true }).waitFor();
  log.focus[`${stop.stage}/开始`] = await expectFocusOn(page, [`tab-heading-${tabKey(stop.tab)}`], 10_000);
}

function tabKey(name: string): string {
  return { 准备: "prepare", 分发汇总: "distribute", 督查: "supervise", 考核: "evaluate" }[name] ?? name;
}

/** Clicks a button and waits for focus on the action's outcome (never on the body); returns where it went. */
export async function act(page: Page, log: WalkLog, label: string, button: string, targets: readonly string[] = OUTCOME): Promise<string> {
  await page.getByRole("button", { name: button, exact: true }).click();
  const id = await expectFocusOn(page, targets);
  log.focus[label] = id;
  expect((await focused(page)).lost).toBe(false);
  // Screen readers hear how it ended through the pane's polite live region (the 督查 tab has its own).
  if (targets === OUTCOME) {
    const live = page.locator("#pane-live");
    expect(await live.getAttribute("aria-live")).toBe("polite");
    expect(await live.textContent()).toMatch(/^(已完成|出错)：/);
  }
  return id;
}

/** Stage 2's 汇总回收文件 with `files`: the preview comes first (focus on it); 确认汇总 only when it offers to write. */
export async function collectFiles(page: Page, log: WalkLog, files: string[]): Promise<void> {
  await page.setInputFiles(
    "input[type=file][multiple]",
    files.map((f) => ({ name: path.basename(f), mimeType: "application/octet-stream", buffer: readFileSync(f) }))
  );
  log.focus["组织推进/汇总预览"] = await expectFocusOn(page, OUTCOME);
  const confirm = page.getByRole("button", { name: "确认汇总" });
  if ((await confirm.count()) > 0 && (await confirm.isEnabled())) await act(page, log, "组织推进/确认汇总", "确认汇总");
}
