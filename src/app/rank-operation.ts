/**
 * 一键排名 over any adapter: read every contract sheet in one round trip, judge them
 * purely exactly as 校验 does (plus the ranking's own outcome), and write in one round
 * trip: 排名结果, 问责名单, 排名说明 and 校验结果 when nothing blocked the ranking; otherwise 校验结果
 * and, where they exist, 排名结果, 问责名单 and 排名说明 replaced by a notice that they are out of
 * date, so no stale result survives a blocked run. Input sheets' values are never written.
 */
import { RANK_NOTHING_TO_RANK } from "../domain/catalogue/ranking-rules";
import { findingOf, sortFindings, type Finding } from "../domain/findings";
import type { RankingResult } from "../domain/ranking";
import { SCORES_SHEET } from "../sheets/contract";
import { isoOfInstant } from "../sheets/dates";
import type { WorkbookSession } from "../sheets/port";
import type { CampaignRead } from "../sheets/read/read-campaign";
import type { Explanation } from "../domain/ranking/explain";
import { explanationBlock } from "../sheets/results/explanation-sheet";
import { invalidatedBlocks } from "../sheets/results/invalidated-blocks";
import { rankingBlocks } from "../sheets/results/ranking-blocks";
import { validationBlock } from "../sheets/results/validation-block";
import { formatRunAt } from "./clock";
import { explainedUnits, explanationsOf, namedUnits, paneUnits } from "./explanations";
import { FOREIGN_WORKBOOK_MESSAGE } from "./foreign-workbook";
import { highlightsOf } from "./highlights";
import { isForeignWorkbook, judgeWorkbook, RANK_INPUT_SHEETS, VALIDATE_INPUT_SHEETS } from "./judge-workbook";
import { summarize } from "./rank-summary";
import type { OperationOutcome, ProgressFn, RankSummary } from "./workbench";

export { computeRanking, RANK_INPUT_SHEETS, VALIDATE_INPUT_SHEETS } from "./judge-workbook";
export { summarize } from "./rank-summary";

/** What the pane and the CLI say when a blocked run marked the old results. */
export const INVALIDATED_NOTE = "原排名结果和问责名单已标为已失效。";
/**
 * The same in the pane's file mode, where the marks are in the copy the pane holds: the file on
 * disk changes only when the user downloads (下载结果工作簿 is the file-mode panel's button).
 */
export const FILE_INVALIDATED_NOTE = "打开的工作簿中，原排名结果和问责名单已标为已失效；电脑上的原文件未改动，请点击“下载结果工作簿”保存。";

export interface RankRun {
  outcome: OperationOutcome<RankSummary>;
  /** The engine's result; absent when the ranking's sheets could not be read. */
  result?: RankingResult;
  /** True when the ranking was written (nothing blocked it). */
  ranked: boolean;
  /** Result sheets of an earlier run that this blocked run marked 已失效. */
  invalidated: string[];
  /** True when the workbook has none of the contract sheets: nothing was read further and nothing written. */
  foreign: boolean;
  /** True when the run was blocked only because 评议评分 holds no score yet. */
  nothingToRank: boolean;
  read?: CampaignRead;
  /** The explanation of every ranked unit named in 问责名单 (what 排名说明 shows); empty when not ranked. */
  explanations: Map<string, Explanation>;
}

export interface RankOptions {
  /** What the message says of the marked old results (file mode: they reach the file only through 下载). */
  invalidatedNote?: string;
  /** Last year's places by unit code (上年对比 in 排名结果), when last year's book was given. */
  lastYear?: ReadonlyMap<string, { rank: number; count: number }>;
  /** Units to explain besides those named in 问责名单, by code or name (`tisheng explain`). */
  explain?: readonly string[];
}

/** Runs 一键排名 in one session: one read, pure work, one write. */
export async function rankOperation(session: WorkbookSession, now: Date, progress: ProgressFn, options: RankOptions = {}): Promise<RankRun> {
  progress("读取所有录入工作表", 0.1);
  const grids = await session.readSheets(VALIDATE_INPUT_SHEETS);
  if (isForeignWorkbook(grids)) {
    const outcome = { ok: false, findings: [], message: FOREIGN_WORKBOOK_MESSAGE, foreign: true };
    return { outcome, ranked: false, invalidated: [], foreign: true, nothingToRank: false, explanations: new Map() };
  }
  progress("校验数据并计算得分与排名", 0.4);
  const judged = judgeWorkbook(grids, isoOfInstant(now));
  const { read, ranking } = judged;
  // Nothing scored yet is not a clean ranking of 0 units: say there is nothing to rank, and why.
  const nothingToRank = ranking?.ok === true && ranking.rankings.length === 0;
  const findings = nothingToRank ? sortFindings([...judged.findings, nothingToRankFinding()]) : judged.findings;
  const runAt = formatRunAt(now);
  // 校验结果 and the highlights always show this run's findings (a later successful run clears the
  // marks of a blocked one); the ranking itself is written only when nothing blocked it, whole.
  const findingsBlock = validationBlock(findings, { runAt, year: read.settings.year, source: "一键排名" });
  const highlights = highlightsOf(findings, new Set(grids.keys()));
  const errors = findings.filter((f) => f.severity === "error");
  // Errors on a sheet the ranking is computed from block it; errors elsewhere are reported beside it.
  const blocking = errors.filter((f) => RANK_INPUT_SHEETS.includes(f.sheet));

  if (!ranking || !ranking.ok || blocking.length > 0) {
    // Free after the read in Excel (the session learnt the names with it): no extra round trip.
    const existing = new Set(await session.sheetNames());
    // With nothing scored and no other error, the reason is plain: nothing to rank yet.
    const onlyEmpty = nothingToRank && errors.length === 1;
    const cause = onlyEmpty ? "「评议评分」中还没有评分" : "数据错误";
    const stale = invalidatedBlocks({ runAt, year: read.settings.year, cause }).filter((b) => existing.has(b.name));
    progress("写入校验结果", 0.7);
    await session.writeBlocks([...stale, findingsBlock], { highlights });
    progress("完成", 1);
    const head = onlyEmpty
      ? RANK_NOTHING_TO_RANK.message({})
      : `发现 ${errors.length} 个错误，未进行排名，详见“校验结果”工作表。请按“校验结果”修改后重新点击“一键排名”。`;
    const message = stale.length > 0 ? `${head}${options.invalidatedNote ?? INVALIDATED_NOTE}` : head;
    const invalidated = stale.map((b) => b.name);
    const outcome = { ok: false, findings, message };
    return { outcome, result: ranking, ranked: false, invalidated, foreign: false, nothingToRank: onlyEmpty, read, explanations: new Map() };
  }

  progress("写入排名结果和问责名单", 0.7);
  const blocks = rankingBlocks(ranking, { runAt, settings: read.settings, groups: read.data.groups.map((g) => g.name), lastYear: options.lastYear });
  const asked = (options.explain ?? []).map((ref) => read.data.units.find((u) => u.code === ref || u.name === ref)?.code ?? ref);
  const named = new Set([...namedUnits(ranking), ...asked]);
  // One pass over the score rows serves the sheet, the JSON and the pane.
  const everyExplained = explanationsOf(grids, read, ranking, [...named, ...paneUnits(ranking)]);
  const explanations = new Map([...everyExplained].filter(([code]) => named.has(code)));
  const explained = explanationBlock(ranking, explanations, { runAt, settings: read.settings });
  await session.writeBlocks([...blocks, explained, findingsBlock], { highlights });
  progress("完成", 1);
  const summary = { ...summarize(ranking, read.settings), explanations: explainedUnits(everyExplained, ranking, read.settings) };
  const elsewhere = errors.length > 0 ? `另有 ${errors.length} 个错误在不影响排名的工作表上，详见“校验结果”工作表。` : "";
  const message = `已对 ${summary.ranked} 个单位排名，问责名单 ${summary.accountability}\u00a0条（需复核\u00a0${summary.needsReview}\u00a0条）。${elsewhere}`;
  return {
    outcome: { ok: true, findings, summary, message },
    result: ranking,
    ranked: true,
    invalidated: [],
    foreign: false,
    nothingToRank: false,
    read,
    explanations,
  };
}

/** The error that says 评议评分 holds no score yet, about the whole sheet. */
function nothingToRankFinding(): Finding {
  return findingOf(RANK_NOTHING_TO_RANK, SCORES_SHEET.name, "", {});
}
