/** The pane's words for a collect batch: status words and row counts (meaning in words, never by colour alone). */
import type { CollectStatus, RowCounts } from "../domain/collect";

/** The sheet each collected kind comes from. */
export const COLLECT_SHEET_NAMES = { plans: "方案报送", progress: "工作进度", inspections: "自查自纠" } as const;

/** "将合并" in a preview (nothing written yet), "已合并" once written; the other fates read the same either way. */
export function statusWord(status: CollectStatus, written: boolean): string {
  switch (status) {
    case "merged":
      return written ? "已合并" : "将合并";
    case "unchanged":
      return "无变化";
    case "refused":
      return "退回";
    case "unclaimed":
      return "待认领";
    case "conflict":
      return "冲突";
    default:
      return String(status);
  }
}

/** "新增 2 行，修改 1 行，未变 5 行，删除 0 行". */
export function countsText(counts: RowCounts): string {
  return `新增 ${counts.added} 行，修改 ${counts.changed} 行，未变 ${counts.unchanged} 行，删除 ${counts.removed} 行`;
}

/** "A01 甲镇": a unit's code with its name when known; "（未识别）" for a file with no unit. */
export function unitLabel(code: string, names: Readonly<Record<string, string>>): string {
  if (!code) return "（未识别）";
  return names[code] ? `${code} ${names[code]}` : code;
}
