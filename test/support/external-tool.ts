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
