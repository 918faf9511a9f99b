/**
 * 分发记录: the hidden sheet in which the master records each template it handed out
 * (unit, file name, time, template version, campaign id, header hash). New rows are
 * appended below the earlier ones; the sheet is rewritten whole in the operation's one write.
 */
import type { CellValue, SheetGrid } from "../sheets/grid";
import { recordKeepingPlan, type SheetPlan } from "../sheets/plan";
import type { TemplateMeta } from "../sheets/template-meta";

/** The hidden sheet of the master listing the templates handed out. */
export const DISTRIBUTION_SHEET = "分发记录";
export const DISTRIBUTION_HEADERS = ["单位编码", "单位名称", "文件名", "分发时间", "模板版本", "活动编号", "表头校验码"] as const;

/** One template handed out. */
export interface DistributionEntry {
  unitCode: string;
  unitName: string;
  fileName: string;
  meta: TemplateMeta;
}

/** The record row of one entry. */
export function distributionRow(entry: DistributionEntry): CellValue[] {
  return [
    entry.unitCode,
    entry.unitName,
    entry.fileName,
    entry.meta.createdAt,
    entry.meta.schemaVersion,
    entry.meta.campaignId,
    entry.meta.headerHash,
  ];
}

/** 分发记录 with the rows it had (`previous`, its header dropped) and `entries` appended. */
export function distributionPlan(previous: SheetGrid | undefined, entries: readonly DistributionEntry[]): SheetPlan {
  const kept = (previous?.rows.slice(1) ?? []).filter((r) => r.some((v) => v !== null && v !== undefined && v !== ""));
  return recordKeepingPlan(
    DISTRIBUTION_SHEET,
    "hidden",
    [[...DISTRIBUTION_HEADERS], ...kept, ...entries.map(distributionRow)],
    [12, 28, 36, 18, 10, 34, 66]
  );
}
