/**
 * The file-mode proxy (src/taskpane/worker-workbench.ts) over the real worker handler run
 * in-process with exceljs: methods forwarded by name, bytes transferred, progress and errors
 * crossing the boundary, and cancel or a failure half-way leaving the pre-action workbook.
 */
import { Workbook } from "exceljs";
import { OUTPUT_SHEETS } from "../../src/sheets/contract";
import { CANCELLED_MESSAGE, CancelledError, type WorkerLike } from "../../src/taskpane/worker-channel";
import { FileSession } from "../../src/taskpane/worker-workbench";
import type { FileOpener } from "../../src/worker/file-host";
import { openXlsxWithProgress } from "../../src/worker/open-xlsx";
import type { WorkerReply, WorkerRequest } from "../../src/worker/protocol";
import { demoWorkbookBytes } from "../browser/demo-workbook";
import { InProcessWorker } from "./worker-in-process";

const clock = () => new Date(Date.UTC(2010, 7, 15, 2));

let demo: Uint8Array;
beforeAll(async () => {
  demo = await demoWorkbookBytes(2010);
}, 60_000);

/** A fresh ArrayBuffer holding the demo workbook (open() transfers it away). */
const demoBuffer = () => demo.slice().buffer as ArrayBuffer;

async function sheetNamesOf(bytes: Uint8Array): Promise<string[]> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((ws) => ws.name);
}

/** A session whose workers run in-process with `opener`; `workers` lists every worker it started. */
function sessionWith(opener: FileOpener = openXlsxWithProgress) {
  const workers: InProcessWorker[] = [];
  const session = new FileSession({
    clock,
    spawn: () => {
      const worker = new InProcessWorker(opener);
      workers.push(worker);
      return worker;
    },
  });
  return { session, workers };
}

describe("the file worker proxy", () => {
  it("transfers the bytes to the worker and forwards the workbench's methods by name", async () => {
    const { session, workers } = sessionWith();
    const data = demoBuffer();
    const workbench = await session.open(data);
    // Transferred, not copied: the pane's buffer is detached.
    expect(data.byteLength).toBe(0);
    expect(workbench.mode).toBe("file");
    expect(Object.keys(workbench)).toEqual(expect.arrayContaining(["state", "createWorkbook", "rank", "validate", "selectCell"]));
    const state = await workbench.state();
    expect(state.presentSheets).toContain("评议评分");
    expect(state.year).toBe(2010);
    expect(workers.map((w) => w.received.map((r) => r.method))).toEqual([["open", "state"]]);
  });

  it("reports reading progress with row counts per sheet, and the operation's steps", async () => {
    const { session } = sessionWith();
    const opening: string[] = [];
    const workbench = await session.open(demoBuffer(), (step) => opening.push(step));
    expect(opening[0]).toMatch(/^正在读取工作簿（\d+\.\d MB）…$/);
    expect(opening).toContainEqual(expect.stringMatching(/^正在读取 评议评分 … [\d,]+\/[\d,]+ 行$/));
    expect(opening).toContain("已读取工作簿");

    const ranking: [string, number][] = [];
    const outcome = await workbench.rank((step, fraction) => ranking.push([step, fraction]));
    expect(outcome.summary?.ranked).toBeGreaterThan(0);
    const steps = ranking.map(([step]) => step);
    expect(steps).toContain("读取所有录入工作表");
    expect(steps).toContainEqual(expect.stringMatching(/^读取所有录入工作表：已读取 评议评分，[\d,]+ 行$/));
    expect(steps[steps.length - 1]).toBe("完成");
    const fractions = ranking.map(([, f]) => f);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });

  it("passes a worker-side exception through as the same Chinese error", async () => {
    const { session } = sessionWith();
    const error = await session.open(new Uint8Array([1, 2, 3]).buffer).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    // The reader's file checks refuse it before exceljs sees it.
    expect((error as Error).name).toBe("WorkbookRefusedError");
    expect((error as Error).message).toMatch(/^不是有效的 \.xlsx 工作簿：/);
  });

  it("saves the workbook with the results of finished actions", async () => {
    const { session } = sessionWith();
    const workbench = await session.open(demoBuffer());
    await workbench.validate(() => undefined);
    const saved = await session.save();
    expect(saved).toBeInstanceOf(Uint8Array);
    expect(await sheetNamesOf(saved)).toContain(OUTPUT_SHEETS.validation);
  });

  it("cancel stops the worker mid-action and rebuilds the workbook as it was before, so a download gets no half-written result", async () => {
    const { session, workers } = sessionWith();
    const workbench = await session.open(demoBuffer());
    await workbench.validate(() => undefined);
    expect(await sheetNamesOf(demo)).not.toContain(OUTPUT_SHEETS.ranking);

    let cancelled = false;
    const ranking = workbench.rank(() => {
      if (!cancelled) cancelled = session.cancel();
    });
    await expect(ranking).rejects.toThrow(CancelledError);
    await expect(ranking).rejects.toThrow(CANCELLED_MESSAGE);
    expect(cancelled).toBe(true);
    expect(workers[0].terminated).toBe(true);

    const restoring: string[] = [];
    const names = await sheetNamesOf(await session.save((step) => restoring.push(step)));
    expect(names).toContain(OUTPUT_SHEETS.validation);
    expect(names).not.toContain(OUTPUT_SHEETS.ranking);
    expect(restoring).toContainEqual(expect.stringMatching(/^正在恢复操作前的工作簿：/));
    // The new worker got the original bytes, then the journaled validate with its own clock, then the save.
    expect(workers).toHaveLength(2);
    const [first, second] = workers.map((w) => w.received);
    expect(second.map((r) => r.method)).toEqual(["open", "validate", "save"]);
    expect(second[1].now).toBe(first.find((r) => r.method === "validate")?.now);
    expect((second[0].args[0] as ArrayBuffer).byteLength).toBe(demo.byteLength);
  });

  it("cancel while opening gives up the file and starts no other worker", async () => {
    const { session, workers } = sessionWith();
    const opening = session.open(demoBuffer(), () => void session.cancel());
    await expect(opening).rejects.toThrow(CancelledError);
    expect(workers).toHaveLength(1);
    expect(workers[0].terminated).toBe(true);
  });

  it("an action that fails after it started writing is undone: the error arrives unchanged and the workbook is rebuilt", async () => {
    let failWrites = true;
    const opener: FileOpener = async (bytes, progress) => {
      const opened = await openXlsxWithProgress(bytes, progress);
      return {
        save: opened.save,
        port: {
          run: (work) =>
            opened.port.run((session) =>
              work({
                ...session,
                writeBlocks: async (blocks, options) => {
                  await session.writeBlocks(blocks.slice(0, 1), options);
                  if (failWrites) throw new Error("写入校验结果失败：内存不足。请关闭其他程序后重试。");
                  await session.writeBlocks(blocks.slice(1), options);
                },
              })
            ),
        },
      };
    };
    const { session, workers } = sessionWith(opener);
    const workbench = await session.open(demoBuffer());
    const error = await workbench.validate(() => undefined).catch((e: unknown) => e);
    expect((error as Error).message).toBe("写入校验结果失败：内存不足。请关闭其他程序后重试。");
    failWrites = false;
    expect(await sheetNamesOf(await session.save())).not.toContain(OUTPUT_SHEETS.validation);
    expect(workers).toHaveLength(2);
  });
});

/** A worker that answers as told, to look at the messages themselves. */
class ScriptedWorker implements WorkerLike {
  onmessage: WorkerLike["onmessage"] = null;
  onerror: WorkerLike["onerror"] = null;
  readonly sent: { message: WorkerRequest; transfer: Transferable[] }[] = [];
  terminated = false;
  postMessage(message: WorkerRequest, transfer: Transferable[]) {
    this.sent.push({ message, transfer });
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: WorkerReply) {
    this.onmessage?.({ data });
  }
}

describe("the proxy's messages", () => {
  async function opened() {
    const worker = new ScriptedWorker();
    const session = new FileSession({ clock, spawn: () => worker });
    const data = new ArrayBuffer(8);
    const opening = session.open(data);
    expect(worker.sent[0].message).toMatchObject({ id: 1, method: "open", now: clock().getTime() });
    expect(worker.sent[0].transfer).toEqual([data]);
    // A method added to the Workbench later is forwarded without any change to the proxy.
    worker.reply({ kind: "done", id: 1, value: { mode: "file", methods: ["state", "futureReport"] }, wrote: false });
    return { worker, session, workbench: (await opening) as unknown as Record<string, (...args: unknown[]) => Promise<unknown>> };
  }

  it("forwards any method by name, functions travelling as callback markers and coming back as progress", async () => {
    const { worker, workbench } = await opened();
    const progress = jest.fn();
    const result = workbench.futureReport({ month: 8 }, progress);
    await new Promise((resolve) => setTimeout(resolve));
    expect(worker.sent[1].message).toEqual({ id: 2, method: "futureReport", args: [{ month: 8 }, { __callback: 1 }], now: clock().getTime() });
    worker.reply({ kind: "progress", id: 2, callback: 1, args: ["正在读取 工作进度 … 1,000/2,000 行", 0.3] });
    expect(progress).toHaveBeenCalledWith("正在读取 工作进度 … 1,000/2,000 行", 0.3);
    worker.reply({ kind: "done", id: 2, value: { ok: true }, wrote: false });
    await expect(result).resolves.toEqual({ ok: true });
  });

  it("a worker that dies rejects what waits with a Chinese message that says what to do", async () => {
    const { worker, workbench } = await opened();
    const state = workbench.state();
    await new Promise((resolve) => setTimeout(resolve));
    worker.onerror?.({ message: "Out of memory" });
    await expect(state).rejects.toThrow(/^处理工作簿的后台程序意外停止（Out of memory）。.*请重试/);
    expect(worker.terminated).toBe(true);
  });
});
