/** A collected row's key in the office's words (for conflicts, kept rows and removals). */
import type { CollectKind, CollectRecord } from "../../domain/collect";
import { RECORD_SHEETS } from "../record-sheets";

/**
 * The key of a row (as keyOf makes it, maybe with "#n" for a repeated key) in words:
 * 序号 5 2010-06-30 of 工作进度, 问题编号 of 自查自纠, the unit's one plan of 方案报送.
 */
export function describeKey(kind: CollectKind, key: string): string {
  const [json, repeat] = key.split(/#(?=\d+$)/);
  let parts: unknown[] = [];
  try {
    parts = JSON.parse(json) as unknown[];
  } catch {
    return key;
  }
  const again = repeat ? `（第 ${Number(repeat) + 1} 行同名）` : "";
  switch (kind) {
    case "progress":
      return `序号 ${String(parts[0])}、填报日期 ${String(parts[2])} 的进度${again}`;
    case "inspections":
      return `问题编号 ${String(parts[1])}${again}`;
    case "plans":
      return `实施方案${again}`;
  }
}

/** A collected row in words, header by header ("填报日期 2010-06-30；进度(%) 50；…"), for conflicts the office settles. */
export function describeRow(kind: CollectKind, record: CollectRecord | null): string {
  if (!record) return "（无此行）";
  const fields = record as unknown as Record<string, unknown>;
  return RECORD_SHEETS[kind].columns
    .filter((c) => c.field !== "unitCode")
    .map((c) => {
      const v = fields[c.field];
      return `${c.header} ${v === null || v === undefined || v === "" ? "（空）" : Array.isArray(v) ? v.join("、") : String(v)}`;
    })
    .join("；");
}
