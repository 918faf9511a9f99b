/** The refusals a returned file's contents decide, pure: another campaign or year, rows for another unit. */
import type { Origin } from "../types";
import { COLLECT_KINDS, type CollectKind } from "./keys";

/** What the master says about its campaign (its 元数据). */
export interface MasterIdentity {
  campaignId: string | null;
  year: number | null;
}

/** What a returned template says about itself (its metadata sheet). */
export interface FileIdentity {
  campaignId: string | null;
  year: number | null;
  unitCode: string;
}

/** The reason a file of another campaign or year is refused; undefined when it belongs to the master's. */
export function campaignMismatch(master: MasterIdentity, file: FileIdentity): string | undefined {
  if (master.year !== null && file.year !== null && master.year !== file.year) {
    return `此文件是 ${file.year} 年度的填报模板，总表是 ${master.year} 年度，不能汇总。请使用本年度分发的模板重新填报。`;
  }
  if (master.campaignId && file.campaignId !== master.campaignId) {
    return "此文件不是从本总表分发的模板（活动标识不一致），不能汇总。请确认文件来源，或让单位用本次分发的模板重新填报。";
  }
  return undefined;
}

/** Chinese names of the collected sheets (for reasons). */
const SHEET_NAMES: Record<CollectKind, string> = { plans: "方案报送", progress: "工作进度", inspections: "自查自纠" };

/** What the check needs of a row: whose it is and where (a row read only in part still has both). */
export interface OwnedRow {
  unitCode: string;
  origin?: Origin;
}

/**
 * The reason a file whose rows carry another unit's code is refused (a unit reports only
 * for itself); undefined when every row is its own.
 */
export function foreignUnitRows(
  records: Readonly<Record<CollectKind, readonly OwnedRow[]>>,
  unitCode: string,
  kinds: readonly CollectKind[] = COLLECT_KINDS
): string | undefined {
  for (const kind of kinds) {
    const row = records[kind].find((r) => r.unitCode !== unitCode);
    if (row) {
      const where = row.origin ? `第 ${row.origin.row} 行` : "";
      return `「${SHEET_NAMES[kind]}」${where}的单位编码是 ${row.unitCode || "（空）"}，不是本单位的 ${unitCode}：每个单位只能报送本单位的数据，整份文件未汇总。请改正后重新报送。`;
    }
  }
  return undefined;
}
