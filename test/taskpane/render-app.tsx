/** Renders the pane for a test, with Fluent's icon warnings silenced (icons are fonts, absent in jsdom). */
import { setIconOptions } from "@fluentui/react";
import { fireEvent, render, screen } from "@testing-library/react";
import { App, type AppProps } from "../../src/taskpane/App";
import type { GuideStorage } from "../../src/taskpane/guide-memory";

setIconOptions({ disableWarnings: true });

/** A fixed clock: 15 August 2010, inside 自查自纠 of the default 2010 campaign (督查 opens first). */
export const AUGUST_15_2010 = () => new Date(2010, 7, 15, 10, 0, 0);
/** The default clock: 15 November 2010, inside 评议考核 (考核, with 校验 and 一键排名, opens first). */
export const NOVEMBER_15_2010 = () => new Date(2010, 10, 15, 10, 0, 0);

/** Storage that keeps what the guide saw for one render only, so tests never see each other's. */
export function memoryStorage(initial: Record<string, string> = {}): GuideStorage & { items: Record<string, string> } {
  const items = { ...initial };
  return { items, getItem: (key) => items[key] ?? null, setItem: (key, value) => void (items[key] = value) };
}

/** Renders App with defaults for the props a test does not care about. */
export function renderApp(props: Partial<AppProps> & Pick<AppProps, "workbench">) {
  return render(<App hostInfo={{ inExcel: true }} now={NOVEMBER_15_2010} storage={memoryStorage()} {...props} />);
}

/** Opens one of the pane's tabs (准备, 分发汇总, 督查, 考核) as a user clicks it. */
export function openTab(name: string): void {
  fireEvent.click(screen.getByRole("tab", { name }));
}

/** A button by its visible name. */
export function button(name: string | RegExp): HTMLElement {
  return screen.getByRole("button", { name });
}

/** True when a Fluent button is disabled (it sets the attribute, or aria-disabled when focusable). */
export function isDisabled(element: HTMLElement): boolean {
  return element.hasAttribute("disabled") || element.getAttribute("aria-disabled") === "true";
}
