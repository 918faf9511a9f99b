/**
 * Jest's global setup: the run's shared folder (test/support/run-cache.ts), and, when the run
 * holds browser suites that will run (chromium present, or CI=true), the production build of
 * dist/ started in the background at once (scripts/build-web.js), so it overlaps the first
 * suites instead of being built by a browser suite, or twice. The sequencer
 * (test/support/sequencer.js) tells which suites the run holds.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, openSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { which } from "./external-tool";
import { RUN_FOLDER_VARIABLE } from "./run-cache";

const ROOT = path.resolve(__dirname, "..", "..");
const LOCK = path.join(ROOT, "node_modules", ".cache", "tisheng-build-web", "lock");

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export default async function globalSetup(): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), "tisheng-run-"));
  process.env[RUN_FOLDER_VARIABLE] = folder;
  const browser = process.env.TISHENG_RUN_HAS_BROWSER_SUITES === "1" && (process.env.CI === "true" || which("chromium") !== null);
  if (!browser) return;
  const log = openSync(path.join(folder, "build-web.log"), "w");
  const child = spawn(process.execPath, [path.join(ROOT, "scripts", "build-web.js"), "--mode", "production"], {
    cwd: ROOT,
    stdio: ["ignore", log, log],
  });
  (globalThis as { tishengBuild?: Promise<void> }).tishengBuild = new Promise((resolve) => child.on("exit", () => resolve()));
  // Return once the build holds its lock, so a browser suite that starts now waits for it instead of building too.
  for (let waited = 0; waited < 10_000 && child.exitCode === null && !existsSync(LOCK); waited += 50) await sleep(50);
}
