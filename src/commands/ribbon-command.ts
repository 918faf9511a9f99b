/**
 * A ribbon function command, kept free of Office so it can be tested: run the operation,
 * report its outcome (or its exception) once, and always complete the event — Excel keeps
 * the button busy, and eventually shows an error, until `completed()` is called.
 */
import type { OperationOutcome } from "../app/workbench";
import { OUTPUT_SHEETS } from "../sheets/contract";
import { messageOf } from "../taskpane/error-message";
import type { Notice } from "./notice";

/** The part of Office.AddinCommands.Event a command needs. */
export interface CompletableEvent {
  completed(): void;
}

/** What a command reports: the operation's outcome, or the message of the exception it threw. */
export type RibbonReport = { kind: "outcome"; outcome: OperationOutcome<unknown> } | { kind: "error"; message: string };

/** The ribbon's commands. */
export type RibbonCommandKind = "rank" | "validate";

/**
 * Runs `op`, hands the outcome or the exception's message to `notify`, and calls
 * `event.completed()` in every case, even when `op` or `notify` throws.
 */
export async function runRibbonCommand(
  op: () => Promise<OperationOutcome<unknown>>,
  event: CompletableEvent,
  notify: (report: RibbonReport) => Promise<void> | void
): Promise<void> {
  try {
    let report: RibbonReport;
    try {
      report = { kind: "outcome", outcome: await op() };
    } catch (e) {
      report = { kind: "error", message: messageOf(e) };
    }
    await notify(report);
  } finally {
    event.completed();
  }
}

/**
 * The sheet that shows a command's outcome: 排名结果 after a completed ranking, 校验结果 after
 * a validation or a ranking that errors blocked; none after an exception or on a workbook that
 * is not a 提升年 workbook (nothing was written).
 */
export function outcomeSheet(kind: RibbonCommandKind, report: RibbonReport): string | null {
  if (report.kind === "error" || report.outcome.foreign) return null;
  return kind === "rank" && report.outcome.ok ? OUTPUT_SHEETS.ranking : OUTPUT_SHEETS.validation;
}

const LABELS: Record<RibbonCommandKind, string> = { rank: "一键排名", validate: "校验" };

/**
 * The notice a command owes the user beyond its outcome sheet, or null when the sheet says
 * it all: the operation threw or the workbook is not a 提升年 workbook (nothing was written, so
 * no sheet can explain it), or errors blocked a ranking (校验结果 lists them, but 排名结果 the
 * user expected was not written, and the old one, if any, now says 已失效).
 */
export function noticeOf(kind: RibbonCommandKind, report: RibbonReport): Notice | null {
  if (report.kind === "error") return { title: `${LABELS[kind]}未完成`, message: report.message };
  // The operation's own words: they say whether old results were marked 已失效, or why nothing was written.
  if (report.outcome.foreign) return { title: `${LABELS[kind]}未进行`, message: report.outcome.message };
  if (kind === "rank" && !report.outcome.ok) return { title: "未进行排名", message: report.outcome.message };
  return null;
}

/** The notice after a completed run whose outcome sheet could not be shown (the jump itself failed). */
export function jumpFailedNotice(kind: RibbonCommandKind, report: RibbonReport, sheet: string, reason: string): Notice {
  const done = report.kind === "outcome" ? report.outcome.message : "";
  return { title: `${LABELS[kind]}已完成`, message: `${done}未能切换到“${sheet}”工作表：${reason}` };
}
