/**
 * The browser tests' network: the local server passes, office.js is answered from local
 * files (the fake host, or the real office.js from node_modules), and every other request is
 * aborted and recorded, so a test can prove that nothing left the machine.
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Request, Route } from "playwright-core";

/** Where taskpane.html loads office.js from (Microsoft's CDN, as add-ins must). */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_CDN_FOLDER = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/** office.js from a bundled fake host (one file), or from the real office.js's folder (it loads more files next to itself). */
export type OfficeJsSource = { fakeHost: string } | { officeFolder: string };

export interface NetworkLog {
  /** Requests let through to the network: only the local server's may be here. */
  passed: string[];
  /** Requests to Microsoft's office.js folder answered from local files. */
  served: string[];
  /** Requests aborted: anything else the page (or office.js) tried to reach. */
  blocked: string[];
  /** Every request the browser reported, routed or not. */
  seen: string[];
}

/** True for addresses that never leave this machine. */
export function isLocal(url: string, origin: string): boolean {
  const parsed = new URL(url);
  if (["data:", "blob:", "about:"].includes(parsed.protocol)) return true;
  return parsed.origin === origin || ["127.0.0.1", "localhost", "[::1]"].includes(parsed.hostname);
}

/** Our own server, or content that is already in the page (data:, blob:). */
function ours(url: string, origin: string): boolean {
  const parsed = new URL(url);
  return ["data:", "blob:", "about:"].includes(parsed.protocol) || parsed.origin === origin;
}

function localOfficeFile(url: string, source: OfficeJsSource): string | null {
  const pathname = new URL(url).href.split(/[?#]/)[0];
  if ("fakeHost" in source) return pathname === OFFICE_JS_URL ? source.fakeHost : null;
  if (!pathname.startsWith(OFFICE_CDN_FOLDER)) return null;
  const file = path.resolve(source.officeFolder, decodeURIComponent(pathname.slice(OFFICE_CDN_FOLDER.length)));
  const inside = file.startsWith(path.resolve(source.officeFolder) + path.sep);
  return inside && existsSync(file) && statSync(file).isFile() ? file : null;
}

/** Routes every request of `context` as described above and returns the (live) log. */
export async function guardNetwork(context: BrowserContext, origin: string, office: OfficeJsSource): Promise<NetworkLog> {
  const log: NetworkLog = { passed: [], served: [], blocked: [], seen: [] };
  context.on("request", (request: Request) => log.seen.push(request.url()));
  await context.route("**/*", async (route: Route) => {
    const url = route.request().url();
    // Only our own server passes: another local port (someone's dev server) is not the build under test.
    if (ours(url, origin)) {
      log.passed.push(url);
      return route.continue();
    }
    const file = localOfficeFile(url, office);
    if (file) {
      log.served.push(url);
      const type = file.endsWith(".js") ? "text/javascript; charset=utf-8" : undefined;
      return route.fulfill({ path: file, contentType: type });
    }
    log.blocked.push(url);
    return route.abort("blockedbyclient");
  });
  return log;
}

/** Requests that left (or tried to leave) the machine without being routed: must be none. */
export function escaped(log: NetworkLog, origin: string): string[] {
  const handled = new Set([...log.served, ...log.blocked]);
  return [...log.passed.filter((url) => !isLocal(url, origin)), ...log.seen.filter((url) => !isLocal(url, origin) && !handled.has(url))];
}

/** Host names of the blocked requests, for the report. */
export function blockedHosts(log: NetworkLog): string[] {
  return [...new Set(log.blocked.map((url) => new URL(url).hostname))];
}
