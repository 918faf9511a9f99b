/**
 * The pane's state around one Workbench: the workbook state that enables the buttons, the
 * run in progress with its step label, the last outcome, and the last error. Every
 * exception from the workbench ends up in `error` for a MessageBar: nothing is swallowed.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { messageOf } from "./error-message";
import type {
  CollectSummary,
  CreateWorkbookSummary,
  DistributeSummary,
  LastCollectBatch,
  OperationOutcome,
  ProgressFn,
  RankSummary,
  ReturnedFileInput,
  UndoCollectSummary,
  Workbench,
  WorkbenchState,
} from "../app/workbench";
import { NOTHING_TO_UNDO } from "../app/pane-advice";

/** The outcome of the last action, tagged with the action that produced it. */
export type LastRun =
  | { kind: "create"; outcome: OperationOutcome<CreateWorkbookSummary> }
  | { kind: "rank"; outcome: OperationOutcome<RankSummary> }
  | { kind: "validate"; outcome: OperationOutcome }
  | { kind: "distribute"; outcome: OperationOutcome<DistributeSummary> }
  | { kind: "collect"; outcome: OperationOutcome<CollectSummary>; files: ReturnedFileInput[] }
  /** `batch`: the batch the user confirmed (its units' names label the kept rows). */
  | { kind: "undoCollect"; outcome: OperationOutcome<UndoCollectSummary>; batch?: LastCollectBatch };

/** What the pane says when 撤销上次汇总 finds no batch left to undo (before asking anything). */

export interface Progress {
  step: string;
  /** 0–1, or undefined before the first report (indeterminate). */
  fraction: number | undefined;
}

export interface WorkbenchView {
  state: WorkbenchState | null;
  running: boolean;
  progress: Progress | null;
  lastRun: LastRun | null;
  error: string | null;
  /** Counts the runs that ended (well or not): the pane moves focus to their outcome when it changes. */
  settled: number;
  dismissError(): void;
  /** Reports an error from outside the workbench (reading a file, a download). */
  showError(error: unknown): void;
  createWorkbook(year: number, demo: boolean): Promise<void>;
  updateDateLimits(): Promise<void>;
  rank(): Promise<void>;
  validate(): Promise<void>;
  /** 分发填报模板: the outcome carries the .zip to download. */
  distribute(): Promise<void>;
  /** 汇总回收文件: `write` false is the preview (nothing written), true merges (确认汇总). */
  collect(files: ReturnedFileInput[], write: boolean): Promise<void>;
  /** The batch 撤销上次汇总 would undo, shown for confirmation; null when not asking. */
  undoBatch: LastCollectBatch | null;
  /** 撤销上次汇总: reads the last batch and asks to confirm (or says there is none). */
  askUndo(): Promise<void>;
  /** 取消: the confirmation goes away, nothing written. */
  cancelUndo(): void;
  /** 确认撤销: undoes the batch shown. */
  undoCollect(): Promise<void>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /**
   * Runs other long work of the pane (opening a file, a download) as an action: under the
   * same busy flag (the buttons disable, a second start does nothing) and with its progress
   * shown; its exception ends up in `error`.
   */
  track(work: (progress: ProgressFn) => Promise<void>): Promise<void>;
}

/** State and actions of the pane for `workbench` (null: nothing to act on yet). */
export function useWorkbench(workbench: Workbench | null): WorkbenchView {
  const [state, setState] = useState<WorkbenchState | null>(null);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [lastRun, setLastRun] = useState<LastRun | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [settled, setSettled] = useState(0);
  const [undoBatch, setUndoBatch] = useState<LastCollectBatch | null>(null);
  // A ref, not state: a second click in the same tick must see the run that is starting.
  const busy = useRef(false);

  const refresh = useCallback(async (target: Workbench) => setState(await target.state()), []);

  useEffect(() => {
    // A new workbench (another file) starts clean: old results and errors were about the old one.
    setState(null);
    setLastRun(null);
    setError(null);
    setUndoBatch(null);
    if (!workbench) return;
    refresh(workbench).catch((e: unknown) => setError(messageOf(e)));
  }, [workbench, refresh]);

  // One busy flag for every long task, so that no two run at once whatever starts them.
  const track = useCallback(async (work: (progress: ProgressFn) => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    setRunning(true);
    setError(null);
    // Whatever runs now may change what the last batch is: a confirmation shown before is stale.
    setUndoBatch(null);
    setProgress({ step: "正在准备…", fraction: undefined });
    try {
      await work((step, fraction) => setProgress({ step, fraction }));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      busy.current = false;
      setRunning(false);
      setProgress(null);
      setSettled((n) => n + 1);
    }
  }, []);

  const run = useCallback(
    async (work: (wb: Workbench, progress: ProgressFn) => Promise<LastRun>) => {
      if (!workbench) return;
      await track(async (progress) => {
        setLastRun(await work(workbench, progress));
        await refresh(workbench);
      });
    },
    [workbench, refresh, track]
  );

  return {
    state,
    running,
    progress,
    lastRun,
    error,
    settled,
    dismissError: () => setError(null),
    showError: (e: unknown) => setError(messageOf(e)),
    createWorkbook: (year, demo) => run(async (wb, p) => ({ kind: "create", outcome: await wb.createWorkbook({ year, demo }, p) })),
    updateDateLimits: () => run(async (wb, p) => ({ kind: "create", outcome: await wb.updateDateLimits(p) })),
    rank: () => run(async (wb, p) => ({ kind: "rank", outcome: await wb.rank(p) })),
    validate: () => run(async (wb, p) => ({ kind: "validate", outcome: await wb.validate(p) })),
    distribute: () => run(async (wb, p) => ({ kind: "distribute", outcome: await wb.distributeTemplates({}, p) })),
    collect: (files, write) => run(async (wb, p) => ({ kind: "collect", outcome: await wb.collect(files, { write }, p), files })),
    undoBatch,
    askUndo: async () => {
      if (!workbench) return;
      await track(async (progress) => {
        progress("正在读取汇总记录", 0.5);
        const last = await workbench.lastCollectBatch();
        if (last) setUndoBatch(last);
        else setLastRun({ kind: "undoCollect", outcome: { ok: false, findings: [], message: NOTHING_TO_UNDO } });
      });
    },
    cancelUndo: () => setUndoBatch(null),
    undoCollect: () => {
      const batch = undoBatch ?? undefined;
      return run(async (wb, p) => ({ kind: "undoCollect", outcome: await wb.undoCollect(p), batch }));
    },
    track,
    selectCell: async (sheet, cell) => {
      if (!workbench) return;
      try {
        await workbench.selectCell(sheet, cell);
      } catch (e) {
        setError(messageOf(e));
      }
    },
  };
}
