/**
 * Suites that need an external program (LibreOffice, Chromium) skip locally with a loud
 * message when it is missing, and fail when CI=true: CI must never skip them silently.
 */
import { execFileSync } from "node:child_process";

/** The path of `program` on PATH, or null. */
export function which(program: string): string | null {
  try {
    return execFileSync("sh", ["-c", `command -v ${program}`], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

/** `describe` when the tool is present or CI=true (where a missing tool must fail), else `describe.skip` with a warning. */
export function describeWithTool(tool: string | null, name: string, install: string): jest.Describe {
  if (tool || process.env.CI === "true") return describe;
  console.warn(`\n*** SKIPPED: ${name} needs ${install}, which is not installed here. CI (CI=true) runs it. ***\n`);
  return describe.skip;
}

/** LibreOffice's CSV filter: comma, quote, UTF-8, and every sheet to a file of its own (`<name>-<sheet>.csv`). */
export const CSV_EVERY_SHEET = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/**
 * Converts `files` with LibreOffice into `outDir` as `format` (xlsx, pdf, csv or a filter
 * string), headless, with a private profile under `workDir` so parallel suites never share one.
 */
export function sofficeConvert(soffice: string, workDir: string, format: string, outDir: string, files: readonly string[], timeout = 180_000): void {
  const args = [`-env:UserInstallation=file://${workDir}/profile`, "--headless", "--convert-to", format, "--outdir", outDir, ...files];
  execFileSync(soffice, args, { timeout, stdio: "pipe" });
}
