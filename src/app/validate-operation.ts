/**
 * 校验 over any adapter: read every input sheet in one round trip, run every rule
 * purely, then write 校验结果 and the highlights in one round trip. Input sheets keep
 * their values; only the add-in's own highlight marks change on them.
 */
import type { Finding } from "../domain/findings";
import type { Settings } from "../domain/settings";
import type { WorkbookGrids } from "../sheets/grid";
import { isoOfInstant } from "../sheets/dates";
import type { WorkbookSession } from "../sheets/port";
import { validationBlock } from "../sheets/results/validation-block";
import { formatRunAt } from "./clock";
import { FOREIGN_WORKBOOK_MESSAGE } from "./foreign-workbook";
import { highlightsOf } from "./highlights";
import { isForeignWorkbook, judgeWorkbook, VALIDATE_INPUT_SHEETS } from "./judge-workbook";
import type { OperationOutcome, ProgressFn } from "./workbench";

export { VALIDATE_INPUT_SHEETS } from "./judge-workbook";

/**
 * Findings of the whole workbook and the settings read: the one judgement 一键排名 shares
 * (judgeWorkbook), so both report the same problems, each judged once.
 */
export function validateGrids(grids: WorkbookGrids, today: string): { findings: Finding[]; settings: Settings } {
  const { findings, settings } = judgeWorkbook(grids, today);
  return { findings, settings };
}

/** Runs 校验 in one session: one read, pure rules, one write of 校验结果 and highlights (none on a foreign workbook). */
export async function validateOperation(session: WorkbookSession, now: Date, progress: ProgressFn): Promise<OperationOutcome> {
  progress("读取所有录入工作表", 0.1);
  const grids = await session.readSheets(VALIDATE_INPUT_SHEETS);
  if (isForeignWorkbook(grids)) return { ok: false, findings: [], message: FOREIGN_WORKBOOK_MESSAGE, foreign: true };
  progress("逐条校验", 0.4);
  const { findings, settings } = validateGrids(grids, isoOfInstant(now));
  progress("写入校验结果", 0.7);
  const block = validationBlock(findings, { runAt: formatRunAt(now), year: settings.year });
  await session.writeBlocks([block], { highlights: highlightsOf(findings, new Set(grids.keys())) });
  progress("完成", 1);
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  const message =
    errors === 0 && warnings === 0 ? "校验完成，未发现问题。" : `校验完成：错误 ${errors} 条，警告 ${warnings} 条，详见“校验结果”工作表。`;
  return { ok: errors === 0, findings, message };
}
