/**
 * Requests to one file worker and their answers (the protocol of src/worker/protocol.ts):
 * each request gets an id, function arguments travel as markers and come back as progress
 * calls, and buffers listed for transfer move to the worker instead of being copied.
 */
import { OPEN, type WorkerReply, type WorkerRequest } from "../worker/protocol";

/** What the channel needs of a Worker (a test passes an in-process one). */
export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: { data: WorkerReply }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null;
}

/** The Chinese message of a cancelled action: what happened, why nothing changed, what to do. */
export const CANCELLED_MESSAGE = "操作已取消：工作簿保持操作开始前的状态，没有写入任何结果。需要时可重新开始该操作。";

/** Raised by a request that was cancelled (the worker was stopped). */
export class CancelledError extends Error {
  constructor(message = CANCELLED_MESSAGE) {
    super(message);
    this.name = "CancelledError";
  }
}

/** A failure inside the worker, with the worker's (Chinese) message; `wrote`: the workbook was changed before it. */
export class WorkerFailure extends Error {
  constructor(
    error: { name: string; message: string },
    readonly wrote: boolean
  ) {
    super(error.message);
    this.name = error.name;
  }
}

export interface Answer {
  value: unknown;
  /** The request changed the workbook. */
  wrote: boolean;
}

export interface WorkerChannel {
  /** Sends one request; resolves with its answer, rejects with WorkerFailure, CancelledError or a crash. */
  request(method: string, args: readonly unknown[], now: number, transfer?: Transferable[]): Promise<Answer>;
  /** True while a request awaits its answer. */
  busy(): boolean;
  /** Stops the worker; every request still waiting is rejected with `reason`. */
  close(reason: Error): void;
}

interface Pending {
  resolve(answer: Answer): void;
  reject(error: Error): void;
  callbacks: Map<number, (...args: unknown[]) => void>;
}

/** The text shown when the worker itself died (out of memory, a script that could not load). */
function crashMessage(detail: string | undefined): string {
  const why = detail ? `（${detail}）` : "";
  return `处理工作簿的后台程序意外停止${why}。工作簿保持上一次操作完成后的状态；请重试，如仍失败请刷新任务窗格后重新选择文件。`;
}

/** A channel over `worker`; `onCrash` hears when the worker dies by itself (after pending requests were rejected). */
export function openChannel(worker: WorkerLike, onCrash: (error: Error) => void = () => undefined): WorkerChannel {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let closed: Error | null = null;

  const rejectAll = (error: Error) => {
    const waiting = [...pending.values()];
    pending.clear();
    waiting.forEach((p) => p.reject(error));
  };

  worker.onmessage = ({ data }) => {
    const entry = pending.get(data.id);
    if (!entry) return; // an answer to a request given up on: nothing waits for it
    if (data.kind === "progress") return entry.callbacks.get(data.callback)?.(...data.args);
    pending.delete(data.id);
    if (data.kind === "done") entry.resolve({ value: data.value, wrote: data.wrote });
    else entry.reject(new WorkerFailure(data.error, data.wrote));
  };
  worker.onerror = (event) => {
    event.preventDefault?.();
    const error = new Error(crashMessage(event.message));
    closed = error;
    worker.terminate();
    rejectAll(error);
    onCrash(error);
  };

  return {
    request(method, args, now, transfer = []) {
      if (closed) return Promise.reject(closed);
      const id = nextId++;
      const callbacks = new Map<number, (...args: unknown[]) => void>();
      // Functions cannot be cloned: each travels as a marker that progress messages name.
      const sent = args.map((arg, i) => {
        if (typeof arg !== "function") return arg;
        callbacks.set(i, arg as (...args: unknown[]) => void);
        return { __callback: i };
      });
      return new Promise<Answer>((resolve, reject) => {
        pending.set(id, { resolve, reject, callbacks });
        try {
          worker.postMessage({ id, method, args: sent, now }, transfer);
        } catch (error) {
          pending.delete(id);
          const detail = error instanceof Error ? error.message : String(error);
          reject(new Error(method === OPEN ? `无法把工作簿交给后台程序处理（${detail}）。请重新选择文件。` : crashMessage(detail)));
        }
      });
    },
    busy: () => pending.size > 0,
    close(reason) {
      if (closed) return;
      closed = reason;
      worker.terminate();
      rejectAll(reason);
    },
  };
}
