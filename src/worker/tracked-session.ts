/**
 * The file worker's view of a port: it notes whether a call wrote to the workbook (the pane
 * journals writing calls, to rebuild the workbook after a cancel), and splits a read of
 * several sheets into one read per sheet so that the pane can show which sheet is being read
 * and how many rows it had (in a file, reading sheet by sheet costs the same as all at once).
 */
import type { ProgressFn } from "../app/workbench";
import type { WorkbookGrids } from "../sheets/grid";
import type { WorkbookPort, WorkbookSession } from "../sheets/port";

/** Session methods that only read: any other method counts as a write (when in doubt, journal). */
const isRead = (method: string) => method === "sheetNames" || method.startsWith("read");

export interface Tracker {
  /** Set when any call through the port wrote (or tried to write). */
  wrote: boolean;
  /** The progress of the call running now (what the operation reported last), or null. */
  progress: { report: ProgressFn; step: string; fraction: number } | null;
}

const count = (n: number) => n.toLocaleString("en-US");

/** Reads `names` one sheet at a time, reporting each sheet and its rows under the operation's current step. */
async function readSheetBySheet(session: WorkbookSession, names: readonly string[], tracker: Tracker): Promise<WorkbookGrids> {
  const current = tracker.progress;
  if (!current || names.length < 2) return session.readSheets(names);
  const { report, step, fraction } = current;
  // The operation's next step starts 0.3 later (0.1 reading, 0.4 computing): spread the sheets over that.
  const span = 0.25;
  const grids = new Map<string, ReturnType<WorkbookGrids["get"]> & object>();
  for (const [i, name] of names.entries()) {
    report(`${step}：正在读取 ${name}（第 ${i + 1}/${names.length} 张工作表）…`, fraction + (span * i) / names.length);
    const one = await session.readSheets([name]);
    const grid = one.get(name);
    if (grid) {
      grids.set(name, grid);
      report(`${step}：已读取 ${name}，${count(Math.max(0, grid.rows.length - 1))} 行`, fraction + (span * (i + 1)) / names.length);
    }
  }
  return grids;
}

/** `port` with every session wrapped: writes are noted in `tracker`, multi-sheet reads report per sheet. */
export function trackedPort(port: WorkbookPort, tracker: Tracker): WorkbookPort {
  return {
    run: (work) =>
      port.run((session) => {
        // A Proxy rather than a copy: the session may gain methods (or be a class) and all must pass.
        const wrapped = new Proxy(session, {
          get(target, key, receiver) {
            const value: unknown = Reflect.get(target, key, receiver);
            if (typeof value !== "function" || typeof key !== "string") return value;
            if (key === "readSheets") return (names: readonly string[]) => readSheetBySheet(target, names, tracker);
            return (...args: unknown[]) => {
              if (!isRead(key)) tracker.wrote = true;
              return (value as (...a: unknown[]) => unknown).apply(target, args);
            };
          },
        });
        return work(wrapped);
      }),
  };
}
