/**
 * The names of the sheets that validation reads and cites. The domain may not import the
 * sheet contract (lint boundary), so they are repeated here, beside the ranking's own
 * (RANKING_SHEETS); a test holds them equal to the contract's schema names.
 */
import { RANKING_SHEETS } from "../ranking/sheet-names";

export const VALIDATION_SHEETS = {
  settings: "参数设置",
  units: RANKING_SHEETS.units,
  groups: RANKING_SHEETS.groups,
  scores: RANKING_SHEETS.scores,
  adjustments: RANKING_SHEETS.adjustments,
  violations: RANKING_SHEETS.violations,
  tasks: "重点工作",
  progress: "工作进度",
  plans: "方案报送",
  inspections: "自查自纠",
  supervision: "督查记录",
} as const;
