/**
 * 汇总回收文件 over any adapter, in one session: one read of the master's affected sheets,
 * the returned files read in the pane or the worker by the file tools (./collect-files;
 * never inserted as sheets), the batch
 * judged purely (./collect-run), then, only when asked to write and not cancelled, one
 * write: the merged record sheets, 汇总记录 and 报送情况. A preview writes nothing.
 */
import type { CollectStatus } from "../domain/collect";
import { STATUS_WORDS } from "../sheets/collect/log-sheet";
import { describeKey, describeRow } from "../sheets/collect/row-keys";
import { RECORD_SHEETS } from "../sheets/record-sheets";
import { isoOfInstant } from "../sheets/dates";
import type { WorkbookSession } from "../sheets/port";
import type { CollectFiles } from "./collect-files";
import { runCollect, type CollectInput, type CollectRun } from "./collect-run";
import { COLLECT_MASTER_SHEETS, masterRefusal, unsafeRewrite, writeCollectResult } from "./collect-write";
import { sha256OfText } from "../sheets/sha256";
import type { CollectSummary, OperationOutcome, ProgressFn, ReturnedFileInput } from "./workbench";

export interface CollectOptions {
  /** False: the preview (nothing written); true: merge, log and 报送情况 in one write. */
  write: boolean;
  /** Aborted before the write: the master is left as it was and the outcome says so. */
  signal?: AbortSignal;
}

const ACTION = "汇总回收文件";
/** What the office reads when a cancel came before the write. */
export const COLLECT_CANCELLED_MESSAGE = "已取消汇总：总表没有任何改动（合并、汇总记录和报送情况都未写入）。需要时可重新汇总。";

/** The pane's view of a run. */
function summaryOf(run: CollectRun, written: boolean): CollectSummary {
  const units = new Map(run.read.data.units.map((u) => [u.code, u]));
  const unitNames: Record<string, string> = {};
  for (const f of run.files) if (f.unitCode && units.has(f.unitCode)) unitNames[f.unitCode] = units.get(f.unitCode)!.name;
  return {
    batch: run.batch,
    written,
    files: run.files,
    notSubmitted: run.notSubmitted,
    notSubmittedUnits: run.notSubmitted.map((code) => ({ code, name: units.get(code)?.name ?? "", category: units.get(code)?.category ?? "" })),
    unitNames,
    conflicts: run.conflicts.map((c) => ({
      file: c.file,
      unitCode: c.unitCode,
      sheet: RECORD_SHEETS[c.kind].name,
      key: describeKey(c.kind, c.key),
      master: describeRow(c.kind, c.master),
      returned: describeRow(c.kind, c.returned),
    })),
    changesMaster: run.changedKinds.length > 0,
  };
}

/** "可汇总 2 份，退回 1 份" over the statuses present. */
function tally(run: CollectRun, merged: string): string {
  const counts = new Map<CollectStatus, number>();
  for (const f of run.files) counts.set(f.status, (counts.get(f.status) ?? 0) + 1);
  return [...counts].map(([status, n]) => `${status === "merged" ? merged : STATUS_WORDS[status]} ${n} 份`).join("，");
}

/** Runs 汇总回收文件 (see the module comment); `now` is the batch time. */
export async function collectOperation(
  session: WorkbookSession,
  files: readonly ReturnedFileInput[],
  options: CollectOptions,
  now: Date,
  tools: CollectFiles,
  progress: ProgressFn
): Promise<OperationOutcome<CollectSummary>> {
  const cancelled = (summary?: CollectSummary): OperationOutcome<CollectSummary> => ({
    ok: false,
    findings: [],
    message: COLLECT_CANCELLED_MESSAGE,
    summary,
  });
  if (files.length === 0) {
    return { ok: false, findings: [], message: "没有选择要汇总的文件，总表未改动。请选择各单位报送回来的 .xlsx 文件后再汇总。" };
  }
  if (options.signal?.aborted) return cancelled();
  progress("正在读取总表", 0.05);
  const grids = await session.readSheets(COLLECT_MASTER_SHEETS);
  const refusal = await masterRefusal(session, grids, ACTION);
  if (refusal) return { ok: false, findings: [], message: refusal.message, ...(refusal.foreign ? { foreign: true } : {}) };

  const inputs: CollectInput[] = [];
  for (const [i, file] of files.entries()) {
    if (options.signal?.aborted) return cancelled();
    progress(`第 ${i + 1}/${files.length} 份：${file.name}`, 0.1 + (0.6 * i) / files.length);
    inputs.push(await tools.readReturnedFile(file));
  }
  if (options.signal?.aborted) return cancelled();
  progress("正在与总表比对", 0.75);
  const run = await runCollect(grids, inputs, now, isoOfInstant(now), sha256OfText);
  const preview = summaryOf(run, false);
  const findings = run.issues;
  const unsafe = unsafeRewrite(run.read, run.changedKinds, ACTION);
  if (unsafe) return { ok: false, findings: unsafe.findings, message: unsafe.message, summary: preview };
  if (!options.write) {
    progress("完成", 1);
    const what = preview.changesMaster ? "确认后写入总表" : "没有需要写入总表的数据";
    return {
      ok: true,
      findings,
      summary: preview,
      message: `汇总预览：共 ${run.files.length} 份文件，${tally(run, "可汇总")}。总表尚未修改，${what}。`,
    };
  }
  // The last moment a cancel leaves the master untouched: nothing has been written yet.
  if (options.signal?.aborted) return cancelled(preview);
  progress("正在写入总表、汇总记录和报送情况", 0.85);
  await writeCollectResult(session, run.read, run.data, run.changedKinds, run.log, run.status);
  progress("完成", 1);
  return {
    ok: true,
    findings,
    summary: summaryOf(run, true),
    message: `已完成汇总：共 ${run.files.length} 份文件，${tally(run, "已汇总")}；已记入「汇总记录」并更新「报送情况」。`,
  };
}
