/**
 * The one judgement of a workbook that 校验 and 一键排名 share: the reader's findings,
 * validation's rules and the ranking's own judgements, each made once. 一键排名 reports
 * exactly these findings (plus the ranking's outcome), so running it never shows fewer
 * problems than 校验 showed for the same workbook.
 */
import { hasErrors, sortFindings, type Finding } from "../domain/findings";
import { rankCampaign, type RankingResult } from "../domain/ranking";
import type { Settings } from "../domain/settings";
import { validateCampaign } from "../domain/validation";
import {
  ADJUSTMENTS_SHEET,
  CONTRACT_SHEETS,
  GROUPS_SHEET,
  hasContractSheet,
  SCORES_SHEET,
  SETTINGS_SHEET,
  UNITS_SHEET,
  VIOLATIONS_SHEET,
} from "../sheets/contract";
import type { WorkbookGrids } from "../sheets/grid";
import { rankingInputOf, readCampaign, type CampaignRead } from "../sheets/read/read-campaign";

/** The sheets the ranking itself is computed from: errors on them block 一键排名. */
export const RANK_INPUT_SHEETS = [SETTINGS_SHEET, GROUPS_SHEET, UNITS_SHEET, SCORES_SHEET, ADJUSTMENTS_SHEET, VIOLATIONS_SHEET].map((s) => s.name);

/** Every contract sheet: both 校验 and 一键排名 read all of them in their one read. */
export const VALIDATE_INPUT_SHEETS = CONTRACT_SHEETS.map((s) => s.name);

export interface WorkbookJudgement {
  read: CampaignRead;
  settings: Settings;
  /** Every finding of the workbook, sorted for display, each judgement made once. */
  findings: Finding[];
  /** The ranking, when its own sheets could be read without error (it may still carry its own errors). */
  ranking?: RankingResult;
}

/** True when `grids` holds none of the contract sheets: not a 提升年 workbook at all. */
export function isForeignWorkbook(grids: WorkbookGrids): boolean {
  return !hasContractSheet(grids.keys());
}

/** Computes the ranking from read sheets, without writing anything: none when they could not be read cleanly. */
export function computeRanking(read: CampaignRead): { result: RankingResult | undefined; findings: Finding[] } {
  if (read.missingSheets.length > 0 || read.incompleteSheets.length > 0 || hasErrors(read.findings)) {
    return { result: undefined, findings: sortFindings(read.findings) };
  }
  const result = rankCampaign(rankingInputOf(read));
  return { result, findings: sortFindings([...read.findings, ...result.findings]) };
}

/**
 * Findings of the whole workbook: reading findings plus every rule (pure), and the ranking.
 * The ranking's own judgements (a group missing for a unit, 未参评, a leader to be named but
 * missing) belong in 校验 too, so validating first and ranking after brings no new surprise.
 * Where the ranking could run, it judges its sheets itself and validation leaves out the
 * checks it shares with the ranking; where it could not, validation makes them: each once.
 */
export function judgeWorkbook(grids: WorkbookGrids, today: string): WorkbookJudgement {
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
  return { read, settings: read.settings, findings: sortFindings([...read.findings, ...rules, ...(ranking?.findings ?? [])]), ranking };
}

/**
 * The read as the ranking sees it: a bad cell on a sheet the ranking does not use must
 * neither withhold the ranking's findings from 校验 nor block 一键排名.
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
