/**
 * Entry of the file worker: file mode's workbench (the xlsx adapter and the operations) runs
 * here, off the pane's thread, so opening, 校验, 一键排名 and saving a large workbook never
 * freeze the pane. The pane talks to it through src/taskpane/worker-workbench.ts.
 */
import { createFileHost } from "./file-host";
import { openXlsxWithProgress } from "./open-xlsx";
import type { WorkerReply, WorkerRequest } from "./protocol";

interface WorkerScope {
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const handle = createFileHost((reply, transfer) => scope.postMessage(reply, transfer ?? []), openXlsxWithProgress);
scope.onmessage = (event) => void handle(event.data);
