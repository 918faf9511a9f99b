/**
 * The ribbon's function commands (FunctionFile commands.html): 一键排名 and 校验 run the
 * same operations as the pane, through the Office.js workbench, and report as
 * ribbon-handler.ts describes: the outcome sheet on success, a small dialog (notice.html)
 * when the run threw or errors blocked a ranking. Excel gives function commands no
 * notification API, and without a shared runtime (our manifest declares none)
 * Office.addin.showAsTaskpane is unavailable, so a dialog is the way to be seen.
 */
import type { Workbench } from "../app/workbench";
import { excelWorkbench } from "../taskpane/wiring";
import { ribbonHandler } from "./ribbon-handler";

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

// Outside Office (a plain page) there is nothing to start or associate.
if (typeof Office !== "undefined" && Office.actions) {
  // office.js waits about 10 s for the page to call Office.onReady() (or set Office.initialize) and gives
  // up when it does not; Excel on Windows and Mac then never runs a command, and takes only the handlers
  // associated after that call. So: onReady first, at load, then associate, as Microsoft's templates do.
  Office.onReady().catch((e: unknown) => console.error(e));
  // Served beside this page (webpack emits both into dist/): same origin, so no AppDomain is needed.
  const noticePage = new URL("notice.html", window.location.href).href;
  Office.actions.associate("rankFromRibbon", ribbonHandler("rank", { workbench: officeWorkbench, noticePage }));
  Office.actions.associate("validateFromRibbon", ribbonHandler("validate", { workbench: officeWorkbench, noticePage }));
}
