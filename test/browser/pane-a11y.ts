/**
 * Accessibility checks on an open pane (issue 12, item 4): axe-core's WCAG 2.1 A/AA rules
 * (no serious or critical violation), no horizontal scroll at 350 px and at 200% zoom, and
 * where keyboard focus is after an action. axe-core is injected from node_modules as an
 * inline script, so nothing leaves the machine.
 */
import type { Page } from "playwright-core";

/** axe's own file, resolved where it is installed (a missing package fails here, with its name). */
const AXE_SCRIPT = require.resolve("axe-core/axe.min.js");

/** Task panes are 350 px wide (Microsoft's guidance for the default width). */
export const PANE_WIDTH = 350;
/** At 200% zoom a 350 px pane has 175 CSS pixels. */
export const ZOOMED_WIDTH = PANE_WIDTH / 2;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page and returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE_SCRIPT });
  return page.evaluate(async () => {
    type Axe = {
      run: (
        context: Document,
        options: object
      ) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }>;
    };
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

/** How far the page scrolls sideways (0 when it does not). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth);
}

/** The pane's side margin (Microsoft's task-pane guidance). */
export const PANE_MARGIN = 20;

/** The visible headings, buttons, links and tabs whose left edge lies left of the pane's 20 px margin, at the current width. */
export function leftOfMargin(page: Page): Promise<{ text: string; left: number }[]> {
  return page.evaluate(
    (margin) =>
      [...document.querySelectorAll("h1, h2, h3, button, a[href], [role=tab]")]
        .map((h) => ({ text: (h.textContent ?? "").trim(), rect: h.getBoundingClientRect() }))
        // Hidden tab panels and the guide's collapsed parts have no box.
        .filter(({ rect }) => rect.width > 0 && rect.height > 0)
        .map(({ text, rect }) => ({ text, left: Math.round(rect.left) }))
        // Anything inside a framed block (the guide, an outcome) sits further in; nothing may sit further out.
        .filter(({ left }) => left < margin),
    PANE_MARGIN
  );
}

/** Horizontal overflow at 350 px and at 200% zoom (175 CSS px), back to 350 px afterwards. */
export async function overflowAtBothWidths(page: Page): Promise<{ at350: number; at200Percent: number }> {
  const height = page.viewportSize()?.height ?? 900;
  await page.setViewportSize({ width: PANE_WIDTH, height });
  const at350 = await horizontalOverflow(page);
  await page.setViewportSize({ width: ZOOMED_WIDTH, height });
  // Let Fluent's layout (wrapping stacks, the tab row) settle at the new width.
  await page.waitForTimeout(200);
  const at200Percent = await horizontalOverflow(page);
  await page.setViewportSize({ width: PANE_WIDTH, height });
  return { at350, at200Percent };
}

/** Waits until the focused element is the one with `id` (an action's outcome, its error, a heading). */
export async function expectFocusOn(page: Page, ids: readonly string[], timeout = 60_000): Promise<string> {
  const handle = await page.waitForFunction(
    (wanted) => {
      const id = document.activeElement?.id ?? "";
      return wanted.includes(id) ? id : null;
    },
    ids,
    { timeout }
  );
  return (await handle.jsonValue()) as string;
}

/** The id of the focused element, and whether focus fell back to the page body (lost). */
export function focused(page: Page): Promise<{ id: string; lost: boolean }> {
  return page.evaluate(() => ({ id: document.activeElement?.id ?? "", lost: document.activeElement === document.body || !document.activeElement }));
}

/** Opens a tab by its name, with the keyboard: focus the selected tab, arrow to the wanted one, Enter. */
export async function openTabByKeyboard(page: Page, name: string): Promise<void> {
  // Fluent's tab buttons carry their header text as `name` (their text content adds a hidden copy for sizing).
  const names = await page.getByRole("tab").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("name") ?? ""));
  const selected = await page.getByRole("tab", { selected: true }).getAttribute("name");
  const from = names.indexOf(selected ?? "");
  const to = names.indexOf(name);
  if (from < 0 || to < 0) throw new Error(`no tab ${name} among ${names.join(", ")}`);
  await page.getByRole("tab", { selected: true }).focus();
  for (let i = from; i !== to; i += to > from ? 1 : -1) await page.keyboard.press(to > from ? "ArrowRight" : "ArrowLeft");
  await page.keyboard.press("Enter");
  await page.getByRole("tab", { name, selected: true }).waitFor();
}
