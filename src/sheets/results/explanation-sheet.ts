/**
 * 排名说明: for every unit named in 问责名单, how its total was built from the rows, its place
 * and gaps, what would move it one place, and whether one evaluator or group decides its
 * 考评问责 entry (五、问责追究 三是实施考评问责). Print-ready: A4 landscape, one page wide, each
 * unit starting on a new page, long cells wrapped. The same rows serve `tisheng explain`.
 */
import { flipText, formatScore, placeWords, type Flip, type RankingResult } from "../../domain/ranking";
import type { Explanation, GroupLine, ScoreLine } from "../../domain/ranking/explain";
import type { Settings } from "../../domain/settings";
import { OUTPUT_SHEETS } from "../contract";
import type { CellValue, PrintHints, SheetBlock } from "../grid";

/** The header row of each unit's table. */
export const EXPLANATION_HEADER = ["项目", "明细", "评分数", "平均分", "权重", "折算权重", "得分"];

const WIDTHS = [14, 80, 8, 10, 8, 10, 10];

type ShownSettings = Pick<Settings, "precision" | "keySectionBottomN">;

/** A unit's name by code, from a ranking result. */
export function unitNamesOf(result: RankingResult): (code: string) => string {
  const names = new Map(result.rankings.map((r) => [r.unitCode, r.unitName]));
  return (code) => names.get(code) ?? "";
}

/** The rows that explain one unit (no blank row after it). */
export function explanationRows(ex: Explanation, settings: ShownSettings, nameOf: (code: string) => string): CellValue[][] {
  const p = settings.precision;
  const f = (x: number) => formatScore(x, p);
  const u = ex.unit;
  const rows: CellValue[][] = [
    [`${u.unitCode} ${u.unitName}（${u.category} 第${u.rank}名/共${ex.count}名，总分 ${f(u.score)}）`],
    EXPLANATION_HEADER,
  ];
  for (const g of ex.groups) rows.push(groupRow(g, p));
  rows.push(["评议得分", "各评议主体得分之和（缺少的评议主体不计零分，其余主体按权重归一）", null, null, null, null, f(ex.evaluation)]);
  for (const a of ex.adjustments)
    rows.push(["加减分", `${a.reason}${a.row === null ? "" : `（加减分 第${a.row}行）`}`, null, null, null, null, f(a.points)]);
  if (ex.adjustments.length === 0) rows.push(["加减分", "无", null, null, null, null, f(0)]);
  rows.push([
    "总分",
    `评议得分 ${f(ex.evaluation)} + 加减分 ${f(ex.adjustment)} = ${f(ex.total)}（按分数精度 ${p} 位小数比较名次）`,
    null,
    null,
    null,
    null,
    f(ex.total),
  ]);
  rows.push(["名次", placeText(ex, p)]);
  rows.push(["变动一名", movesText(ex, p)]);
  if (ex.robustness) rows.push(["问责稳健性", robustnessText(ex, settings, nameOf)]);
  return rows;
}

function groupRow(g: GroupLine, p: number): CellValue[] {
  if (g.mean === null) return [g.group, "该评议主体没有为本单位评分（不计零分，按其余主体权重归一）", 0, null, g.weight, null, null];
  const dropped = g.scores.filter((s) => s.dropped).map((s) => `${s.dropped} ${scoreText(s)}`);
  const kept = g.scores.filter((s) => !s.dropped).map(scoreText);
  const detail = `${kept.join("、")}${dropped.length > 0 ? `；去掉${dropped.join("、")}（评分数达到去极值阈值）` : ""}`;
  return [g.group, detail, g.scores.length, formatScore(g.mean, p), g.weight, round4(g.share), formatScore(g.contribution, p)];
}

/** "DB-01 满意=100（第12行）". */
function scoreText(s: ScoreLine): string {
  const value = s.grade ? `${s.grade}=${s.score}` : String(s.score);
  return `${s.evaluatorId} ${value}${s.row === null ? "" : `（第${s.row}行）`}`;
}

function placeText(ex: Explanation, p: number): string {
  const parts: string[] = [];
  parts.push(
    ex.above
      ? `比上一名 ${ex.above.unitCode} ${ex.above.unitName}（${formatScore(ex.above.score, p)}）低 ${formatScore(ex.above.gap, p)} 分`
      : "本类第一"
  );
  parts.push(
    ex.below
      ? `比下一名 ${ex.below.unitCode} ${ex.below.unitName}（${formatScore(ex.below.score, p)}）高 ${formatScore(ex.below.gap, p)} 分`
      : "本类最后"
  );
  if (ex.tiedWith.length > 0) parts.push(`与 ${ex.tiedWith.join("、")} 总分并列`);
  return parts.join("；");
}

function movesText(ex: Explanation, p: number): string {
  if (ex.moves.length === 0) return "无";
  return ex.moves
    .map((m) => {
      const up = ex.above ? (m.up === null ? "升至满分也不能上升一名" : `提高 ${ceilTo(m.up, p)} 分可上升一名`) : null;
      const down = ex.below ? (m.down === null ? "降至零分也不会下降一名" : `降低 ${ceilTo(m.down, p)} 分将下降一名`) : null;
      return `${m.group}平均分${[up, down].filter(Boolean).join("，") || "变动不影响名次"}`;
    })
    .join("；");
}

function robustnessText(ex: Explanation, settings: ShownSettings, nameOf: (code: string) => string): string {
  const r = ex.robustness;
  if (!r) return "";
  const place = placeWords(r.category, settings);
  const margin =
    r.margin === null
      ? "本类单位全部列入"
      : `与最近的未列入单位 ${r.nextUnitCode} ${nameOf(r.nextUnitCode ?? "")} 相差 ${formatScore(r.margin, settings.precision)} 分`;
  if (r.flips.length === 0) return `${margin}；去掉任何一位评议人（或任何一个评议主体）的评分，${place}都不变，不取决于个别评议人`;
  // Removals with the same outcome share one sentence: "去掉以下任一评议人的评分后，最后一位变为 …：DB-05（党代表）、…".
  const byOutcome = new Map<string, Flip[]>();
  for (const flip of r.flips) {
    const key = `${flip.kind}\u0000${flip.namedAfter.join("、")}`;
    byOutcome.set(key, [...(byOutcome.get(key) ?? []), flip]);
  }
  const sentences = [...byOutcome.values()].map((flips) => {
    if (flips.length === 1) return flipText(flips[0], place, nameOf);
    const after = flips[0].namedAfter.map((c) => `${c} ${nameOf(c)}`).join("、");
    const who = flips[0].kind === "evaluator" ? "评议人" : "评议主体";
    const list = flips.map((f) => (f.kind === "evaluator" ? `${f.id}（${f.groups.join("、")}）` : `“${f.id}”`)).join("、");
    return `去掉以下任一${who}的评分后，${place}变为 ${after}：${list}`;
  });
  return `${margin}；需复核：${sentences.join("；")}（五、问责追究“三是实施考评问责”按名次问责，名次取决于个别评议人的，请核对其评分表）`;
}

/** `x` rounded up at `p` decimals: the least change, as shown, that is enough. */
function ceilTo(x: number, p: number): string {
  const scale = 10 ** p;
  return (Math.ceil(x * scale - 1e-9) / scale).toFixed(p);
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** The 排名说明 block: every unit named in 问责名单 that was ranked, in the list's order. */
export function explanationBlock(
  result: RankingResult,
  explanations: ReadonlyMap<string, Explanation>,
  meta: { runAt: string; settings: Settings }
): SheetBlock {
  const { settings } = meta;
  const rows: CellValue[][] = [
    [`${settings.year}年能力作风建设提升年排名说明`],
    ["运行时间", meta.runAt],
    [
      "说明",
      "问责名单中每个单位的总分如何由评议评分和加减分算出、名次与相邻单位的差距、改变一名所需的分数，以及考评问责是否取决于个别评议人（五、问责追究：三是实施考评问责）",
    ],
    [],
  ];
  const headingRows = [1];
  const pageBreaks: number[] = [];
  const nameOf = unitNamesOf(result);
  const codes = [...new Set(result.accountability.map((a) => a.unitCode))].filter((c) => explanations.has(c));
  for (const code of codes) {
    const ex = explanations.get(code);
    if (!ex) continue;
    if (rows.length > 4) pageBreaks.push(rows.length + 1);
    headingRows.push(rows.length + 1, rows.length + 2);
    rows.push(...explanationRows(ex, settings, nameOf), []);
  }
  if (codes.length === 0) rows.push(["问责名单中没有参加排名的单位"]);
  const print: PrintHints = { orientation: "landscape", fitToWidth: true, wrapColumns: [2], alignTop: true, pageBreaks };
  const width = WIDTHS.length;
  return {
    name: OUTPUT_SHEETS.explanation,
    rows: rows.map((r) => [...r, ...Array<CellValue>(Math.max(0, width - r.length)).fill(null)]),
    widths: WIDTHS,
    headingRows,
    frozenRows: 1,
    print,
  };
}
