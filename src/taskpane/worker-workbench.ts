/**
 * File mode's workbench as the pane sees it: a proxy that forwards every Workbench method,
 * by name, to a dedicated worker (src/worker/file-worker.ts) where the workbook lives.
 *
 * Cancelling stops the worker outright (exceljs's work is synchronous, so a "please stop"
 * message would be read only after the work ended). The workbook is then rebuilt in a new
 * worker from the original bytes plus a replay of every earlier call that wrote and
 * succeeded, with the same arguments and the same clock: so it is exactly the workbook as it
 * was before the cancelled action, and a download afterwards never gets a half-written one.
 * A call that failed after it had started writing is undone the same way. Returned files'
 * bytes are journaled too (./worker-args), so a confirmed 汇总回收文件 replays exactly.
 */
import type { OperationOutcome, ProgressFn, Workbench } from "../app/workbench";
import { OPEN, SAVE, type OpenedWorkbench } from "../worker/protocol";
import { keepArgs, prepareArgs, replayArgs } from "./worker-args";
import { CANCELLED_MESSAGE, CancelledError, openChannel, WorkerFailure, type WorkerChannel, type WorkerLike } from "./worker-channel";

export interface FileSessionOptions {
  /** Starts a file worker. */
  spawn: () => WorkerLike;
  /** The pane's clock: each call carries its time to the worker. */
  clock: () => Date;
}

/** A call that wrote, kept to be replayed; function arguments (progress) are left out, bytes kept as Blobs. */
interface Journaled {
  method: string;
  args: unknown[];
  now: number;
}

const PROGRESS_SLOT = Symbol("progress");
const noProgress: ProgressFn = () => undefined;

/** What a call cancelled through its own AbortSignal answers (汇总回收文件): nothing written, and why. */
const cancelledOutcome = (): OperationOutcome => ({ ok: false, findings: [], message: CANCELLED_MESSAGE });

/** One opened file in one worker (replaced by a fresh worker after a cancel). */
export class FileSession {
  private channel: WorkerChannel | null = null;
  private original: Blob | null = null;
  private readonly journal: Journaled[] = [];
  /** Settles when the workbook is ready for the next call (after a restore, when it finished). */
  private ready: Promise<void> = Promise.resolve();
  private restoring = false;
  /** Where a restore reports its progress: the call that waits for it. */
  private restoreProgress: ProgressFn = noProgress;
  /** Calls waiting for a restore, to reject when cancelled. */
  private readonly waiting = new Set<(error: Error) => void>();
  /** Set when the workbook can no longer be used (closed, or a restore failed): every call throws it. */
  private broken: Error | null = null;
  private opened = false;

  constructor(private readonly options: FileSessionOptions) {}

  /** Opens .xlsx bytes in a new worker; `data` is transferred, not copied (it is empty afterwards). */
  async open(data: ArrayBuffer, progress: ProgressFn = noProgress): Promise<Workbench> {
    // The one copy: the original bytes outlive a stopped worker, to rebuild the workbook after a cancel.
    this.original = new Blob([data]);
    this.channel = this.newChannel();
    const { value } = await this.channel.request(OPEN, [data, progress], this.now(), [data]);
    const opened = value as OpenedWorkbench;
    this.opened = true;
    const workbench: Record<string, unknown> = { mode: opened.mode };
    for (const method of opened.methods) workbench[method] = (...args: unknown[]) => this.call(method, args);
    return workbench as unknown as Workbench;
  }

  /** The workbook's bytes as they are now (transferred from the worker). */
  async save(progress: ProgressFn = noProgress): Promise<Uint8Array> {
    return (await this.call(SAVE, [progress])) as Uint8Array;
  }

  /** Stops what runs now (the open, a call, or the wait for a restore); false when nothing ran. */
  cancel(): boolean {
    const waiters = [...this.waiting];
    this.waiting.clear();
    waiters.forEach((reject) => reject(new CancelledError()));
    if (!this.channel?.busy() || this.restoring) return waiters.length > 0;
    this.channel.close(new CancelledError());
    // A cancelled open has nothing to go back to: the pane keeps the file it had before.
    if (this.opened) this.restore();
    return true;
  }

  /** Stops the worker for good (another file was opened). */
  dispose(): void {
    this.broken = new Error("这个工作簿已关闭。请重新选择文件。");
    this.channel?.close(this.broken);
  }

  private now(): number {
    return this.options.clock().getTime();
  }

  private newChannel(): WorkerChannel {
    // A worker that dies by itself (out of memory) is replaced like a cancelled one; one that dies
    // while opening or restoring is not retried (it would die again): its requests fail instead.
    return openChannel(this.options.spawn(), () => {
      if (this.opened && !this.restoring) this.restore();
    });
  }

  private async call(method: string, args: unknown[]): Promise<unknown> {
    const progress = (args.find((a) => typeof a === "function") as ProgressFn | undefined) ?? noProgress;
    const prepared = prepareArgs(args);
    // A signal cannot cross into the worker: aborting it is this proxy's cancel (the worker is stopped, the workbook rebuilt).
    if (prepared.signals.some((s) => s.aborted)) return cancelledOutcome();
    await this.whenReady(progress);
    if (this.broken) throw this.broken;
    const now = this.now();
    const onAbort = () => void this.cancel();
    prepared.signals.forEach((s) => s.addEventListener("abort", onAbort, { once: true }));
    try {
      const answer = await (this.channel as WorkerChannel).request(method, prepared.args, now, prepared.transfer);
      if (answer.wrote) this.journal.push({ method, args: keepArgs(args, PROGRESS_SLOT), now });
      return answer.value;
    } catch (error) {
      // The worker's copy may be half written: rebuild it as it was before this call.
      if (error instanceof WorkerFailure && error.wrote) this.restore();
      // Cancelled through the call's own signal: the outcome the Workbench promises (the workbook is as it was).
      if (error instanceof CancelledError && prepared.signals.some((s) => s.aborted)) return cancelledOutcome();
      throw error;
    } finally {
      prepared.signals.forEach((s) => s.removeEventListener("abort", onAbort));
    }
  }

  /** Waits for a restore in progress (reporting it to `progress`); a cancel stops the wait. */
  private async whenReady(progress: ProgressFn): Promise<void> {
    if (!this.restoring) return this.ready;
    this.restoreProgress = progress;
    let stop: (error: Error) => void = () => undefined;
    const stopped = new Promise<never>((_, reject) => (stop = reject));
    this.waiting.add(stop);
    try {
      await Promise.race([this.ready, stopped]);
    } finally {
      this.waiting.delete(stop);
      this.restoreProgress = noProgress;
    }
  }

  /** Rebuilds the workbook in a new worker: the original bytes, then every journaled call. */
  private restore(): void {
    if (this.broken || !this.original) return;
    const original = this.original;
    this.restoring = true;
    const report: ProgressFn = (step, fraction) => this.restoreProgress(`正在恢复操作前的工作簿：${step}`, fraction);
    const rebuild = async () => {
      const channel = this.newChannel();
      this.channel = channel;
      const data = await original.arrayBuffer();
      await channel.request(OPEN, [data, report], this.now(), [data]);
      for (const call of this.journal) {
        const { args, transfer } = await replayArgs(call.args, PROGRESS_SLOT, report);
        await channel.request(call.method, args, call.now, transfer);
      }
    };
    this.ready = rebuild()
      .catch((error: unknown) => {
        const detail = error instanceof Error ? error.message : "";
        this.broken = new Error(`无法恢复操作前的工作簿（${detail}）。请重新选择文件后再操作。`);
      })
      .finally(() => (this.restoring = false));
  }
}
