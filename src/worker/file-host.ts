/**
 * The file worker's side of the protocol (./protocol.ts), apart from the Worker global so a
 * test can run it in-process: it opens a workbook from bytes, runs the workbench's methods on
 * it one request at a time, and saves it back to bytes.
 */
import { makeWorkbench } from "../app/operations";
import type { ProgressFn, Workbench } from "../app/workbench";
import type { WorkbookPort } from "../sheets/port";
import { lazyCollectFiles } from "../xlsx/collect-files-lazy";
import { isCallbackMarker, OPEN, SAVE, type OpenedWorkbench, type WorkerReply, type WorkerRequest } from "./protocol";
import { trackedPort, type Tracker } from "./tracked-session";

/** A workbook opened in the worker: its port, and how to save it. */
export interface OpenedFile {
  port: WorkbookPort;
  save(progress: ProgressFn): Promise<Uint8Array>;
}

/** Opens .xlsx bytes (reporting progress); throws a Chinese error when they are not a workbook. */
export type FileOpener = (bytes: ArrayBuffer, progress: ProgressFn) => Promise<OpenedFile>;

/** Sends a reply to the pane, transferring the listed buffers. */
export type PostReply = (reply: WorkerReply, transfer?: Transferable[]) => void;

/** Every method of `object`, own or inherited (but not Object's). */
function methodNames(object: object): string[] {
  const names = new Set<string>();
  for (let o: object | null = object; o && o !== Object.prototype; o = Object.getPrototypeOf(o) as object | null) {
    for (const key of Object.getOwnPropertyNames(o)) {
      if (key !== "constructor" && typeof (object as Record<string, unknown>)[key] === "function") names.add(key);
    }
  }
  return [...names];
}

/** The bytes of `view` as a whole ArrayBuffer of their own, so it can be transferred without taking more than them. */
function ownBuffer(view: Uint8Array): ArrayBuffer {
  const whole = view.byteOffset === 0 && view.byteLength === view.buffer.byteLength && view.buffer instanceof ArrayBuffer;
  return whole ? (view.buffer as ArrayBuffer) : (view.slice().buffer as ArrayBuffer);
}

/**
 * A workbench answer with the bytes of its summary (分发填报模板's .zip) moved to the pane
 * instead of copied: a few MB for 150 templates, which the worker no longer needs.
 */
function withTransfers(value: unknown): { value: unknown; transfer?: Transferable[] } {
  const summary = (value as { summary?: unknown } | null)?.summary;
  if (typeof summary !== "object" || summary === null) return { value };
  const transfer: Transferable[] = [];
  const moved: Record<string, unknown> = { ...summary };
  for (const [key, v] of Object.entries(moved)) {
    if (!(v instanceof Uint8Array) || v.byteLength === 0) continue;
    const buffer = ownBuffer(v);
    moved[key] = new Uint8Array(buffer);
    transfer.push(buffer);
  }
  return transfer.length > 0 ? { value: { ...(value as object), summary: moved }, transfer } : { value };
}

function errorOf(error: unknown): { name: string; message: string } {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: "Error", message: typeof error === "string" ? error : "" };
}

/**
 * The request handler of a file worker. Requests run one after another (a second request
 * waits for the first), so an operation never sees a workbook another one is half-way through.
 */
export function createFileHost(post: PostReply, open: FileOpener): (request: WorkerRequest) => Promise<void> {
  let file: { opened: OpenedFile; workbench: Workbench } | null = null;
  const tracker: Tracker = { wrote: false, progress: null };
  // The workbench's clock is the pane's clock at the request: a replayed request writes the same run time.
  let now = 0;
  let queue: Promise<void> = Promise.resolve();

  const callbacksOf = (request: WorkerRequest): unknown[] =>
    request.args.map((arg) => {
      if (!isCallbackMarker(arg)) return arg;
      const send: ProgressFn = (step, fraction) => post({ kind: "progress", id: request.id, callback: arg.__callback, args: [step, fraction] });
      // What the operation reports becomes the base of the worker's own finer reports (per sheet read).
      const report: ProgressFn = (step, fraction) => {
        tracker.progress = { report: send, step, fraction };
        send(step, fraction);
      };
      return report;
    });

  async function perform(request: WorkerRequest, args: unknown[]): Promise<{ value: unknown; transfer?: Transferable[] }> {
    const progress = (args.find((a) => typeof a === "function") as ProgressFn | undefined) ?? (() => undefined);
    if (request.method === OPEN) {
      const opened = await open(args[0] as ArrayBuffer, progress);
      // A file has no cursor to move: jumping to a cell is a no-op (the pane shows no links in file mode).
      const workbench = makeWorkbench(
        trackedPort(opened.port, tracker),
        "file",
        async () => undefined,
        () => new Date(now),
        lazyCollectFiles
      );
      file = { opened, workbench };
      const value: OpenedWorkbench = { mode: "file", methods: methodNames(workbench).filter((m) => m !== "mode") };
      return { value };
    }
    if (!file) throw new Error("请先选择一个工作簿。");
    if (request.method === SAVE) {
      const buffer = ownBuffer(await file.opened.save(progress));
      return { value: new Uint8Array(buffer), transfer: [buffer] };
    }
    const method = (file.workbench as unknown as Record<string, unknown>)[request.method];
    if (typeof method !== "function") throw new Error(`工作台没有“${request.method}”这项操作。请刷新任务窗格后重试。`);
    return withTransfers(await (method as (...a: unknown[]) => Promise<unknown>).apply(file.workbench, args));
  }

  async function handle(request: WorkerRequest): Promise<void> {
    now = request.now;
    tracker.wrote = false;
    tracker.progress = null;
    const args = callbacksOf(request);
    try {
      const { value, transfer } = await perform(request, args);
      post({ kind: "done", id: request.id, value, wrote: tracker.wrote }, transfer);
    } catch (error) {
      post({ kind: "failed", id: request.id, error: errorOf(error), wrote: tracker.wrote });
    } finally {
      tracker.progress = null;
    }
  }

  return (request) => (queue = queue.then(() => handle(request)));
}
