/**
 * The pages the production build emits, built for real by webpack.config.js with the bundles swapped
 * for a stub (the pages, their office.js and the copied files are what is tested, not the pane's code):
 * office.js from Microsoft's CDN by default, a pinned local copy with officeJs=local, and the help
 * page in both, with no external URL.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import webpack from "webpack";

const configOf = require("../../webpack.config.js") as ((env: Record<string, string>, argv: { mode: string }) => webpack.Configuration) & {
  OFFICE_JS_CDN: string;
};

const OFFICE_JS_VERSION = (require("@microsoft/office-js/package.json") as { version: string }).version;

const PAGES_WITH_OFFICE_JS = ["taskpane.html", "commands.html", "notice.html"];

/** Builds the pages with `env` into a fresh folder; returns a reader of the emitted files. */
async function build(env: Record<string, string>): Promise<{ dir: string; read: (file: string) => string }> {
  const dir = mkdtempSync(join(tmpdir(), "tisheng-pages-"));
  const stub = join(dir, "stub.js");
  writeFileSync(stub, "window.stub = 1;\n");
  const config = configOf(env, { mode: "production" });
  config.entry = { taskpane: stub, commands: stub, notice: stub };
  config.output = { ...config.output, path: join(dir, "dist") };
  config.devtool = false;
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (error, result) => (error || !result ? reject(error ?? new Error("no stats")) : resolve(result)))
  );
  expect(stats.toJson({ all: false, errors: true }).errors).toEqual([]);
  return { dir, read: (file) => readFileSync(join(dir, "dist", file), "utf8") };
}

/** The src of every <script> tag (html-webpack-plugin minifies, so quotes may be gone). */
const scriptSources = (html: string) =>
  [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]);

/** Every http(s) or protocol-relative URL in `html`. */
const externalUrls = (html: string) => html.match(/(?:https?:)?\/\/[^\s"'<>)]+/g) ?? [];

describe("the production build's pages", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("load office.js from Microsoft's CDN by default, copy no local office.js, and ship the help page", async () => {
    const { dir, read } = await build({});
    dirs.push(dir);
    for (const page of PAGES_WITH_OFFICE_JS) expect(scriptSources(read(page))[0]).toBe(configOf.OFFICE_JS_CDN);
    expect(existsSync(join(dir, "dist", "office-js"))).toBe(false);
    const help = read("help.html");
    expect(externalUrls(help)).toEqual([]);
    expect(scriptSources(help)).toEqual([]);
    for (const anchor of ["prepare", "distribute", "supervise", "evaluate"]) expect(help).toMatch(new RegExp(`id="?${anchor}"?[\\s>]`));
  }, 120_000);

  it("with officeJs=local load the pinned copy served beside them, with what office.js fetches for Excel", async () => {
    const { dir, read } = await build({ officeJs: "local" });
    dirs.push(dir);
    const local = `office-js/${OFFICE_JS_VERSION}/office.js`;
    for (const page of PAGES_WITH_OFFICE_JS) {
      expect(scriptSources(read(page))[0]).toBe(local);
      expect(externalUrls(read(page))).toEqual([]);
    }
    const copied = join(dir, "dist", "office-js", OFFICE_JS_VERSION);
    // office.js loads the host's script and the strings of the UI language relative to itself.
    for (const file of [
      "office.js",
      "excel-win32-16.01.js",
      "excel-mac-16.00.js",
      "excel-web-16.00.js",
      "zh-cn/office_strings.js",
      "en-us/office_strings.js",
    ]) {
      expect(existsSync(join(copied, file))).toBe(true);
    }
    for (const file of ["office.debug.js", "office.d.ts", "outlook-win32-16.00.js"]) expect(existsSync(join(copied, file))).toBe(false);
    expect(read("help.html")).toMatch(/id="?evaluate"?[\s>]/);
  }, 120_000);

  it("refuses an officeJs value it does not know instead of building with the CDN", () => {
    expect(() => configOf({ officeJs: "intranet" }, { mode: "production" })).toThrow(/"cdn" or "local"/);
  });
});
