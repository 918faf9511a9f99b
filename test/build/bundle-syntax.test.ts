/**
 * Every bundle the production build emits parses as ES2020, the level of the browsers the manifest's
 * ExcelApi 1.13 admits (WebView2 on Windows, Safari 14 and later on Mac, current browsers on the web),
 * and the built taskpane.html keeps its ES5 guard for the hosts that still fall short (README,
 * "Supported hosts"). A real production build: the bundles tested are the ones shipped.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import webpack from "webpack";
import { guardOf, parsesAs } from "./page-scripts";

const configOf = require("../../webpack.config.js") as (env: Record<string, string>, argv: { mode: string }) => webpack.Configuration;

describe("the production build", () => {
  let dir: string;
  let files: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "tisheng-hosts-"));
    const config = configOf({}, { mode: "production" });
    config.output = { ...config.output, path: join(dir, "dist") };
    config.devtool = false;
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack(config, (error, result) => (error || !result ? reject(error ?? new Error("no stats")) : resolve(result)))
    );
    expect(stats.toJson({ all: false, errors: true }).errors).toEqual([]);
    files = readdirSync(join(dir, "dist"));
  }, 600_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("emits only bundles that parse as ES2020 (the pane, its chunks, the worker, the ribbon and the notice)", () => {
    const bundles = files.filter((f) => f.endsWith(".js"));
    expect(bundles.length).toBeGreaterThan(3);
    const failures = bundles.flatMap((file) => {
      try {
        parsesAs(readFileSync(join(dir, "dist", file), "utf8"), 2020)();
        return [];
      } catch (e) {
        return [`${file}: ${(e as Error).message}`];
      }
    });
    expect(failures).toEqual([]);
  });

  it("keeps the guard in the built taskpane.html, in ES5, and loads the bundles after it (defer)", () => {
    const html = readFileSync(join(dir, "dist", "taskpane.html"), "utf8");
    expect(parsesAs(guardOf(html), 5)).not.toThrow();
    const bundleTags = [...html.matchAll(/<script\b[^>]*\bsrc=["']?taskpane[^>]*>/g)].map((m) => m[0]);
    expect(bundleTags.length).toBeGreaterThan(0);
    for (const tag of bundleTags) expect(tag).toMatch(/\bdefer\b/);
  });
});
