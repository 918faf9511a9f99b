/**
 * A ribbon function command, kept free of Office so it can be tested: run the operation,
 * report its outcome (or its exception) once, and always complete the event — Excel keeps
 * the button busy, and eventually shows an error, until `completed()` is called.
 */
import type { OperationOutcome } from "../app/workbench";
import { OUTPUT_SHEETS } from "../sheets/contract";
import { messageOf } from "../taskpane/error-message";

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
 * a validation or a ranking that errors blocked; none after an exception (nothing was written).
 */
export function outcomeSheet(kind: RibbonCommandKind, report: RibbonReport): string | null {
  if (report.kind === "error") return null;
  return kind === "rank" && report.outcome.ok ? OUTPUT_SHEETS.ranking : OUTPUT_SHEETS.validation;
}

/** True when the user should look at the pane: the operation threw, or errors blocked it. */
export function needsAttention(report: RibbonReport): boolean {
  return report.kind === "error" || !report.outcome.ok;
}
