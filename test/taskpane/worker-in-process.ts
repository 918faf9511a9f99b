/**
 * A file worker run in-process for the proxy's tests: the real request handler
 * (src/worker/file-host.ts) behind a WorkerLike whose messages are structured-cloned with
 * their transfer lists (as postMessage does: a transferred buffer is detached on the sending
 * side) and delivered on a later task. After terminate() nothing more is delivered either way.
 */
import { createFileHost, type FileOpener } from "../../src/worker/file-host";
import type { WorkerReply, WorkerRequest } from "../../src/worker/protocol";
import type { WorkerLike } from "../../src/taskpane/worker-channel";

export class InProcessWorker implements WorkerLike {
  onmessage: WorkerLike["onmessage"] = null;
  onerror: WorkerLike["onerror"] = null;
  terminated = false;
  /** Every request this worker received, in order (after cloning). */
  readonly received: WorkerRequest[] = [];
  private readonly handle: (request: WorkerRequest) => Promise<void>;

  constructor(opener: FileOpener) {
    this.handle = createFileHost((reply, transfer) => {
      if (this.terminated) return;
      const data = structuredClone(reply, { transfer: (transfer ?? []) as Transferable[] }) as WorkerReply;
      setTimeout(() => !this.terminated && this.onmessage?.({ data }));
    }, opener);
  }

  postMessage(message: WorkerRequest, transfer: Transferable[]): void {
    const request = structuredClone(message, { transfer }) as WorkerRequest;
    setTimeout(() => {
      if (this.terminated) return;
      this.received.push(request);
      void this.handle(request);
    });
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Makes the worker die as a real one does on an uncaught error. */
  crash(message: string): void {
    this.onerror?.({ message });
  }
}
