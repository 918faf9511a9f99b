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
import { paginate, rowPoints, type NoticeLine } from "./supervision-pages";

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

/**
 * 排名结果 lays out its own pages (./supervision-pages): several tables follow one another, so
 * print titles (one row range) would print a header twice above a category starting a page.
 * Instead a category's heading and header stay with its first rows, a table that runs onto a
 * new page has its header repeated there, and every row is as tall as its wrapped 备注.
 */
function rankingSheet(result: RankingResult, meta: RankingMeta): SheetBlock {
  const { settings, groups } = meta;
  const p = settings.precision;
  const title = `${settings.year}年能力作风建设提升年评议考核排名结果`;
  const widths = [10, 12, 28, 10, ...groups.map(() => 12), 8, 50];
  // A setting's 说明 goes to the wide last column (备注), where it takes one line instead of wrapping in 单位名称.
  const settingRows = runRows(meta).map((cells) => ({
    cells: cells.length > 2 ? [cells[0], cells[1], ...pad([], widths.length - 3), cells[2]] : cells,
  }));
  const lines: NoticeLine[] = [{ cells: [title], bold: true }, ...settingRows, { cells: [] }];
  if (!result.ok) lines.push({ cells: ["输入数据有错误，未生成排名。请查看校验结果，修改后重新运行一键排名。"] }, { cells: [] });
  const table = (heading: string, header: CellValue[], body: CellValue[][]) => {
    lines.push({ cells: [heading], bold: true, keepWithNext: true });
    lines.push({ cells: header, bold: true, keepWithNext: true, table: { header, isHeader: true } });
    for (const cells of body) lines.push({ cells, table: { header, isHeader: false } });
  };
  for (const [category, units] of byCategory(result.rankings)) {
    table(
      `${category}（${units.length}个单位参加排名）`,
      rankingHeader(groups),
      units.map((u) => rankingRow(u, groups, p))
    );
    lines.push({ cells: [] });
  }
  const unranked = result.unranked.map((u): CellValue[] => [u.unitCode, u.unitName, u.category, u.reason]);
  table(
    `未参评单位（${result.unranked.length}个，不参加排名）`,
    ["单位编码", "单位名称", "单位类别", "原因"],
    unranked.length > 0 ? unranked : [["无"]]
  );
  if (meta.lastYear) {
    lines.push({ cells: [] });
    table(
      "上年对比（本年名次与上一年度名次）",
      ["单位类别", "单位编码", "单位名称", "本年名次", "上年名次", "名次变化"],
      comparisonRows(result, meta.lastYear)
    );
  }
  const wrapColumns = [3, widths.length];
  const pages = paginate(
    lines.map((l) => ({ ...l, cells: pad(l.cells, widths.length) })),
    widths,
    wrapColumns,
    "landscape"
  );
  const firstHeader = pages.rows.findIndex((row) => row[0] === "名次") + 1;
  // 总分, each group's score and 加减分 show 分数精度 decimals, so 85.50 never prints as 85.5.
  const scoreColumns = Array.from({ length: groups.length + 2 }, (_, i) => 4 + i);
  const print: PrintHints = {
    orientation: "landscape",
    fitToWidth: true,
    wrapColumns,
    numberFormats: scoreColumns.map((col) => ({ col, format: scoreFormat(p) })),
    rowHeights: pages.rowHeights,
    pageBreaks: pages.pageBreaks,
    alignTop: true,
    pageHeader: `${title}（排名时间 ${meta.runAt}）`,
    pageNumbers: true,
  };
  // Every category's table has the same columns: freezing down to the first header keeps them named while scrolling.
  return { name: OUTPUT_SHEETS.ranking, rows: pages.rows, widths, headingRows: pages.boldRows, frozenRows: firstHeader || 1, print };
}

function pad(cells: CellValue[], width: number): CellValue[] {
  return cells.length >= width ? cells : [...cells, ...Array<CellValue>(width - cells.length).fill(null)];
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
  // 问责依据 and 证据 are long sentences: wide columns, wrapped, never cut off on paper.
  const widths = [8, 7, 14, 7, 9, 74, 44, 5];
  const wrapColumns = [3, 5, 6, 7];
  const cells = rectangular(rows, widths.length);
  const wrap = new Set(wrapColumns);
  const print: PrintHints = {
    orientation: "landscape",
    fitToWidth: true,
    titleRows: { first: headerRow, last: headerRow },
    wrapColumns,
    highlightRows: review,
    // Each row as tall as its wrapped 依据 and 证据 (measured, as the notice's pages are): no line is cut off.
    rowHeights: cells.map((row) => rowPoints(row, widths, wrap)),
    alignTop: true,
    pageHeader: `${title}（排名时间 ${meta.runAt}）`,
    pageNumbers: true,
  };
  return {
    name: OUTPUT_SHEETS.accountability,
    rows: cells,
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

/** 上年对比's rows: each ranked unit's place this year beside last year's (when last year's book was given). */
function comparisonRows(result: RankingResult, lastYear: ReadonlyMap<string, { rank: number; count: number }>): CellValue[][] {
  const counts = new Map<string, number>();
  for (const r of result.rankings) counts.set(r.category, (counts.get(r.category) ?? 0) + 1);
  return result.rankings.map((r) => {
    const last = lastYear.get(r.unitCode);
    const change = !last
      ? "上年未参加排名"
      : last.rank === r.rank
        ? "不变"
        : last.rank > r.rank
          ? `上升 ${last.rank - r.rank} 名`
          : `下降 ${r.rank - last.rank} 名`;
    return [r.category, r.unitCode, r.unitName, `${r.rank}/${counts.get(r.category)}`, last ? `${last.rank}/${last.count}` : null, change];
  });
}
