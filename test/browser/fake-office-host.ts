/**
 * The office.js the browser tests serve in place of Microsoft's: the strict fake installed
 * as the Excel host (Excel on the web, every requirement set up to 1.17), plus the little of
 * Office the pane and the ribbon use. `window.__tisheng` lets the test inspect the workbook
 * and the round trips of each Excel.run. Bundled by fake-host.webpack.config.js.
 */
import { FakeWorkbook, installFakeExcel } from "../support/fake-excel";
import type { FakeHostProbe, FakeHostWindow, RunRecord } from "./fake-host-probe";

const workbook = new FakeWorkbook();
// A new workbook in Excel always has one sheet: the pane must build around it.
workbook.addSheet("Sheet1");
const fake = installFakeExcel({ workbook });

type Globals = { Excel: { run: (batch: unknown) => Promise<unknown> }; Office: Record<string, unknown> };
const globals = globalThis as unknown as Globals;

// Office.onReady (resolving {host: "Excel", platform: "OfficeOnline"}), HostType and
// context.requirements.isSetSupported come from the fake; add what office.js also defines.
Object.assign(globals.Office, {
  HostType: { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
  PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
  // The ribbon's function file associates its commands; the pane never needs them here.
  actions: { associate: () => undefined },
});

// Count each Excel.run's own round trips, so a test can hold one operation to its budget even
// when the pane runs another (its state refresh) right after it.
const runs: RunRecord[] = [];
const inFlight = new Set<RunRecord>();
const fakeRun = globals.Excel.run;
globals.Excel.run = async (batch: unknown) => {
  const record: RunRecord = { syncs: 0, requests: [], overlapped: inFlight.size > 0 };
  inFlight.forEach((other) => (other.overlapped = true));
  inFlight.add(record);
  runs.push(record);
  const first = fake.requests.length;
  try {
    return await fakeRun(batch);
  } catch (error) {
    record.failed = (error as { code?: string }).code ?? String(error);
    throw error;
  } finally {
    inFlight.delete(record);
    record.requests = fake.requests.slice(first).map((r) => ({ ...r }));
    record.syncs = record.requests.length;
  }
};

const probe: FakeHostProbe = {
  workbook,
  runs,
  syncCount: () => fake.syncCount(),
  sheetNames: () => workbook.sheetNames(),
  grid: (sheet) => workbook.find(sheet)?.grid() ?? null,
  selection: () => (workbook.selection ? { ...workbook.selection } : null),
  activeSheet: () => workbook.active?.name ?? null,
};
(window as unknown as FakeHostWindow).__tisheng = probe;
