/**
 * 一键排名 over any adapter: read the six sheets the ranking needs in one round trip,
 * read and judge them purely, and write 排名结果 and 问责名单 in one round trip only
 * when nothing blocked the ranking (otherwise 校验结果 with the blocking findings).
 * Input sheets' values are never written.
 */
import { hasErrors, sortFindings, type Finding } from "../domain/findings";
import { rankCampaign, type RankingResult } from "../domain/ranking";
import { ADJUSTMENTS_SHEET, GROUPS_SHEET, SCORES_SHEET, SETTINGS_SHEET, UNITS_SHEET, VIOLATIONS_SHEET } from "../sheets/contract";
import type { WorkbookSession } from "../sheets/port";
import { rankingInputOf, readCampaign, type CampaignRead } from "../sheets/read/read-campaign";
import { rankingBlocks } from "../sheets/results/ranking-blocks";
import { validationBlock } from "../sheets/results/validation-block";
import { formatRunAt } from "./clock";
import { highlightsOf } from "./highlights";
import type { OperationOutcome, ProgressFn, RankSummary } from "./workbench";

/** The sheets the ranking reads. */
export const RANK_INPUT_SHEETS = [SETTINGS_SHEET, GROUPS_SHEET, UNITS_SHEET, SCORES_SHEET, ADJUSTMENTS_SHEET, VIOLATIONS_SHEET].map((s) => s.name);

export interface RankRun {
  outcome: OperationOutcome<RankSummary>;
  /** The engine's result; absent when the sheets could not be read. */
  result?: RankingResult;
  read: CampaignRead;
}

/** Computes the ranking from read sheets, without writing anything. */
export function computeRanking(read: CampaignRead): { result: RankingResult | undefined; findings: Finding[] } {
  if (read.missingSheets.length > 0 || read.incompleteSheets.length > 0 || hasErrors(read.findings)) {
    return { result: undefined, findings: sortFindings(read.findings) };
  }
  const result = rankCampaign(rankingInputOf(read));
  return { result, findings: sortFindings([...read.findings, ...result.findings]) };
}

/** Summary figures of a result for the pane. */
export function summarize(result: RankingResult): RankSummary {
  const categories = new Map<string, number>();
  for (const r of result.rankings) categories.set(r.category, (categories.get(r.category) ?? 0) + 1);
  return {
    ranked: result.rankings.length,
    unranked: result.unranked.length,
    accountability: result.accountability.length,
    needsReview: result.accountability.filter((a) => a.needsReview).length,
    categories: [...categories].map(([category, ranked]) => ({ category, ranked })),
  };
}

/** Runs 一键排名 in one session: one read, pure work, one write (only when the ranking succeeded). */
export async function rankOperation(session: WorkbookSession, now: Date, progress: ProgressFn): Promise<RankRun> {
  progress("读取评议数据", 0.1);
  const grids = await session.readSheets(RANK_INPUT_SHEETS);
  progress("计算得分与排名", 0.4);
  const read = readCampaign(grids, RANK_INPUT_SHEETS);
  const { result, findings } = computeRanking(read);
  // 校验结果 and the highlights always show this run's findings (a later successful run clears the
  // marks of a blocked one); the ranking itself is written only when nothing blocked it, whole.
  const findingsBlock = validationBlock(findings, { runAt: formatRunAt(now), year: read.settings.year, source: "一键排名" });
  const highlights = highlightsOf(findings, new Set(grids.keys()));
  if (!result || !result.ok) {
    progress("写入校验结果", 0.7);
    await session.writeBlocks([findingsBlock], { highlights });
    const errors = findings.filter((f) => f.severity === "error").length;
    return { outcome: { ok: false, findings, message: `发现 ${errors} 个错误，未进行排名，详见“校验结果”工作表。请修改后重试。` }, result, read };
  }
  progress("写入排名结果和问责名单", 0.7);
  const blocks = rankingBlocks(result, { runAt: formatRunAt(now), settings: read.settings, groups: read.data.groups.map((g) => g.name) });
  await session.writeBlocks([...blocks, findingsBlock], { highlights });
  progress("完成", 1);
  const summary = summarize(result);
  const message = `已对 ${summary.ranked} 个单位排名，问责名单 ${summary.accountability}\u00a0条（需复核\u00a0${summary.needsReview}\u00a0条）。`;
  return { outcome: { ok: true, findings, summary, message }, result, read };
}
