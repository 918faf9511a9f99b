/**
 * The production build in Chromium (issue 4, "Tests that must exist"): (a) with the strict
 * fake as the Excel host, (b) in file mode with the real office.js. The network is guarded:
 * only the local server passes, office.js comes from local files, all else is aborted.
 * Screenshots and each test's network report go to test-output/browser/ (git-ignored).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { describeWithTool, which } from "../support/external-tool";
import { bundleFakeHost, DIST, ensureProductionBuild, ROOT } from "./builds";
import { fakeHostFlow } from "./fake-host-flow";
import { fileModeFlow } from "./file-mode-flow";
import { blockedHosts, escaped, type OfficeJsSource } from "./network-guard";
import { launchChromium, openPane, OUTPUT_DIR, type PaneSession } from "./pane-session";
import { serveStatic, type StaticServer } from "./static-server";

/** The iframe office.js opens outside Office about 3 s after loading: aborted like everything else, and the only thing allowed to be. */
const OFFICE_TELEMETRY_HOST = "telemetryservice.firstpartyapps.oaspapps.com";
const OFFICE_JS_FOLDER = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

const describeBrowser = describeWithTool(which("chromium"), "the task pane browser tests", "Debian's chromium (apt-get install chromium)");

describeBrowser("the task pane in Chromium, served from the production build", () => {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let fakeHost = "";
  let tmp = "";

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), "tisheng-browser-"));
    // dist/ is built once per run (the global setup starts it); this waits for it, or builds it when stale.
    [, fakeHost] = await Promise.all([ensureProductionBuild(), bundleFakeHost()]);
    server = await serveStatic(DIST);
    browser = await launchChromium();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  /** Opens the pane, runs `flow`, then holds the page to "nothing leaves localhost" and writes the network report. */
  async function withPane(name: string, office: OfficeJsSource, allowedBlockedHosts: readonly string[], flow: (pane: PaneSession) => Promise<void>) {
    if (!browser || !server) throw new Error("beforeAll did not finish");
    server.notFound.length = 0;
    const pane = await openPane(browser, server.origin, office);
    try {
      await flow(pane);
      const { network, pageErrors } = pane;
      const report = { blockedHosts: blockedHosts(network), ...network, notFound: server.notFound, pageErrors };
      writeFileSync(path.join(OUTPUT_DIR, `${name}-network.json`), JSON.stringify(report, null, 2));
      expect(escaped(network, server.origin)).toEqual([]);
      expect(network.blocked.filter((url) => !allowedBlockedHosts.includes(new URL(url).hostname))).toEqual([]);
      expect({ pageErrors, notFound: server.notFound }).toEqual({ pageErrors: [], notFound: [] });
    } finally {
      await pane.context.close();
    }
  }

  it("inside Excel: creates the demo workbook, ranks it in 1 read + 1 write sync, and a finding selects its cell", async () => {
    // The fake host makes no telemetry call: nothing at all may be blocked.
    await withPane("a-fake-host", { fakeHost }, [], fakeHostFlow);
  }, 120_000);

  it("outside Excel: ranks an uploaded workbook and downloads the result, input sheets unchanged", async () => {
    await withPane("b-file-mode", { officeFolder: OFFICE_JS_FOLDER }, [OFFICE_TELEMETRY_HOST], (pane) => fileModeFlow(pane, tmp));
  }, 120_000);
});
