/**
 * The two bundles the browser tests load: the production build in dist/ (built once per run by
 * scripts/build-web.js, which test/support/global-setup.ts starts before the suites; rebuilt only
 * when missing or older than its sources, and `npm run build` then finds it fresh) and the fake
 * host's office.js (bundled once per run into the run's folder, never committed).
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { oncePerRun, runFolder } from "../support/run-cache";

export const ROOT = path.resolve(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");

const { buildWeb } = require("../../scripts/build-web.js") as { buildWeb: (args: string[]) => Promise<string | null> };
const run = promisify(execFile);
const WEBPACK_CLI = require.resolve("webpack-cli/bin/cli.js");

async function webpack(args: string[]): Promise<void> {
  try {
    await run(process.execPath, [WEBPACK_CLI, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`webpack ${args.join(" ")} failed:\n${stdout}\n${stderr}`);
  }
}

/** Builds dist/ with `webpack --mode production` when it is stale (or waits for the build under way); returns why it was built, or null. */
export function ensureProductionBuild(): Promise<string | null> {
  return buildWeb(["--mode", "production"]);
}

/** Bundles the fake host once per run; returns the path of its office.js. */
export async function bundleFakeHost(): Promise<string> {
  const outDir = path.join(runFolder(), "fake-host");
  await oncePerRun("fake-host", async () => {
    await webpack(["-c", path.join(__dirname, "fake-host.webpack.config.js"), "--env", `outDir=${outDir}`]);
    return new Uint8Array();
  });
  return path.join(outDir, "office.js");
}
