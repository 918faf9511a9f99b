/**
 * The production build in Chromium (issue 4, "Tests that must exist"): (a) with the strict
 * fake as the Excel host, (b) in file mode with the real office.js. The network is guarded:
 * only the local server passes, office.js comes from local files, all else is aborted.
 * Screenshots and the network report go to test-output/browser/ (git-ignored).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { CONTRACT_SHEETS, OUTPUT_SHEETS } from "../../src/sheets/contract";
import { describeWithTool, which } from "../support/external-tool";
import { bundleFakeHost, DIST, ensureProductionBuild } from "./builds";
import { checkFileMode } from "./file-mode-flow";
import { checkFakeHost } from "./fake-host-flow";
import { blockedHosts, escaped, type NetworkLog } from "./network-guard";
import { launchChromium, OUTPUT_DIR, type PaneSession } from "./pane-session";
import { serveStatic, type StaticServer } from "./static-server";

/** The iframe office.js opens outside Office about 3 s after loading; aborted like everything else. */
const OFFICE_TELEMETRY_HOST = "telemetryservice.firstpartyapps.oaspapps.com";

const describeBrowser = describeWithTool(which("chromium"), "the task pane browser tests", "Debian's chromium (apt-get install chromium)");

describeBrowser("the task pane in Chromium, served from the production build", () => {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let fakeHost: string;
  let tmp: string;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), "tisheng-browser-"));
    // webpack production takes a while; `npm test` builds only after jest, so build here when dist/ is stale.
    [, fakeHost] = await Promise.all([ensureProductionBuild(), bundleFakeHost(path.join(tmp, "fake-host"))]);
    server = await serveStatic(DIST);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  /** Writes what the page asked of the network, then holds it to "nothing leaves localhost". */
  function checkNetwork(name: string, pane: PaneSession, allowedBlockedHosts: readonly string[]): NetworkLog {
    const origin = server!.origin;
    const { network } = pane;
    const report = { blockedHosts: blockedHosts(network), ...network, notFound: server!.notFound, pageErrors: pane.pageErrors };
    writeFileSync(path.join(OUTPUT_DIR, `${name}-network.json`), JSON.stringify(report, null, 2));
    expect(escaped(network, origin)).toEqual([]);
    expect(network.blocked.filter((url) => !allowedBlockedHosts.includes(new URL(url).hostname))).toEqual([]);
    return network;
  }

  it("inside Excel: creates the demo workbook, ranks it in 1 read + 1 write sync, and a finding selects its cell", async () => {
    server!.notFound.length = 0;
    const pane = await checkFakeHost(browser!, server!.origin, fakeHost, {
      inputSheets: CONTRACT_SHEETS.map((s) => s.name),
      ranking: OUTPUT_SHEETS.ranking,
      accountability: OUTPUT_SHEETS.accountability,
    });
    try {
      // The fake host makes no telemetry call: nothing at all may be blocked.
      checkNetwork("a-fake-host", pane, []);
      expect(pane.pageErrors).toEqual([]);
      expect(server!.notFound).toEqual([]);
    } finally {
      await pane.context.close();
    }
  }, 120_000);

  it("outside Excel: ranks an uploaded workbook and downloads the result with the input sheets unchanged", async () => {
    server!.notFound.length = 0;
    const pane = await checkFileMode(browser!, server!.origin, tmp, {
      inputSheets: CONTRACT_SHEETS.map((s) => s.name),
      ranking: OUTPUT_SHEETS.ranking,
      accountability: OUTPUT_SHEETS.accountability,
    });
    try {
      checkNetwork("b-file-mode", pane, [OFFICE_TELEMETRY_HOST]);
      expect(pane.pageErrors).toEqual([]);
      expect(server!.notFound).toEqual([]);
    } finally {
      await pane.context.close();
    }
  }, 120_000);
});
