/**
 * Starts the file worker. Kept apart so that tests replace it: `import.meta.url` exists only
 * in the bundle (webpack 5 turns `new Worker(new URL(..., import.meta.url))` into a worker entry).
 */
import type { WorkerLike } from "./worker-channel";

/** A new dedicated worker running src/worker/file-worker.ts. */
export function spawnFileWorker(): WorkerLike {
  try {
    return new Worker(new URL("../worker/file-worker.ts", import.meta.url), { name: "tisheng-file" }) as unknown as WorkerLike;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`此浏览器不允许任务窗格启动后台处理程序（${detail}），无法在浏览器中处理工作簿。请在 Excel 中打开工作簿使用工作台。`);
  }
}
