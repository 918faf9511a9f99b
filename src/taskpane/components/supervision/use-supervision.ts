/**
 * The 督查 section's state around one Workbench: the run in progress, the last outcome, the
 * task lights and the board it last received, and the last error. Like the pane's own hook
 * (../../use-workbench), every exception ends up in `error`: nothing is swallowed.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { DashboardSummary, ReportLights } from "../../../app/dashboard-operation";
import type { NoticeWordSummary } from "../../../app/supervision-summaries";
import { DOCX_TYPE, saveBytes } from "../../download";
import type { OperationOutcome, ProgressFn, Workbench } from "../../../app/workbench";
import type { TaskLight } from "../../../domain/supervision/dashboard";
import type { IsoDate } from "../../../domain/types";
import { messageOf } from "../../error-message";
import type { Progress } from "../../use-workbench";

/** The outcome of the section's last action. */
export type SupervisionRun =
  | { kind: "report"; outcome: OperationOutcome<ReportLights> }
  | { kind: "word"; outcome: OperationOutcome<NoticeWordSummary> }
  | { kind: "dashboard"; outcome: OperationOutcome<DashboardSummary> };

export interface SupervisionView {
  running: boolean;
  progress: Progress | null;
  lastRun: SupervisionRun | null;
  /** Every task's light from the last run that produced them. */
  lights: TaskLight[] | null;
  /** The board from the last 工作看板 run. */
  board: DashboardSummary | null;
  error: string | null;
  /** Counts the runs that ended: the section moves focus to their outcome when it changes. */
  settled: number;
  dismissError(): void;
  report(asOf: IsoDate, batch: string): Promise<void>;
  /** 下载通报（Word）: the notice written, and its Word document handed to `save` (a browser download). */
  noticeWord(asOf: IsoDate, batch: string): Promise<void>;
  dashboard(asOf: IsoDate): Promise<void>;
  /** Jumps to a finding's cell; a failure shows in `error`. */
  selectCell(sheet: string, cell: string): Promise<void>;
}

/** Offers bytes as a download under a file name (../../download.ts's saveBytes in the pane). */
export type SaveFile = (bytes: Uint8Array, fileName: string) => void;

/** State and actions of the 督查 section for `workbench`; `save` offers the Word notice as a download. */
export function useSupervision(workbench: Workbench | null, save: SaveFile = saveDocx): SupervisionView {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [lastRun, setLastRun] = useState<SupervisionRun | null>(null);
  const [lights, setLights] = useState<TaskLight[] | null>(null);
  const [board, setBoard] = useState<DashboardSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [settled, setSettled] = useState(0);
  // A ref, not state: a second click in the same tick must see the run that is starting.
  const busy = useRef(false);

  useEffect(() => {
    // Another workbook: what the section showed was about the old one.
    setLastRun(null);
    setLights(null);
    setBoard(null);
    setError(null);
  }, [workbench]);

  const run = useCallback(
    async (work: (wb: Workbench, progress: ProgressFn) => Promise<SupervisionRun>) => {
      if (!workbench || busy.current) return;
      busy.current = true;
      setRunning(true);
      setError(null);
      setProgress({ step: "正在准备…", fraction: undefined });
      try {
        const done = await work(workbench, (step, fraction) => setProgress({ step, fraction }));
        setLastRun(done);
        const summary = done.outcome.summary;
        if (summary) setLights(summary.tasks);
        if (done.kind === "dashboard" && done.outcome.summary) setBoard(done.outcome.summary);
      } catch (e) {
        setError(messageOf(e));
      } finally {
        busy.current = false;
        setRunning(false);
        setProgress(null);
        setSettled((n) => n + 1);
      }
    },
    [workbench]
  );

  return {
    running,
    progress,
    lastRun,
    lights,
    board,
    error,
    settled,
    dismissError: () => setError(null),
    report: (asOf, batch) => run(async (wb, p) => ({ kind: "report", outcome: await wb.report(asOf, batch, p) })),
    noticeWord: (asOf, batch) =>
      run(async (wb, p) => {
        const outcome = await wb.noticeWord(asOf, batch, p);
        if (outcome.ok && outcome.summary) save(outcome.summary.bytes, outcome.summary.fileName);
        return { kind: "word", outcome };
      }),
    dashboard: (asOf) => run(async (wb, p) => ({ kind: "dashboard", outcome: await wb.dashboard(asOf, p) })),
    selectCell: async (sheet, cell) => {
      try {
        await workbench?.selectCell(sheet, cell);
      } catch (e) {
        setError(messageOf(e));
      }
    },
  };
}

function saveDocx(bytes: Uint8Array, fileName: string): void {
  saveBytes(bytes, fileName, document, DOCX_TYPE);
}
