/**
 * Test (a): the pane inside "Excel" (the strict fake as the host). 创建标准工作簿 with 示例数据
 * for a chosen year, 一键排名 within one read and one write sync, 校验, and a click on a
 * finding that selects its cell in the workbook.
 */
import type { Locator, Page } from "playwright-core";
import { CONTRACT_SHEETS, OUTPUT_SHEETS } from "../../src/sheets/contract";
import type { FakeValue } from "../support/fake-excel";
import type { FakeHostWindow, RunRecord } from "./fake-host-probe";
import { openTab, readSummary, type PaneSession } from "./pane-session";
import { accountabilityEntries, rankingSheetUnits, rosterCodes } from "./result-sheets";

/** Not the default year (2010): proves the year field reaches the workbook. */
const YEAR = 2011;
const INPUT_SHEETS = CONTRACT_SHEETS.map((s) => s.name);

const grid = (page: Page, sheet: string) => page.evaluate((name) => (window as unknown as FakeHostWindow).__tisheng.grid(name), sheet);
const runs = (page: Page): Promise<RunRecord[]> => page.evaluate(() => (window as unknown as FakeHostWindow).__tisheng.runs);
const sheetNames = (page: Page) => page.evaluate(() => (window as unknown as FakeHostWindow).__tisheng.sheetNames());
const activeSheet = (page: Page) => page.evaluate(() => (window as unknown as FakeHostWindow).__tisheng.activeSheet());

async function inputGrids(page: Page): Promise<Record<string, FakeValue[][] | null>> {
  const entries = await Promise.all(INPUT_SHEETS.map(async (name) => [name, await grid(page, name)] as const));
  return Object.fromEntries(entries);
}

/** Creates the demo workbook through the pane and checks the fake workbook holds it. */
async function createDemoWorkbook({ page, screenshot }: PaneSession): Promise<string[]> {
  await page.getByRole("heading", { name: "提升年工作台", exact: true }).waitFor();
  await page.getByText("活动年度：未设置").waitFor();
  const year = page.getByRole("spinbutton", { name: "年度" });
  await year.fill(String(YEAR));
  await year.press("Enter");
  // Fluent draws the box over a hidden input: click the label, as a user does.
  await page.locator("label", { hasText: "示例数据" }).click();
  expect(await page.getByRole("checkbox", { name: "示例数据" }).isChecked()).toBe(true);
  expect(await year.inputValue()).toBe(String(YEAR));
  await screenshot("a1-empty-workbook");
  await page.getByRole("button", { name: "创建标准工作簿" }).click();
  await page.getByText(/^已创建标准工作簿/).waitFor({ timeout: 60_000 });
  // The header reads the year back from the new 参数设置 sheet.
  await page.getByText(`活动年度：${YEAR}年`).waitFor();

  const names = await sheetNames(page);
  expect(names).toEqual(expect.arrayContaining(["Sheet1", ...INPUT_SHEETS]));
  const codes = rosterCodes((await grid(page, "单位名册")) ?? []);
  // 二、实施范围: the towns, the city's departments and units, and 100 key sections.
  expect(codes.length).toBeGreaterThan(100);
  expect(new Set(codes).size).toBe(codes.length);
  expect(((await grid(page, "评议评分")) ?? []).length - 1).toBeGreaterThan(codes.length);
  await screenshot("a2-created");
  return codes;
}

/** Runs 一键排名 and checks the summary against the result sheets and the sync budget. */
async function rank(pane: PaneSession, codes: readonly string[]): Promise<void> {
  const { page } = pane;
  const before = await inputGrids(page);
  // 一键排名 lives on 考核; the pane stayed on 准备, where 创建 ran.
  await openTab(page, "考核");
  const runsBefore = (await runs(page)).length;
  await page.getByRole("button", { name: "一键排名" }).click();
  await page.getByText(/^已排名单位：\d+ 个$/).waitFor({ timeout: 60_000 });
  await expectIdle(page);

  const summary = await readSummary(page);
  const units = rankingSheetUnits((await grid(page, OUTPUT_SHEETS.ranking)) ?? [], codes);
  const entries = accountabilityEntries((await grid(page, OUTPUT_SHEETS.accountability)) ?? []);
  expect(summary.ranked).toBeGreaterThan(0);
  expect(summary.accountability).toBeGreaterThan(0);
  expect({ ranked: units.ranked.length, unranked: units.unranked.length }).toEqual({ ranked: summary.ranked, unranked: summary.unranked });
  // Every unit of the roster appears on 排名结果 exactly once, ranked or not.
  expect([...units.ranked, ...units.unranked].sort()).toEqual([...codes].sort());
  expect(entries).toHaveLength(summary.accountability);
  expect(entries.filter((e) => e.needsReview)).toHaveLength(summary.needsReview);
  entries.forEach((e) => expect(codes).toContain(e.unitCode));

  // The ranking is the first Excel.run after the click (the pane then refreshes its state in another).
  const rankRun = (await runs(page))[runsBefore];
  expect({ syncs: rankRun.syncs, overlapped: rankRun.overlapped, failed: rankRun.failed }).toEqual({
    syncs: 2,
    overlapped: false,
    failed: undefined,
  });
  const [read, write] = rankRun.requests;
  expect(read.responseBytes).toBeGreaterThan(read.bytes);
  expect(write.bytes).toBeGreaterThan(read.bytes);
  expect(await inputGrids(page)).toEqual(before);
  await pane.screenshot("a3-ranked");
}

/** Waits until no action runs (the buttons are enabled again). */
async function expectIdle(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll("button")].some(
      (b) => b.textContent?.includes("一键排名") && !b.disabled && b.getAttribute("aria-disabled") !== "true"
    )
  );
}

/** A finding's jump button: "跳转到 评议评分!D12", or "跳转到 工作表 单位名册" for a whole-sheet finding. */
const JUMP_LABEL = /^跳转到 (?:工作表 (.+)|(.+)!(\S+))$/;

/** The jump buttons' names (their visible words) in a sheet's section, after opening its first group if it starts closed. */
async function jumpLabels(section: Locator): Promise<string[]> {
  const closed = section.locator("button[aria-expanded='false']").first();
  if ((await closed.count()) > 0 && (await section.getByRole("button", { name: JUMP_LABEL }).count()) === 0) await closed.click();
  return section.getByRole("button", { name: JUMP_LABEL }).evaluateAll((nodes) => nodes.map((n) => (n.textContent ?? "").trim()));
}

/** Runs 校验 and clicks findings on two sheets (where there are two): each must select its cell. */
async function validateAndJump(pane: PaneSession): Promise<void> {
  const { page } = pane;
  await page.getByRole("button", { name: "校验" }).click();
  await page.getByText(/^校验完成/).waitFor({ timeout: 60_000 });
  await expectIdle(page);
  const sections = page.locator("section[aria-label^='工作表 ']");
  expect(await sections.count()).toBeGreaterThan(0);
  const targets: { sheet: string; cell: string; index: number }[] = [];
  for (let i = 0; i < (await sections.count()); i++) {
    const sheet = ((await sections.nth(i).getAttribute("aria-label")) ?? "").replace(/^工作表 /, "");
    const labels = await jumpLabels(sections.nth(i));
    expect(labels.length).toBeGreaterThan(0);
    // Grouped by sheet: every finding of a section is about that section's sheet.
    const places = labels.map((label) => JUMP_LABEL.exec(label)!);
    places.forEach((m) => expect(m[1] ?? m[2]).toBe(sheet));
    targets.push({ sheet, cell: places[0][3] ?? "A1", index: i });
  }
  await pane.screenshot("a4-validated");

  // Start with a sheet that is not active, so the jump has to activate it.
  const active = await activeSheet(page);
  const ordered = [...targets.filter((t) => t.sheet !== active), ...targets.filter((t) => t.sheet === active)].slice(0, 2);
  for (const target of ordered) {
    await sections.nth(target.index).getByRole("button", { name: JUMP_LABEL }).first().click();
    await page.waitForFunction(
      ({ sheet, cell }) => {
        const selected = (window as unknown as FakeHostWindow).__tisheng.selection();
        return selected?.sheet === sheet && selected.address === cell;
      },
      target,
      { timeout: 10_000 }
    );
    expect(await activeSheet(page)).toBe(target.sheet);
  }
}

/** The whole of test (a) on an open pane whose office.js is the fake host. */
export async function fakeHostFlow(pane: PaneSession): Promise<void> {
  const codes = await createDemoWorkbook(pane);
  await rank(pane, codes);
  await validateAndJump(pane);
}
