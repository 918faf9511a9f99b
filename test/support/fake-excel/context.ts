/**
 * The request context and the queue: proxies record operations, and `sync()` sends
 * them as one request — rejected whole above the 5 MB limit, applied in order, and
 * stopped at the first failing operation (earlier ones stay applied, as in Excel).
 * Loads become readable only when the sync that carries them succeeds. Both directions
 * are measured with the protocol's framing (./wire), and either over the limit fails
 * the way Excel on the web fails.
 */
import { officeError } from "./errors";
import type { FakeWorkbook } from "./model";
import { actionBytes, FRAME_BYTES } from "./wire";

/** Excel on the web's limit for one request and for one response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** One round trip, as the fake saw it. */
export interface RequestRecord {
  ops: number;
  /** Loads and returned values asked for (a pure write asks for none, though its response still has a frame). */
  loads: number;
  bytes: number;
  responseBytes: number;
  /** The error code when the request failed. */
  failed?: string;
}

/** State shared by every context of one installed fake. */
export interface FakeState {
  workbook: FakeWorkbook;
  requests: RequestRecord[];
  runs: number;
  calculationSuspensions: number;
  limitBytes: number;
  supports(set: string, version: string): boolean;
  /** Called before each round trip is applied (0-based): a test can act as a user working between round trips. */
  beforeRequest?: (index: number) => void;
}

/** A loaded value waiting for its sync to succeed. */
export interface PendingLoad {
  bytes: number;
  commit(): void;
}

export interface Operation {
  label: string;
  bytes: number;
  /** True for a load or a method that returns a value. */
  reads?: boolean;
  apply(pending: PendingLoad[]): void;
}

/** What the context asks of a proxy after a successful sync. */
export interface Settles {
  settle(): void;
}

export class FakeRequestContext {
  private ops: Operation[] = [];
  private touched = new Set<Settles>();
  /** Set by the workbook proxy's module to avoid an import cycle. */
  workbook!: unknown;

  constructor(readonly state: FakeState) {}

  /** Queues an operation for the next sync. */
  queue(op: Operation): void {
    this.ops.push(op);
  }

  /** Registers a proxy whose null-ness becomes known at the next successful sync. */
  touch(proxy: Settles): void {
    this.touched.add(proxy);
  }

  /** Operations queued and not yet sent. */
  get pendingCount(): number {
    return this.ops.length;
  }

  /** Sends the queued operations as one request (no request at all when nothing is queued, as in Office.js). */
  async sync(): Promise<void> {
    await Promise.resolve();
    const ops = this.ops;
    const touched = this.touched;
    this.ops = [];
    this.touched = new Set();
    if (ops.length === 0) return;
    const record: RequestRecord = {
      ops: ops.length,
      loads: ops.filter((op) => op.reads).length,
      bytes: FRAME_BYTES + ops.reduce((sum, op) => sum + op.bytes, 0),
      responseBytes: 0,
    };
    this.state.requests.push(record);
    try {
      if (record.bytes > this.state.limitBytes) throw officeError("RequestPayloadSizeLimitExceeded", "Request");
      this.state.beforeRequest?.(this.state.requests.length - 1);
      const pending: PendingLoad[] = [];
      for (const op of ops) op.apply(pending);
      record.responseBytes = FRAME_BYTES + pending.reduce((sum, p) => sum + p.bytes, 0);
      if (record.responseBytes > this.state.limitBytes) throw officeError("ResponsePayloadSizeLimitExceeded", "Response");
      pending.forEach((p) => p.commit());
      touched.forEach((proxy) => proxy.settle());
    } catch (error) {
      record.failed = (error as { code?: string }).code ?? String(error);
      throw error;
    }
  }
}

/** Size of an action on the wire (see ./wire): a load, a property write or a method call. */
export function opBytes(label: string, payload: unknown): number {
  return actionBytes(label, payload);
}
