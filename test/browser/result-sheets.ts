/**
 * Reading the sheets the browser tests check, from plain value grids (the fake workbook's,
 * or an .xlsx's through exceljs): the roster's unit codes and what 排名结果 and 问责名单 hold.
 */
type Value = unknown;
export type Grid = readonly (readonly Value[])[];

const text = (v: Value) => (v === null || v === undefined ? "" : String(v).trim());

/** Rows below the header row whose first cell is `firstHeader`, up to the first empty first cell. */
function rowsUnder(grid: Grid, firstHeader: string): (readonly Value[])[] {
  const header = grid.findIndex((row) => text(row[0]) === firstHeader);
  if (header < 0) throw new Error(`no header row starting with ${firstHeader}`);
  const rows: (readonly Value[])[] = [];
  for (const row of grid.slice(header + 1)) {
    if (text(row[0]) === "") break;
    rows.push(row);
  }
  return rows;
}

/** The unit codes of 单位名册, in sheet order. */
export function rosterCodes(roster: Grid): string[] {
  return rowsUnder(roster, "单位编码").map((row) => text(row[0]));
}

/** Units on 排名结果: ranked (a numeric 名次 then the code) and listed as not ranked (the code first). */
export function rankingSheetUnits(ranking: Grid, codes: readonly string[]): { ranked: string[]; unranked: string[] } {
  const known = new Set(codes);
  const ranked = ranking.filter((row) => typeof row[0] === "number" && known.has(text(row[1]))).map((row) => text(row[1]));
  const unranked = ranking.filter((row) => known.has(text(row[0]))).map((row) => text(row[0]));
  return { ranked, unranked };
}

/** The entries of 问责名单 (rows under its 问责类型 header; a single "无" means none). */
export function accountabilityEntries(sheet: Grid): { unitCode: string; needsReview: boolean }[] {
  return rowsUnder(sheet, "问责类型")
    .filter((row) => text(row[0]) !== "无")
    .map((row) => ({ unitCode: text(row[1]), needsReview: text(row[7]) === "是" }));
}
