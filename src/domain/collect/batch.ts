/**
 * One collect batch, pure: given the master's records, its 汇总记录 and the returned files
 * (already read and judged one by one), decides each file's status and computes the merged
 * records and the new log entries. A return is merged three-way against the base its
 * template carried (./three-way): it adds and corrects what it carries and never removes what
 * it did not carry. Nothing is merged for a refused, unclaimed or conflicting file; everything
 * else of the batch still merges. The result does not depend on the order of the files.
 */
import { addCounts, isUnchanged, rowsOfUnit, zeroCounts, type RowCounts } from "./diff";
import { keyedRows, applyChanges, mergeSheet, type RowConflict } from "./three-way";
import type { CollectKind, CollectRecord, CollectRecords } from "./keys";
import { lastMergedOf, mergedBefore, type CollectLogEntry, type CollectStatus, type LoggedChange } from "./log";

/** A returned file as read and judged by the caller. */
export interface CollectCandidate {
  file: string;
  sha256: string;
  /** The unit the file's metadata names; absent when it has none (待认领). */
  unitCode?: string;
  templateCreatedAt: string | null;
  /** Set when the file is refused before merging (format, file checks, campaign, headers, unit codes, errors). */
  refusal?: string;
  /** "conflict" when the refusal is that the file contradicts itself (its name names another unit); default "refused". */
  refusalStatus?: "refused" | "conflict";
  /** The sheets the file covers and their records (the unit's rows). */
  kinds: readonly CollectKind[];
  records: CollectRecords;
  /** The unit's rows the template carried out (its base); null for a template made before templates carried them. */
  base: CollectRecords | null;
  /** The hash of that base (the files of one template share it); null without a base. */
  baseHash: string | null;
}

/** A conflict of one file: a row both the unit and the office changed, with both values. */
export interface FileConflict extends RowConflict {
  file: string;
  unitCode: string;
}

/** What became of one file in the batch. */
export interface FileOutcome {
  file: string;
  unitCode: string;
  status: CollectStatus;
  reason: string;
  rows: RowCounts;
  perSheet: Partial<Record<CollectKind, RowCounts>>;
  /** Rows left as the master holds them because the office changed them too (listed, never overwritten). */
  conflicts: FileConflict[];
}

export interface BatchResult<D> {
  data: D;
  files: FileOutcome[];
  /** The entries this batch adds to 汇总记录. */
  entries: CollectLogEntry[];
}

/** The office's local date (yyyy-mm-dd) of a batch id (ISO 8601, UTC): the caller knows the time zone, the domain does not. */
export type BatchDay = (batch: string) => string;

/**
 * Collects `candidates` into `master` as batch `batch` (its time, ISO 8601); `dayOf` dates
 * earlier batches in the messages as the office reads its calendar.
 */
export function collectBatch<D extends CollectRecords>(
  master: D,
  log: readonly CollectLogEntry[],
  candidates: readonly CollectCandidate[],
  batch: string,
  dayOf: BatchDay
): BatchResult<D> {
  let data = master;
  const files: FileOutcome[] = [];
  const entries: CollectLogEntry[] = [];
  const outcome = (c: CollectCandidate, status: CollectStatus, reason: string): void => {
    files.push({ file: c.file, unitCode: c.unitCode ?? "", status, reason, rows: zeroCounts(), perSheet: {}, conflicts: [] });
    entries.push({ ...logBase(c, batch), counts: zeroCounts(), status, reason });
  };
  const byUnit = new Map<string, CollectCandidate[]>();
  for (const c of candidates) {
    if (c.refusal !== undefined) outcome(c, c.refusalStatus ?? "refused", c.refusal);
    else if (!c.unitCode)
      outcome(c, "unclaimed", "文件中没有分发模板的标识信息，无法确认是哪个单位报送的，已列入待认领，未汇总。请核对后让单位用分发的模板重新填报。");
    else byUnit.set(c.unitCode, [...(byUnit.get(c.unitCode) ?? []), c]);
  }
  // Units in code order, so the merged sheets are the same whatever order the files came in.
  for (const unit of [...byUnit.keys()].sort()) {
    const group = byUnit.get(unit)!;
    const distinct = new Map(group.map((c) => [c.sha256, c]));
    if (distinct.size > 1) {
      const names = [...distinct.values()].map((c) => c.file).join("、");
      for (const c of group)
        outcome(
          c,
          "conflict",
          `本批次中单位 ${unit} 有 ${distinct.size} 份内容不同的文件（${names}），无法判断以哪份为准，均未汇总。请确认后只保留一份再汇总。`
        );
      continue;
    }
    const [first, ...copies] = group;
    for (const c of copies) outcome(c, "unchanged", `与本批次的 ${first.file} 内容完全相同，只汇总一次。`);
    data = mergeOne(data, log, first, batch, dayOf, files, entries);
  }
  // Files in the order they were given, whatever the grouping.
  const order = new Map(candidates.map((c, i) => [c.file, i]));
  files.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  return { data, files, entries };
}

/** What every log entry of `c` carries. */
function logBase(c: CollectCandidate, batch: string) {
  return {
    batch,
    file: c.file,
    sha256: c.sha256,
    unitCode: c.unitCode ?? "",
    templateCreatedAt: c.templateCreatedAt,
    ...(c.baseHash ? { baseHash: c.baseHash } : {}),
  };
}

/**
 * The base `c`'s changes are taken against: what its template carried, with the changes the
 * unit's earlier returns of the same template already made (a unit that corrects its file and
 * sends it again, as 填表说明 asks, changes only what it changed this time). Null without a base.
 */
export function effectiveBase(log: readonly CollectLogEntry[], c: CollectCandidate): CollectRecords | null {
  if (!c.base) return null;
  const maps = {
    plans: keyedRows("plans", c.base.plans),
    progress: keyedRows("progress", c.base.progress),
    inspections: keyedRows("inspections", c.base.inspections),
  } as Record<CollectKind, Map<string, CollectRecord>>;
  const earlier = log
    .filter((e) => !e.undone && e.status === "merged" && e.unitCode === c.unitCode && e.kind && e.baseHash === c.baseHash)
    .sort((a, b) => (a.batch < b.batch ? -1 : a.batch > b.batch ? 1 : 0));
  for (const e of earlier)
    for (const change of e.changes ?? []) {
      if (change.after) maps[e.kind!].set(change.key, change.after);
      else maps[e.kind!].delete(change.key);
    }
  return {
    plans: [...maps.plans.values()] as CollectRecords["plans"],
    progress: [...maps.progress.values()] as CollectRecords["progress"],
    inspections: [...maps.inspections.values()] as CollectRecords["inspections"],
  };
}

/** Merges one unit's single file (or finds it unchanged, or all in conflict). */
function mergeOne<D extends CollectRecords>(
  data: D,
  log: readonly CollectLogEntry[],
  c: CollectCandidate,
  batch: string,
  dayOf: BatchDay,
  files: FileOutcome[],
  entries: CollectLogEntry[]
): D {
  const unit = c.unitCode!;
  const head = logBase(c, batch);
  const again = mergedBefore(log, unit, c.sha256);
  if (again) {
    const reason = `此文件已于 ${dayOf(again.batch)} 汇总过（内容完全相同），本次不再汇总，总表不变。`;
    files.push({ file: c.file, unitCode: unit, status: "unchanged", reason, rows: zeroCounts(), perSheet: {}, conflicts: [] });
    entries.push({ ...head, counts: zeroCounts(), status: "unchanged", reason });
    return data;
  }
  const base = effectiveBase(log, c);
  const perSheet: Partial<Record<CollectKind, RowCounts>> = {};
  const conflicts: FileConflict[] = [];
  const merges = c.kinds.map((kind) => {
    const m = mergeSheet(kind, base ? base[kind] : null, c.records[kind], rowsOfUnit<CollectRecord>(data[kind], unit));
    perSheet[kind] = m.counts;
    conflicts.push(...m.conflicts.map((x) => ({ ...x, file: c.file, unitCode: unit })));
    return { kind, changes: m.changes };
  });
  const total = Object.values(perSheet).reduce(addCounts, zeroCounts());
  const previous = lastMergedOf(log, unit);
  const older =
    previous && c.templateCreatedAt && previous.templateCreatedAt && c.templateCreatedAt < previous.templateCreatedAt
      ? // 生成时间 is written in the office's local time ("yyyy-mm-dd hh:mm"): its date is its first ten characters.
        `此文件所用模板生成于 ${c.templateCreatedAt.slice(0, 10)}，比已汇总的 ${previous.file}（模板生成于 ${previous.templateCreatedAt.slice(0, 10)}）旧，是较早的版本`
      : "";
  const notes = [
    older,
    base === null ? "此文件用的是旧版模板（没有记录分发时的内容），只新增或更新了文件中的行，没有删除任何行" : "",
    conflicts.length > 0
      ? `有 ${conflicts.length} 行市优化办在模板发出后也修改过，两边不一致，保留了总表中的内容（见冲突清单），请核对后在总表中确定`
      : "",
  ].filter((s) => s !== "");
  const tail = notes.length > 0 ? `；${notes.join("；")}` : "";
  if (isUnchanged(total)) {
    const status: CollectStatus = conflicts.length > 0 ? "conflict" : "unchanged";
    const empty = c.kinds.every((k) => c.records[k].length === 0 && (base?.[k].length ?? 0) === 0);
    const lead =
      conflicts.length > 0
        ? "文件中的修改都与总表冲突，未汇总任何行"
        : empty
          ? "文件中没有填写任何内容，总表中该单位已有的行保持不变。如需报送，请单位填写后重新报送"
          : "文件中的修改都已在总表中，无需更改";
    const reason = `${lead}${tail}。`;
    files.push({ file: c.file, unitCode: unit, status, reason, rows: total, perSheet, conflicts });
    entries.push({ ...head, counts: total, status, reason });
    return data;
  }
  const removed = total.removed > 0 ? `；单位清空了模板中的 ${total.removed} 行，已从总表删除` : "";
  const reason = `已汇总${older ? "（只汇总了它自己的修改）" : ""}${removed}${tail}。`;
  files.push({ file: c.file, unitCode: unit, status: "merged", reason, rows: total, perSheet, conflicts });
  let out = data;
  for (const { kind, changes } of merges) {
    const applied = applyChanges(kind, out[kind] as CollectRecord[], unit, changes);
    const logged: LoggedChange[] = changes.map((ch, i) => ({ ...ch, at: applied.at[i] }));
    if (changes.length > 0) out = { ...out, [kind]: applied.rows };
    entries.push({ ...head, kind, counts: perSheet[kind] ?? zeroCounts(), status: "merged", reason, changes: logged });
  }
  return out;
}
