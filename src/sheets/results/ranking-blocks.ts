/**
 * The two result sheets of 一键排名, computed whole from a ranking result: 排名结果 (per
 * category: rank, unit, total, each group's score, adjustments, notes; then the units not
 * ranked) and 问责名单 (every name with its basis and evidence). Both carry the time of the
 * run and the settings used; the same result and meta always give the same blocks.
 */
import { roundTo, type RankedUnit, type RankingResult } from "../../domain/ranking";
import type { Settings } from "../../domain/settings";
import { OUTPUT_SHEETS } from "../contract";
import { scoreFormat, type CellValue, type PrintHints, type SheetBlock } from "../grid";

/** What the result sheets show besides the result itself. */
export interface RankingMeta {
  /** The time of the run, already formatted by the caller (the sheets never read a clock). */
  runAt: string;
  settings: Settings;
  /** Evaluator group names in sheet order: one score column each. */
  groups: string[];
  /** Last year's places by unit code, when last year's book was given: 排名结果 then ends with 上年对比. */
  lastYear?: ReadonlyMap<string, { rank: number; count: number }>;
}

const METHOD_NAMES: Record<Settings["rankingMethod"], string> = { competition: "竞争排名", dense: "中国式排名" };

/** The 排名结果 and 问责名单 blocks of a ranking result. */
export function rankingBlocks(result: RankingResult, meta: RankingMeta): SheetBlock[] {
  return [rankingSheet(result, meta), accountabilitySheet(result, meta)];
}

/** The header row of each category's table on 排名结果. */
export function rankingHeader(groups: readonly string[]): string[] {
  return ["名次", "单位编码", "单位名称", "总分", ...groups, "加减分", "备注"];
}

/** The header row of 问责名单. */
export const ACCOUNTABILITY_HEADER = ["问责类型", "单位编码", "单位名称", "责任人", "职务", "问责依据", "证据", "需复核"];

function rankingSheet(result: RankingResult, meta: RankingMeta): SheetBlock {
  const { settings, groups } = meta;
  const p = settings.precision;
  const rows: CellValue[][] = [[`${settings.year}年能力作风建设提升年评议考核排名结果`], ...runRows(meta), []];
  const headingRows = [1];
  let firstHeader = 0;
  if (!result.ok) rows.push(["输入数据有错误，未生成排名。请查看校验结果，修改后重新运行一键排名。"], []);
  for (const [category, units] of byCategory(result.rankings)) {
    rows.push([`${category}（${units.length}个单位参加排名）`]);
    headingRows.push(rows.length);
    rows.push(rankingHeader(groups));
    headingRows.push(rows.length);
    firstHeader ||= rows.length;
    for (const u of units) rows.push(rankingRow(u, groups, p));
    rows.push([]);
  }
  rows.push([`未参评单位（${result.unranked.length}个，不参加排名）`]);
  headingRows.push(rows.length);
  rows.push(["单位编码", "单位名称", "单位类别", "原因"]);
  headingRows.push(rows.length);
  for (const u of result.unranked) rows.push([u.unitCode, u.unitName, u.category, u.reason]);
  if (result.unranked.length === 0) rows.push(["无"]);
  if (meta.lastYear) comparisonRows(result, meta.lastYear, rows, headingRows);
  const widths = [10, 12, 28, 10, ...groups.map(() => 12), 8, 50];
  // 总分, each group's score and 加减分 show 分数精度 decimals, so 85.50 never prints as 85.5.
  const scoreColumns = Array.from({ length: groups.length + 2 }, (_, i) => 4 + i);
  const print: PrintHints = {
    orientation: "landscape",
    fitToWidth: true,
    // Every category's table has the same header: the first one repeats on each printed page.
    titleRows: firstHeader > 0 ? { first: firstHeader, last: firstHeader } : undefined,
    wrapColumns: [3, widths.length],
    numberFormats: scoreColumns.map((col) => ({ col, format: scoreFormat(p) })),
  };
  // Every category's table has the same columns: freezing down to the first header keeps them named while scrolling.
  return { name: OUTPUT_SHEETS.ranking, rows: rectangular(rows, widths.length), widths, headingRows, frozenRows: firstHeader || 1, print };
}

function rankingRow(u: RankedUnit, groups: readonly string[], precision: number): CellValue[] {
  const scores = groups.map((g) => {
    const value = u.groupScores[g];
    return value === null || value === undefined ? null : roundTo(value, precision);
  });
  return [u.rank, u.unitCode, u.unitName, u.score, ...scores, roundTo(u.adjustment, precision), u.notes.length > 0 ? u.notes.join("；") : null];
}

function accountabilitySheet(result: RankingResult, meta: RankingMeta): SheetBlock {
  const title = `${meta.settings.year}年能力作风建设提升年问责名单`;
  const rows: CellValue[][] = [[title], ...runRows(meta), [], ACCOUNTABILITY_HEADER];
  const headerRow = rows.length;
  const review: number[] = [];
  for (const a of result.accountability) {
    if (a.needsReview) review.push(rows.length + 1);
    rows.push([a.type, a.unitCode, a.unitName, a.person, a.role, a.basis, a.evidence, a.needsReview ? "是" : "否"]);
  }
  if (!result.ok) rows.push(["输入数据有错误，未生成问责名单。请查看校验结果。"]);
  else if (result.accountability.length === 0) rows.push(["无"]);
  const widths = [10, 12, 28, 10, 14, 60, 50, 8];
  const print: PrintHints = {
    orientation: "landscape",
    fitToWidth: true,
    titleRows: { first: headerRow, last: headerRow },
    // 问责依据 and 证据 are long sentences: wrapped, never cut off on paper.
    wrapColumns: [3, 6, 7],
    highlightRows: review,
  };
  return {
    name: OUTPUT_SHEETS.accountability,
    rows: rectangular(rows, widths.length),
    widths,
    headingRows: [1, headerRow],
    frozenRows: headerRow,
    print,
  };
}

/** 运行时间 and the settings the ranking used, one per row. */
function runRows({ runAt, settings }: RankingMeta): CellValue[][] {
  return [
    ["运行时间", runAt],
    ["排名方法", METHOD_NAMES[settings.rankingMethod]],
    ["去极值阈值", settings.trimThreshold, "评分数达到该值的评议主体去掉一个最高分和一个最低分；0 表示不去极值"],
    ["分数精度", settings.precision, "总分保留的小数位数；按显示的分数比较，相同即为并列"],
    ["重点科室问责名额", settings.keySectionBottomN, "重点科室考评排名在后 N 位的，对科室负责人实施问责"],
  ];
}

/** Rankings grouped by category, keeping the engine's order (categories, then rank). */
function byCategory(rankings: readonly RankedUnit[]): Map<string, RankedUnit[]> {
  const map = new Map<string, RankedUnit[]>();
  for (const r of rankings) {
    const list = map.get(r.category);
    if (list) list.push(r);
    else map.set(r.category, [r]);
  }
  return map;
}

/** Pads every row to `width` cells: Excel writes a range only from a rectangular array. */
function rectangular(rows: CellValue[][], width: number): CellValue[][] {
  const w = Math.max(width, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<CellValue>(w - r.length).fill(null)]);
}

/** 上年对比: each ranked unit's place this year beside last year's (new units say so). */
function comparisonRows(
  result: RankingResult,
  lastYear: ReadonlyMap<string, { rank: number; count: number }>,
  rows: CellValue[][],
  headingRows: number[]
): void {
  rows.push([], ["上年对比（本年名次与上一年度名次）"]);
  headingRows.push(rows.length);
  rows.push(["单位类别", "单位编码", "单位名称", "本年名次", "上年名次", "名次变化"]);
  headingRows.push(rows.length);
  const counts = new Map<string, number>();
  for (const r of result.rankings) counts.set(r.category, (counts.get(r.category) ?? 0) + 1);
  for (const r of result.rankings) {
    const last = lastYear.get(r.unitCode);
    const change = !last
      ? "上年未参加排名"
      : last.rank === r.rank
        ? "不变"
        : last.rank > r.rank
          ? `上升 ${last.rank - r.rank} 名`
          : `下降 ${r.rank - last.rank} 名`;
    rows.push([r.category, r.unitCode, r.unitName, `${r.rank}/${counts.get(r.category)}`, last ? `${last.rank}/${last.count}` : null, change]);
  }
}
