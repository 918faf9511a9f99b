/** The inline scripts of the pane's page, and parsing at an ECMAScript level, for the host-support tests. */
import { parse, type Options } from "acorn";

/** The inline scripts of an HTML page, in order. */
export const inlineScripts = (html: string) => [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

/** taskpane.html's guard for hosts too old for the bundles (it names #host-unsupported). */
export function guardOf(html: string): string {
  const guard = inlineScripts(html).find((s) => s.includes("host-unsupported"));
  if (!guard) throw new Error("taskpane.html has no script that handles an unsupported host");
  return guard;
}

/** A function that parses `code` as a classic script at `ecmaVersion`, throwing acorn's SyntaxError if it cannot. */
export const parsesAs = (code: string, ecmaVersion: Options["ecmaVersion"]) => () => parse(code, { ecmaVersion, sourceType: "script" });
