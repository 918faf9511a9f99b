/**
 * The hidden 汇总记录 sheet: one row per file and sheet of every batch, read back before
 * the next batch (what a unit already sent, the base its later files are judged against)
 * and by 撤销上次汇总. The rows a merge changed (before and after) are kept as JSON in the
 * last columns, split into pieces under Excel's 32,767 characters per cell. Columns are read
 * by header, so a log written before 基线校验码 existed still reads.
 */
import {
  contentOf,
  zeroCounts,
  type CollectKind,
  type CollectLogEntry,
  type CollectRecord,
  type CollectStatus,
  type LoggedChange,
} from "../../domain/collect";
import { isBlank, type CellValue, type SheetGrid } from "../grid";
import type { SheetPlan } from "../plan";
import { RECORD_SHEETS } from "../record-sheets";

export const COLLECT_LOG_SHEET = "汇总记录";

const HEADERS = [
  "批次时间",
  "文件名",
  "SHA-256",
  "单位编码",
  "工作表",
  "新增",
  "修改",
  "删除",
  "未变",
  "结果",
  "说明",
  "模板生成时间",
  "基线校验码",
  "已撤销",
  "撤销数据",
];
/** Characters per piece of 撤销数据 (one cell each, under Excel's limit). */
const PIECE = 30_000;

/** The words for a file's fate in a batch, as 汇总记录 records them (and the command line and the pane's messages say them). */
export const STATUS_WORDS: Readonly<Record<CollectStatus, string>> = {
  merged: "已汇总",
  unchanged: "未变化",
  refused: "退回",
  unclaimed: "待认领",
  conflict: "冲突",
};
const KIND_OF_SHEET = new Map<string, CollectKind>((["plans", "progress", "inspections"] as const).map((k) => [RECORD_SHEETS[k].name, k]));

/** A record as stored: its contents, without where it was read from. */
const stored = (r: CollectRecord | null) => (r ? contentOf(r) : null);

/** The undo data of an entry as JSON: the changes it made, or (entries of old logs) the rows it replaced. */
function undoJson(e: CollectLogEntry): string {
  if (e.changes) return JSON.stringify({ changes: e.changes.map((c) => ({ ...c, before: stored(c.before), after: stored(c.after) })) });
  return e.replaced ? JSON.stringify(e.replaced) : "";
}

/** The row of one entry. */
function rowOf(e: CollectLogEntry): CellValue[] {
  const undo = undoJson(e);
  const pieces: string[] = [];
  for (let i = 0; i < undo.length; i += PIECE) pieces.push(undo.slice(i, i + PIECE));
  const sheet = e.kind ? RECORD_SHEETS[e.kind].name : "";
  const c = e.counts;
  return [
    e.batch,
    e.file,
    e.sha256,
    e.unitCode,
    sheet,
    c.added,
    c.changed,
    c.removed,
    c.unchanged,
    STATUS_WORDS[e.status],
    e.reason,
    e.templateCreatedAt ?? "",
    e.baseHash ?? "",
    e.undone ? "是" : "",
    ...pieces,
  ];
}

/** The 汇总记录 sheet holding `log` (hidden: the office reads 报送情况; the log is for undo and audit). */
export function collectLogPlan(log: readonly CollectLogEntry[]): SheetPlan {
  return {
    name: COLLECT_LOG_SHEET,
    visibility: "hidden",
    rows: [HEADERS, ...log.map(rowOf)],
    widths: [22, 30, 18, 12, 10, 6, 6, 6, 6, 8, 40, 18, 18, 8, 20],
    frozenRows: 1,
    headerRows: [1],
    numberFormats: [],
    validations: [],
    protect: true,
    unlocked: [],
  };
}

const text = (v: CellValue | undefined) => (isBlank(v) || v === undefined ? "" : String(v).trim());
const count = (v: CellValue | undefined) => (typeof v === "number" ? v : Number(text(v)) || 0);

/** The undo data read back: the changes of a three-way merge, or the rows an old whole-unit merge replaced. */
function undoOf(json: string): Pick<CollectLogEntry, "changes" | "replaced"> {
  if (!json) return {};
  try {
    const data = JSON.parse(json) as { changes?: LoggedChange[] } & CollectLogEntry["replaced"];
    if (Array.isArray(data?.changes)) return { changes: data.changes };
    if (Array.isArray(data?.rows) && Array.isArray(data.at)) return { replaced: { rows: data.rows, at: data.at } };
  } catch {
    // An unreadable cell informs nothing: the entry still counts, without undo data.
  }
  return {};
}

/** Reads 汇总记录 back; rows it cannot understand are skipped (the log only informs; it never blocks a batch). */
export function readCollectLog(grid: SheetGrid | undefined): CollectLogEntry[] {
  const statusOf = new Map(Object.entries(STATUS_WORDS).map(([k, w]) => [w, k as CollectStatus]));
  const header = (grid?.rows[0] ?? []).map(text);
  // Logs written before 基线校验码 existed lack that column: every column is found by its header.
  const col = (name: string, fallback: number) => (header.includes(name) ? header.indexOf(name) : fallback);
  const at = {
    reason: col("说明", 10),
    created: col("模板生成时间", 11),
    base: header.includes("基线校验码") ? header.indexOf("基线校验码") : -1,
    undone: col("已撤销", 12),
    undo: col("撤销数据", 13),
  };
  const out: CollectLogEntry[] = [];
  for (const row of grid?.rows.slice(1) ?? []) {
    const status = statusOf.get(text(row?.[9]));
    if (!row || !status || text(row[0]) === "") continue;
    const kind = KIND_OF_SHEET.get(text(row[4]));
    const baseHash = at.base >= 0 ? text(row[at.base]) : "";
    out.push({
      batch: text(row[0]),
      file: text(row[1]),
      sha256: text(row[2]),
      unitCode: text(row[3]),
      ...(kind ? { kind } : {}),
      counts: { ...zeroCounts(), added: count(row[5]), changed: count(row[6]), removed: count(row[7]), unchanged: count(row[8]) },
      status,
      reason: text(row[at.reason]),
      templateCreatedAt: text(row[at.created]) || null,
      ...(baseHash ? { baseHash } : {}),
      // Pieces untrimmed: a piece may end or start inside a text with spaces.
      ...undoOf(
        row
          .slice(at.undo)
          .map((v) => (v === null || v === undefined || isBlank(v) ? "" : String(v)))
          .join("")
      ),
      ...(text(row[at.undone]) === "是" ? { undone: true } : {}),
    });
  }
  return out;
}
