/**
 * 校验 over any adapter: read every input sheet in one round trip, run every rule
 * purely, then write 校验结果 and the highlights in one round trip. Input sheets keep
 * their values; only the add-in's own highlight marks change on them.
 */
import { sortFindings, type Finding } from "../domain/findings";
import { validateCampaign } from "../domain/validation";
import type { Settings } from "../domain/settings";
import { CONTRACT_SHEETS } from "../sheets/contract";
import type { WorkbookGrids } from "../sheets/grid";
import { isoOfInstant } from "../sheets/dates";
import type { WorkbookSession } from "../sheets/port";
import { readCampaign } from "../sheets/read/read-campaign";
import { validationBlock } from "../sheets/results/validation-block";
import { formatRunAt } from "./clock";
import { highlightsOf } from "./highlights";
import { computeRanking, RANK_INPUT_SHEETS } from "./rank-operation";
import type { OperationOutcome, ProgressFn } from "./workbench";

/** Every sheet the validation reads. */
export const VALIDATE_INPUT_SHEETS = CONTRACT_SHEETS.map((s) => s.name);

/** Findings of the whole workbook: reading findings plus every rule (pure), and the settings read. */
export function validateGrids(grids: WorkbookGrids, today: string): { findings: Finding[]; settings: Settings } {
  const read = readCampaign(grids, VALIDATE_INPUT_SHEETS);
  const unreadSheets = [...read.missingSheets, ...read.incompleteSheets];
  const rules = validateCampaign({ data: read.data, settings: read.settings, locate: read.locate, today, unreadSheets });
  // The ranking's own judgements (a group missing for a unit, 未参评, a leader to be named but
  // missing) belong in 校验 too, so validating first and ranking after brings no new surprise.
  const ranking = unreadSheets.some((s) => RANK_INPUT_SHEETS.includes(s)) ? [] : computeRanking(read).findings;
  return { findings: sortFindings(distinct([...read.findings, ...rules, ...ranking])), settings: read.settings };
}

/** Findings without repeats: the same rule at the same cell is one finding. */
function distinct(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}\u0000${f.sheet}\u0000${f.cell}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Runs 校验 in one session: one read, pure rules, one write of 校验结果 and highlights. */
export async function validateOperation(session: WorkbookSession, now: Date, progress: ProgressFn): Promise<OperationOutcome> {
  progress("读取所有录入工作表", 0.1);
  const grids = await session.readSheets(VALIDATE_INPUT_SHEETS);
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
