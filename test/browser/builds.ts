/**
 * The two bundles the browser tests load: the production build in dist/ (rebuilt only when
 * missing or older than its sources, since `npm test` builds only after jest has run) and the
 * fake host's office.js (bundled into a temporary folder on every run, never committed).
 */
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

export const ROOT = path.resolve(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");
/** What the production build is made from: a change to any of them makes dist/ stale. */
const BUILD_INPUTS = ["src", "assets", "webpack.config.js", "tsconfig.json", "package.json"];

const run = promisify(execFile);
const WEBPACK_CLI = require.resolve("webpack-cli/bin/cli.js");

function newestMtime(entry: string): number {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

/** Why dist/ must be rebuilt, or null when it is complete and newer than every build input. */
export function staleReason(): string | null {
  const page = path.join(DIST, "taskpane.html");
  if (!existsSync(page)) return "dist/taskpane.html is missing";
  // A build interrupted half-way (or cleaned by another) leaves the page without its scripts.
  const scripts = [...readFileSync(page, "utf8").matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
  const missing = scripts.find((src) => !existsSync(path.join(DIST, src)));
  if (missing) return `dist/${missing} is missing`;
  const built = statSync(page).mtimeMs;
  const newer = BUILD_INPUTS.map((input) => path.join(ROOT, input)).find((input) => existsSync(input) && newestMtime(input) > built);
  return newer ? `${path.relative(ROOT, newer)} changed after the last build` : null;
}

async function webpack(args: string[]): Promise<void> {
  try {
    await run(process.execPath, [WEBPACK_CLI, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`webpack ${args.join(" ")} failed:\n${stdout}\n${stderr}`);
  }
}

/** Builds dist/ with `webpack --mode production` when it is stale; returns why it was built, or null. */
export async function ensureProductionBuild(): Promise<string | null> {
  const reason = staleReason();
  if (reason) await webpack(["--mode", "production"]);
  return reason;
}

/** Bundles the fake host into `outDir`/office.js and returns that file's path. */
export async function bundleFakeHost(outDir: string): Promise<string> {
  await webpack(["-c", path.join(__dirname, "fake-host.webpack.config.js"), "--env", `outDir=${outDir}`]);
  return path.join(outDir, "office.js");
}
