/**
 * 分发填报模板, 汇总回收文件 and 撤销上次汇总 in file mode: through the proxy
 * (src/taskpane/worker-workbench.ts) and the real worker handler run in-process. The .zip
 * comes back, the pane keeps its files' bytes, the preview is read-only (never replayed),
 * and after a cancel the rebuilt workbook replays the distribution and the confirmed
 * batch with their bytes, so a download has exactly what was confirmed.
 */
import { createOperation } from "../../src/app/create-operation";
import type { ProgressFn, ReturnedFileInput } from "../../src/app/workbench";
import type { CampaignData } from "../../src/domain/types";
import { COLLECT_LOG_SHEET } from "../../src/sheets/collect/log-sheet";
import { readCampaign } from "../../src/sheets/read/read-campaign";
import { templateFileName } from "../../src/sheets/templates/file-name";
import { CANCELLED_MESSAGE } from "../../src/taskpane/worker-channel";
import { FileSession } from "../../src/taskpane/worker-workbench";
import { openXlsxWithProgress } from "../../src/worker/open-xlsx";
import { newXlsxPort, openXlsxPort } from "../../src/xlsx/xlsx-port";
import { rawEntryBytes, readCentralDirectory } from "../../src/xlsx/zip/central-directory";
import { bare, fillFirstProgress } from "../cli/collect-fixtures";
import { InProcessWorker } from "./worker-in-process";

const clock = () => new Date(Date.UTC(2010, 10, 1, 4));
const quiet: ProgressFn = () => undefined;
const KINDS = ["plans", "progress", "inspections"] as const;

let master: Uint8Array;
beforeAll(async () => {
  const handle = await newXlsxPort();
  await handle.port.run((s) => createOperation(s, { year: 2010, demo: true, campaignId: "f".repeat(32) }, new Date(2010, 0, 15), quiet));
  master = await handle.save();
}, 60_000);

function sessionWith() {
  const workers: InProcessWorker[] = [];
  const session = new FileSession({
    clock,
    spawn: () => {
      const worker = new InProcessWorker(openXlsxWithProgress);
      workers.push(worker);
      return worker;
    },
  });
  return { session, workers };
}

async function bookOf(bytes: Uint8Array) {
  const handle = await openXlsxPort(bytes);
  const grids = await handle.port.run(async (s) => s.readSheets(await s.sheetNames()));
  return { names: handle.workbook.worksheets.map((w) => w.name), data: readCampaign(grids).data, grids };
}

const rowsOf = (data: CampaignData) => Object.fromEntries(KINDS.map((k) => [k, bare(data[k])]));

/** Distributes one unit's template in `workbench` and returns that unit and its filled template. */
async function distributeAndFill(workbench: Awaited<ReturnType<FileSession["open"]>>, notes: string) {
  const before = await bookOf(master);
  const unit = before.data.units.find((u) => KINDS.every((k) => before.data[k].some((r) => r.unitCode === u.code)))!;
  const distributed = await workbench.distributeTemplates({ units: [unit.code] }, quiet);
  expect(distributed.ok).toBe(true);
  const zip = distributed.summary!.zip;
  expect(zip).toBeInstanceOf(Uint8Array);
  const entries = readCentralDirectory(zip);
  const name = templateFileName(unit, 2010);
  expect(entries.map((e) => e.name)).toEqual([name]);
  const file: ReturnedFileInput = { name, data: await fillFirstProgress(rawEntryBytes(zip, entries[0]), notes) };
  return { before, unit, file };
}

describe("分发汇总 in file mode", () => {
  it("distributes, previews without journaling, confirms, and a cancel afterwards replays both writes with their bytes", async () => {
    const { session, workers } = sessionWith();
    const workbench = await session.open(master.slice().buffer as ArrayBuffer);
    const { before, unit, file } = await distributeAndFill(workbench, "已召开专题会议部署");
    const size = file.data.byteLength;

    const preview = await workbench.collect([file], { write: false }, quiet);
    expect(preview.summary).toEqual(expect.objectContaining({ written: false, changesMaster: true }));
    expect(preview.summary!.files.map((f) => f.status)).toEqual(["merged"]);
    // The pane keeps its bytes: the worker got a transferred copy, and the confirm sends the same files.
    expect(file.data.byteLength).toBe(size);
    const confirmed = await workbench.collect([file], { write: true }, quiet);
    expect(confirmed.summary).toEqual(expect.objectContaining({ written: true }));

    // Cancel a later action: the workbook is rebuilt from the original bytes and the journal.
    let cancelled = false;
    await expect(workbench.rank(() => void (cancelled ||= session.cancel()))).rejects.toThrow(CANCELLED_MESSAGE);
    const saved = await session.save();
    expect(workers).toHaveLength(2);
    const replayed = workers[1].received;
    expect(replayed.map((r) => r.method)).toEqual(["open", "distributeTemplates", "collect", "save"]);
    const files = replayed[2].args[0] as ReturnedFileInput[];
    expect(files.map((f) => [f.name, f.data.byteLength])).toEqual([[file.name, size]]);
    expect(replayed[2].args[1]).toEqual({ write: true });

    const after = await bookOf(saved);
    // The template carried the unit's reports; the one it filled in joins them.
    const had = before.data.progress.filter((r) => r.unitCode === unit.code).map((r) => r.notes);
    expect(after.data.progress.filter((r) => r.unitCode === unit.code).map((r) => r.notes)).toEqual([...had, "已召开专题会议部署"]);
    const others = (data: CampaignData) => bare(data.progress.filter((r) => r.unitCode !== unit.code));
    expect(others(after.data)).toEqual(others(before.data));
    expect(after.names).toEqual(expect.arrayContaining(["分发记录", COLLECT_LOG_SHEET, "报送情况"]));
    // The rewritten input sheets keep their tabs.
    for (const name of ["方案报送", "工作进度", "自查自纠"]) expect(after.names.indexOf(name)).toBe(before.names.indexOf(name));

    const undone = await workbench.undoCollect(quiet);
    expect(undone.ok).toBe(true);
    expect(rowsOf((await bookOf(await session.save())).data)).toEqual(rowsOf(before.data));
  }, 120_000);

  it("an aborted signal stops the worker: the call answers as cancelled and the workbook is as before it", async () => {
    const { session, workers } = sessionWith();
    const workbench = await session.open(master.slice().buffer as ArrayBuffer);
    const { before, file } = await distributeAndFill(workbench, "推进中");
    const controller = new AbortController();
    const outcome = await workbench.collect([file], { write: true, signal: controller.signal }, (step) => {
      if (step.startsWith("第 1/1 份")) controller.abort();
    });
    expect(outcome).toEqual({ ok: false, findings: [], message: CANCELLED_MESSAGE });
    expect(workers[0].terminated).toBe(true);
    // The signal never crossed into a worker.
    expect(workers.flatMap((w) => w.received).every((r) => JSON.stringify(r.args).indexOf("signal") < 0)).toBe(true);
    const after = await bookOf(await session.save());
    expect(after.names).not.toContain(COLLECT_LOG_SHEET);
    expect(after.names).toContain("分发记录");
    expect(rowsOf(after.data)).toEqual(rowsOf(before.data));

    // Aborted before it starts: nothing is sent at all.
    const sent = workers[1].received.length;
    expect(await workbench.collect([file], { write: true, signal: controller.signal }, quiet)).toEqual(expect.objectContaining({ ok: false }));
    expect(workers[1].received).toHaveLength(sent);
  }, 120_000);
});
