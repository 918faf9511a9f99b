/**
 * The ribbon's function commands (FunctionFile commands.html): 一键排名 and 校验 run the
 * same operations as the pane, through the Office.js workbench.
 *
 * How a command reports: Excel gives function commands no notification API
 * (Office.context.mailbox is Outlook's), and a dialog per click is too heavy. So:
 *  - when errors blocked the run or it threw, open the task pane if this Excel can
 *    (Office.addin.showAsTaskpane needs the SharedRuntime 1.1 set; our manifest does not
 *    declare a shared runtime, so in practice this branch is for future manifests);
 *  - otherwise activate the sheet that holds the outcome — 排名结果 after a ranking,
 *    校验结果 after a validation or a blocked ranking — which the operation has just written;
 *  - an exception (nothing written) goes to the console, the one channel a command has left;
 *    the pane shows the same error in words when the user runs it there.
 * event.completed() is always called (runRibbonCommand, in finally).
 */
import type { Workbench } from "../app/workbench";
import { excelWorkbench } from "../taskpane/wiring";
import { needsAttention, outcomeSheet, runRibbonCommand, type RibbonCommandKind, type RibbonReport } from "./ribbon-command";

let workbench: Workbench | null = null;

/** The Office.js workbench, built on first use; throws what this Excel lacks when it cannot run it. */
function officeWorkbench(): Workbench {
  if (!workbench) {
    const wiring = excelWorkbench(() => new Date());
    if (!wiring.workbench) throw new Error(wiring.warning ?? "无法连接当前工作簿。");
    workbench = wiring.workbench;
  }
  return workbench;
}

async function notify(kind: RibbonCommandKind, report: RibbonReport): Promise<void> {
  if (report.kind === "error") console.error(`提升年工作台：${report.message}`);
  if (needsAttention(report) && Office.context.requirements.isSetSupported("SharedRuntime", "1.1")) {
    await Office.addin.showAsTaskpane();
    return;
  }
  const sheet = outcomeSheet(kind, report);
  if (sheet) await officeWorkbench().selectCell(sheet, "A1");
}

function command(kind: RibbonCommandKind) {
  return (event: Office.AddinCommands.Event) => {
    const op = () => (kind === "rank" ? officeWorkbench().rank(() => undefined) : officeWorkbench().validate(() => undefined));
    // A failure to report has nowhere else to go: the console is the last resort.
    runRibbonCommand(op, event, (report) => notify(kind, report)).catch((e: unknown) => console.error(e));
  };
}

// Associated at load, as Microsoft's template does; outside Office (a plain page) there is nothing to associate.
if (typeof Office !== "undefined" && Office.actions) {
  Office.actions.associate("rankFromRibbon", command("rank"));
  Office.actions.associate("validateFromRibbon", command("validate"));
}
