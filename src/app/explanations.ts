/**
 * The explanations of a ranking run (排名说明, `tisheng explain`, `rank --json`): the domain's
 * account of each unit, with the grade words (满意 …) that score rows were typed as, read back
 * from 评议评分's own cells (the reader keeps only the points).
 */
import { explainUnits, type Explanation } from "../domain/ranking/explain";
import type { RankingResult } from "../domain/ranking";
import type { Settings } from "../domain/settings";
import { explanationRows, unitNamesOf } from "../sheets/results/explanation-sheet";
import type { ExplainedUnit } from "./workbench";
import { trimAll } from "../domain/text";
import { SCORES_SHEET } from "../sheets/contract";
import { parseA1, type WorkbookGrids } from "../sheets/grid";
import { rankingInputOf, type CampaignRead } from "../sheets/read/read-campaign";

/** The grade word typed in 评议评分's 得分 cell of a worksheet row, when it was one. */
export function gradeWordsOf(grids: WorkbookGrids, read: CampaignRead): (row: number) => string | undefined {
  const grid = grids.get(SCORES_SHEET.name);
  const words = new Set(read.settings.grades.map((g) => g.word));
  return (row) => {
    const address = read.locate({ sheet: SCORES_SHEET.name, row }, "score");
    if (!grid || address === "") return undefined;
    const raw = grid.rows[row - 1]?.[parseA1(address).col - 1];
    const word = typeof raw === "string" ? trimAll(raw) : undefined;
    return word !== undefined && words.has(word) ? word : undefined;
  };
}

/** The explanation of each ranked unit among `codes`. */
export function explanationsOf(grids: WorkbookGrids, read: CampaignRead, result: RankingResult, codes: Iterable<string>): Map<string, Explanation> {
  return explainUnits(rankingInputOf(read), result, new Set(codes), gradeWordsOf(grids, read));
}

/** The units 排名说明 explains: every unit named in 问责名单. */
export function namedUnits(result: RankingResult): string[] {
  return [...new Set(result.accountability.map((a) => a.unitCode))];
}

/** Above this many ranked units the pane explains only the units in 问责名单 (its summary stays small). */
export const PANE_EXPLAIN_LIMIT = 500;

/** The units the pane can explain: every ranked unit up to PANE_EXPLAIN_LIMIT, else those named in 问责名单. */
export function paneUnits(result: RankingResult): string[] {
  return result.rankings.length <= PANE_EXPLAIN_LIMIT ? result.rankings.map((r) => r.unitCode) : namedUnits(result);
}

/** Explanations as lines of text: each row's filled cells, the label first ("总分：…"). */
export function explainedUnits(explanations: ReadonlyMap<string, Explanation>, result: RankingResult, settings: Settings): ExplainedUnit[] {
  const nameOf = unitNamesOf(result);
  return [...explanations.values()].map((ex) => ({
    unitCode: ex.unit.unitCode,
    unitName: ex.unit.unitName,
    lines: explanationRows(ex, settings, nameOf)
      .filter((row, i) => i !== 1)
      .map((row) => {
        const [label, ...rest] = row.filter((c) => c !== null && c !== "").map(String);
        return rest.length === 0 ? label : `${label}：${rest.join("  ")}`;
      }),
  }));
}
