/**
 * One collect batch, pure: given the master's records, its 汇总记录 and the returned files
 * (already read and judged one by one), decides each file's status and computes the merged
 * records and the new log entries. Nothing is merged for a refused, unclaimed or
 * conflicting file; everything else of the batch still merges.
 */
import { addCounts, diffUnit, isUnchanged, zeroCounts, type RowCounts } from "./diff";
import type { CollectKind, CollectRecords } from "./keys";
import { lastMergedOf, type CollectLogEntry, type CollectStatus } from "./log";
import { mergeUnit } from "./merge";

/** A returned file as read and judged by the caller. */
export interface CollectCandidate {
  file: string;
  sha256: string;
  /** The unit the file's metadata names; absent when it has none (待认领). */
  unitCode?: string;
  templateCreatedAt: string | null;
  /** Set when the file is refused before merging (format, file checks, campaign, headers, unit codes, errors). */
  refusal?: string;
  /** The sheets the file covers and their records (the unit's rows). */
  kinds: readonly CollectKind[];
  records: CollectRecords;
}

/** What became of one file in the batch. */
export interface FileOutcome {
  file: string;
  unitCode: string;
  status: CollectStatus;
  reason: string;
  rows: RowCounts;
  perSheet: Partial<Record<CollectKind, RowCounts>>;
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
    files.push({ file: c.file, unitCode: c.unitCode ?? "", status, reason, rows: zeroCounts(), perSheet: {} });
    entries.push({
      batch,
      file: c.file,
      sha256: c.sha256,
      unitCode: c.unitCode ?? "",
      counts: zeroCounts(),
      status,
      reason,
      templateCreatedAt: c.templateCreatedAt,
    });
  };
  const byUnit = new Map<string, CollectCandidate[]>();
  for (const c of candidates) {
    if (c.refusal !== undefined) outcome(c, "refused", c.refusal);
    else if (!c.unitCode)
      outcome(c, "unclaimed", "文件中没有分发模板的标识信息，无法确认是哪个单位报送的，已列入待认领，未汇总。请核对后让单位用分发的模板重新填报。");
    else byUnit.set(c.unitCode, [...(byUnit.get(c.unitCode) ?? []), c]);
  }
  for (const [unit, group] of byUnit) {
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
  const order = new Map(candidates.map((c, i) => [c, i]));
  const rank = (f: FileOutcome) => order.get(candidates.find((c) => c.file === f.file)!) ?? 0;
  files.sort((a, b) => rank(a) - rank(b));
  return { data, files, entries };
}

/** Merges one unit's single file (or finds it unchanged or stale). */
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
  const previous = lastMergedOf(log, unit);
  const base = { file: c.file, sha256: c.sha256, unitCode: unit, templateCreatedAt: c.templateCreatedAt, batch };
  if (previous && c.templateCreatedAt && previous.templateCreatedAt && c.templateCreatedAt < previous.templateCreatedAt) {
    // 生成时间 is written in the office's local time ("yyyy-mm-dd hh:mm"): its date is its first ten characters.
    const reason = `此文件所用模板生成于 ${c.templateCreatedAt.slice(0, 10)}，比已汇总的 ${previous.file}（模板生成于 ${previous.templateCreatedAt.slice(0, 10)}）旧，未汇总。请使用最新分发的模板填报。`;
    files.push({ file: c.file, unitCode: unit, status: "refused", reason, rows: zeroCounts(), perSheet: {} });
    entries.push({ ...base, counts: zeroCounts(), status: "refused", reason });
    return data;
  }
  const kinds = reportedKinds(log, c);
  const perSheet = diffUnit(data, unit, c.records, kinds);
  const total = Object.values(perSheet).reduce(addCounts, zeroCounts());
  if (isUnchanged(total)) {
    const reason =
      previous?.sha256 === c.sha256
        ? `此文件已于 ${dayOf(previous.batch)} 汇总过，总表中的数据没有变化。`
        : kinds.length === 0
          ? "文件中没有填写任何内容，总表中该单位已有的行保持不变。如需报送，请单位填写后重新报送。"
          : "文件中的数据与总表一致，无需更改。";
    files.push({ file: c.file, unitCode: unit, status: "unchanged", reason, rows: total, perSheet });
    entries.push({ ...base, counts: total, status: "unchanged", reason });
    return data;
  }
  const merged = mergeUnit(data, unit, c.records, kinds);
  const reason =
    previous && previous.file !== c.file
      ? `已汇总，替换了 ${dayOf(previous.batch)} 汇总的 ${previous.file}。`
      : previous
        ? `已汇总，替换了 ${dayOf(previous.batch)} 汇总的同名文件的旧版本。`
        : "已汇总。";
  files.push({ file: c.file, unitCode: unit, status: "merged", reason, rows: total, perSheet });
  for (const kind of kinds)
    entries.push({
      ...base,
      kind,
      counts: perSheet[kind] ?? zeroCounts(),
      status: "merged",
      reason,
      replaced: merged.replaced[kind] ?? { rows: [], at: [] },
    });
  return merged.data;
}

/**
 * The sheets `c` reports on. A sheet the unit left without a row clears the unit's rows there
 * only when they came from its own earlier file (a newer file replaces the older one whole);
 * rows the office keyed into the master itself (a plan it registered on receipt) are not
 * cleared by a template sent back with that sheet untouched.
 */
function reportedKinds(log: readonly CollectLogEntry[], c: CollectCandidate): CollectKind[] {
  const sentBefore = new Set<CollectKind>();
  for (const e of log) if (!e.undone && e.status === "merged" && e.unitCode === c.unitCode && e.kind) sentBefore.add(e.kind);
  return c.kinds.filter((kind) => c.records[kind].length > 0 || sentBefore.has(kind));
}
