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
import { readCampaign, type CampaignRead } from "../sheets/read/read-campaign";
import { validationBlock } from "../sheets/results/validation-block";
import { formatRunAt } from "./clock";
import { highlightsOf } from "./highlights";
import { computeRanking, RANK_INPUT_SHEETS } from "./rank-operation";
import type { OperationOutcome, ProgressFn } from "./workbench";

/** Every sheet the validation reads. */
export const VALIDATE_INPUT_SHEETS = CONTRACT_SHEETS.map((s) => s.name);

/**
 * Findings of the whole workbook: reading findings plus every rule (pure), and the settings read.
 * The ranking's own judgements (a group missing for a unit, 未参评, a leader to be named but
 * missing) belong in 校验 too, so validating first and ranking after brings no new surprise.
 * Where 一键排名 could run, the ranking itself judges its sheets and validation leaves out the
 * checks it shares with the ranking; where it could not, validation makes them: each once.
 */
export function validateGrids(grids: WorkbookGrids, today: string): { findings: Finding[]; settings: Settings } {
  const read = readCampaign(grids, VALIDATE_INPUT_SHEETS);
  const unreadSheets = [...read.missingSheets, ...read.incompleteSheets];
  const ranking = computeRanking(asRankingRead(read)).result;
  const rules = validateCampaign({
    data: read.data,
    settings: read.settings,
    locate: read.locate,
    today,
    unreadSheets,
    unreadable: read.unreadable,
    rejected: read.rejected,
    rankedByCaller: ranking !== undefined,
  });
  return { findings: sortFindings([...read.findings, ...rules, ...(ranking?.findings ?? [])]), settings: read.settings };
}

/**
 * The read as 一键排名 sees it, which reads only its own sheets: a bad cell on a sheet the
 * ranking does not read must not withhold the ranking's findings from 校验.
 */
function asRankingRead(read: CampaignRead): CampaignRead {
  const ranks = (sheet: string) => RANK_INPUT_SHEETS.includes(sheet);
  return {
    ...read,
    findings: read.findings.filter((f) => ranks(f.sheet)),
    missingSheets: read.missingSheets.filter(ranks),
    incompleteSheets: read.incompleteSheets.filter(ranks),
  };
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
