/** Renders the pane for a test, with Fluent's icon warnings silenced (icons are fonts, absent in jsdom). */
import { setIconOptions } from "@fluentui/react";
import { render, screen } from "@testing-library/react";
import { App, type AppProps } from "../../src/taskpane/App";

setIconOptions({ disableWarnings: true });

/** A fixed clock: 15 August 2010, inside 自查自纠 of the default 2010 campaign. */
export const AUGUST_15_2010 = () => new Date(2010, 7, 15, 10, 0, 0);

/** Renders App with defaults for the props a test does not care about. */
export function renderApp(props: Partial<AppProps> & Pick<AppProps, "workbench">) {
  return render(<App hostInfo={{ inExcel: true }} now={AUGUST_15_2010} {...props} />);
}

/** A button by its visible name. */
export function button(name: string | RegExp): HTMLElement {
  return screen.getByRole("button", { name });
}

/** True when a Fluent button is disabled (it sets the attribute, or aria-disabled when focusable). */
export function isDisabled(element: HTMLElement): boolean {
  return element.hasAttribute("disabled") || element.getAttribute("aria-disabled") === "true";
}
