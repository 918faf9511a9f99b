/**
 * The messages between the pane and the file worker (src/worker/file-worker.ts). The pane
 * sends requests; the worker answers each with exactly one `done` or `failed`, and may send
 * `progress` for it before that. Functions cannot cross postMessage: an argument that is a
 * function (a ProgressFn) travels as a CallbackMarker and comes back as `progress` messages.
 */

/** What the worker does besides the workbench's own methods. */
export const OPEN = "open";
export const SAVE = "save";

/** Stands in for a function argument; `progress` messages name it by `callback`. */
export interface CallbackMarker {
  __callback: number;
}

export interface WorkerRequest {
  id: number;
  /** OPEN (args: [bytes]), SAVE (args: []), or the name of a Workbench method. */
  method: string;
  args: unknown[];
  /** The pane's clock at the request (ms since 1970): the workbench's clock inside the worker, so a replay writes the same times. */
  now: number;
}

/** What OPEN answers: enough for the pane to build a Workbench that forwards every method. */
export interface OpenedWorkbench {
  mode: "file";
  /** The names of the workbench's methods (all of them: the pane forwards by name). */
  methods: string[];
}

export type WorkerReply =
  | { kind: "progress"; id: number; callback: number; args: unknown[] }
  /** `wrote`: the call changed the workbook (the pane journals it, to rebuild the workbook after a cancel). */
  | { kind: "done"; id: number; value: unknown; wrote: boolean }
  /** `wrote`: the workbook was changed before the failure, so the worker's copy may be half written. */
  | { kind: "failed"; id: number; error: { name: string; message: string }; wrote: boolean };

/** True when `value` is a CallbackMarker. */
export function isCallbackMarker(value: unknown): value is CallbackMarker {
  return typeof value === "object" && value !== null && typeof (value as CallbackMarker).__callback === "number";
}
