/**
 * The names of the sheets the ranking reads and cites. The domain may not import the
 * sheet contract (lint boundary), so they are repeated here once; a test holds them equal
 * to the contract's schema names.
 */
export const RANKING_SHEETS = {
  units: "单位名册",
  groups: "评议主体",
  scores: "评议评分",
  adjustments: "加减分",
  violations: "违规记录",
  ranking: "排名结果",
} as const;
