/**
 * The handler behind a ribbon button: run the operation, then report it. A completed run
 * shows its outcome sheet (排名结果, or 校验结果 after a validation); a ranking that errors
 * blocked shows 校验结果 and a notice saying nothing was ranked; an exception (nothing
 * written, e.g. AccessDenied or cell-edit mode) shows a notice with its Chinese message.
 * Notices are small Office dialogs (notice-dialog.ts); event.completed() follows in every case.
 */
import type { Workbench } from "../app/workbench";
import { messageOf } from "../taskpane/error-message";
import type { Notice } from "./notice";
import { showNotice } from "./notice-dialog";
import {
  jumpFailedNotice,
  noticeOf,
  outcomeSheet,
  runRibbonCommand,
  type CompletableEvent,
  type RibbonCommandKind,
  type RibbonReport,
} from "./ribbon-command";

/** What a handler needs from its surroundings. */
export interface RibbonHandlerDeps {
  /** The workbench to run on; may throw (e.g. this Excel lacks an API set), which is reported like a failed run. */
  workbench(): Workbench;
  /** Absolute URL of notice.html, served beside commands.html. */
  noticePage: string;
  /** Shows a notice and resolves once it is closed; defaults to the Office dialog. */
  showNotice?(page: string, notice: Notice): Promise<void>;
}

/** Jumps to the outcome sheet, then shows the notice the report calls for, if any. Never throws. */
async function report(kind: RibbonCommandKind, outcome: RibbonReport, deps: RibbonHandlerDeps): Promise<void> {
  let notice = noticeOf(kind, outcome);
  const sheet = outcomeSheet(kind, outcome);
  if (sheet) {
    try {
      await deps.workbench().selectCell(sheet, "A1");
    } catch (e) {
      // The run itself succeeded; say so, and why its sheet is not in front.
      notice ??= jumpFailedNotice(kind, outcome, sheet, messageOf(e));
    }
  }
  if (notice) await (deps.showNotice ?? showNotice)(deps.noticePage, notice);
}

/**
 * The function command for `kind`: resolves once the event is completed (after any notice
 * is closed) and never rejects, since Excel has nowhere to show a rejection.
 */
export function ribbonHandler(kind: RibbonCommandKind, deps: RibbonHandlerDeps): (event: CompletableEvent) => Promise<void> {
  return (event) => {
    const op = () => (kind === "rank" ? deps.workbench().rank(() => undefined) : deps.workbench().validate(() => undefined));
    return runRibbonCommand(op, event, (outcome) => report(kind, outcome, deps)).catch((e: unknown) => console.error(e));
  };
}
