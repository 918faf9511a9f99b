/**
 * @jest-environment jsdom
 *
 * Where Excel still hosts the pane in Internet Explorer 11 or Edge Legacy (README, "Supported hosts"),
 * taskpane.html's own ES5 script says so in Chinese and names what works instead, never a blank pane.
 * test/build/bundle-syntax.test.ts holds the built page and its bundles to the same levels.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { TextDecoder } from "util";
import { guardOf, parsesAs } from "../build/page-scripts";

const SOURCE_PAGE = readFileSync(join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");

/** A document holding taskpane.html's body, and its guard run with the given globals in place of the browser's. */
function runGuard(html: string, globals: { Function: unknown; TextDecoder?: unknown; Worker?: unknown }): Document {
  const doc = document.implementation.createHTMLDocument();
  doc.documentElement.innerHTML = html.replace(/<script\b[\s\S]*?<\/script>/g, "");
  const win = { location: { href: "https://intranet.example/tisheng/taskpane.html?_host_Info=Excel$Win32$16.01$zh-CN" } };
  // The guard reads these as globals; here they are parameters that stand in for an old browser's.
  const run = new Function("Function", "TextDecoder", "Worker", "document", "window", guardOf(html));
  run(globals.Function, globals.TextDecoder, globals.Worker, doc, win);
  return doc;
}

/** Internet Explorer 11's Function constructor: ES2020 syntax is a SyntaxError. */
function oldFunction(...args: string[]): never {
  throw new SyntaxError(`Expected identifier (${args.join(",").slice(0, 20)})`);
}

describe("taskpane.html on a host too old for the bundles", () => {
  it("has a guard written in ES5, so Internet Explorer 11 runs it", () => {
    expect(parsesAs(guardOf(SOURCE_PAGE), 5)).not.toThrow();
  });

  it("shows a plain Chinese message naming what works instead, never a blank pane", () => {
    const doc = runGuard(SOURCE_PAGE, { Function: oldFunction });
    const shown = doc.getElementById("host-unsupported");
    expect(shown).not.toBeNull();
    expect(doc.getElementById("root")).toBeNull();
    const text = shown!.textContent ?? "";
    expect(text).toContain("无法在这里运行");
    expect(text).toContain("Internet Explorer");
    for (const alternative of ["Microsoft 365", "Excel 2021", "Excel 网页版", "Chrome", "命令行"]) expect(text).toContain(alternative);
    // The address to open in a current browser, without Office's query.
    expect(text).toContain("https://intranet.example/tisheng/taskpane.html");
    expect(text).not.toContain("_host_Info");
  });

  it("says the same where the syntax parses but the built-ins are missing (Edge Legacy has no TextDecoder)", () => {
    const doc = runGuard(SOURCE_PAGE, { Function, TextDecoder: undefined, Worker: function Worker() {} });
    expect(doc.getElementById("host-unsupported")).not.toBeNull();
  });

  it("leaves the pane alone in a current browser", () => {
    const doc = runGuard(SOURCE_PAGE, { Function, TextDecoder, Worker: function Worker() {} });
    expect(doc.getElementById("host-unsupported")).toBeNull();
    expect(doc.getElementById("root")!.childNodes).toHaveLength(0);
  });
});
