/**
 * One collect batch over the master's grids and the returned files' grids: reads the
 * master once, judges every file, runs the pure batch, and says what to write (the
 * merged records, 汇总记录, 报送情况). Writes nothing itself, so a dry run and a real
 * one compute the same thing.
 */
import {
  collectBatch,
  COLLECT_KINDS,
  type CollectCandidate,
  type CollectKind,
  type CollectLogEntry,
  type FileConflict,
  type FileOutcome,
  type MasterIdentity,
} from "../domain/collect";
import type { CampaignData } from "../domain/types";
import { readCollectLog, COLLECT_LOG_SHEET } from "../sheets/collect/log-sheet";
import { META_SHEET } from "../sheets/contract";
import { isoOfInstant } from "../sheets/dates";
import { isBlank, type SheetBlock, type WorkbookGrids } from "../sheets/grid";
import { readCampaign, type CampaignRead } from "../sheets/read/read-campaign";
import { notSubmitted, submissionMatrix, submissionStatusBlock } from "../sheets/results/submission-status";
import { describeKey, describeRow } from "../sheets/collect/row-keys";
import { RECORD_SHEETS } from "../sheets/record-sheets";
import { TEMPLATE_META_KEYS, type Sha256Hex } from "../sheets/template-meta";
import { judgeReturnedFile, type CollectIssue, type CollectMaster } from "./collect-file";

/** A returned file as the caller found it: read into grids, or refused before reading. */
export type CollectInput = { file: string; sha256: string; grids: WorkbookGrids } | { file: string; sha256: string; refusal: string };

export interface CollectRun {
  batch: string;
  read: CampaignRead;
  files: FileOutcome[];
  issues: CollectIssue[];
  /** The master's records after the batch. */
  data: CampaignData;
  /** The kinds whose rows changed (the sheets to rewrite). */
  changedKinds: CollectKind[];
  /** The whole 汇总记录 after the batch. */
  log: CollectLogEntry[];
  status: SheetBlock;
  notSubmitted: string[];
  /** Rows both a unit and the office changed: left as the master holds them, listed for the office. */
  conflicts: FileConflict[];
}

/** The master's 活动编号 (元数据) and 活动年度 (参数设置). */
export function masterIdentity(grids: WorkbookGrids, read: CampaignRead): MasterIdentity {
  const row = grids.get(META_SHEET)?.rows.find((r) => String(r?.[0] ?? "").trim() === TEMPLATE_META_KEYS.campaignId);
  return { campaignId: row && !isBlank(row[1]) ? String(row[1]).trim() : null, year: read.settings.year };
}

/**
 * The batch id: its time as ISO 8601, one millisecond past the latest logged batch when the
 * clock has not moved on (a fast second batch, a fixed clock): ids must differ for undo.
 */
export function batchId(now: Date, log: readonly CollectLogEntry[]): string {
  const latest = Math.max(...log.map((e) => Date.parse(e.batch)).filter((t) => !Number.isNaN(t)), -Infinity);
  return new Date(Math.max(now.getTime(), latest + 1)).toISOString();
}

/** Runs a batch at `now` (the batch id is its ISO time; `today` its date). */
export async function runCollect(
  masterGrids: WorkbookGrids,
  inputs: readonly CollectInput[],
  now: Date,
  today: string,
  sha256: Sha256Hex
): Promise<CollectRun> {
  const read = readCampaign(masterGrids);
  const master: CollectMaster = { read, identity: masterIdentity(masterGrids, read), today };
  const previous = readCollectLog(masterGrids.get(COLLECT_LOG_SHEET));
  const candidates: CollectCandidate[] = [];
  const issues: CollectIssue[] = [];
  for (const input of inputs) {
    if ("refusal" in input) {
      candidates.push({
        file: input.file,
        sha256: input.sha256,
        refusal: input.refusal,
        unitCode: undefined,
        templateCreatedAt: null,
        kinds: [],
        records: { plans: [], progress: [], inspections: [] },
        base: null,
        baseHash: null,
      });
      continue;
    }
    const judged = await judgeReturnedFile(master, input, sha256);
    candidates.push(judged.candidate);
    issues.push(...judged.issues);
  }
  const batch = batchId(now, previous);
  const result = collectBatch(read.data, previous, candidates, batch, (id) => isoOfInstant(new Date(id)));
  issues.push(...removalWarnings(result.entries));
  const log = [...previous, ...result.entries];
  const changedKinds = COLLECT_KINDS.filter((k) => result.data[k] !== read.data[k]);
  const matrix = submissionMatrix(result.data, log, read.settings, today);
  return {
    batch,
    read,
    files: result.files,
    issues,
    data: result.data,
    changedKinds,
    log,
    status: submissionStatusBlock(result.data, log, read.settings, today),
    notSubmitted: notSubmitted(read.data.units, matrix).map((u) => u.code),
    conflicts: result.files.flatMap((f) => f.conflicts),
  };
}

/**
 * A warning per row a merge removes: the unit cleared a row its template carried. It is what the
 * unit asked for, but a row gone by mistake is worth a look before 确认汇总.
 */
function removalWarnings(entries: readonly CollectLogEntry[]): CollectIssue[] {
  return entries.flatMap((e) =>
    e.status !== "merged" || !e.kind
      ? []
      : (e.changes ?? [])
          .filter((c) => c.after === null)
          .map((c) => ({
            severity: "warning" as const,
            sheet: RECORD_SHEETS[e.kind!].name,
            cell: "",
            rule: "collect.removal",
            file: e.file,
            message: `${e.unitCode} 在文件中清空了${describeKey(e.kind!, c.key)}（${describeRow(e.kind!, c.before)}），汇总后将从总表删除。如非本意，请让该单位在文件中恢复后重新报送。`,
          }))
  );
}
