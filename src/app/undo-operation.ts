/**
 * 撤销上次汇总 over any adapter, in one session: one read of the record sheets and 汇总记录,
 * the domain's undo (each row the last batch wrote put back as it was, unless it changed
 * since: such rows are kept and listed), and one write of the restored sheets, 汇总记录 (the
 * batch marked 已撤销) and 报送情况. Excel's own undo does not survive Office.js writes, so
 * this is the add-in's own. `lastCollectBatch` says what the pane asks to confirm.
 */
import { undoLastCollect, COLLECT_KINDS } from "../domain/collect";
import { describeKey } from "../sheets/collect/row-keys";
import { COLLECT_LOG_SHEET, readCollectLog } from "../sheets/collect/log-sheet";
import { isoOfInstant } from "../sheets/dates";
import type { WorkbookSession } from "../sheets/port";
import { readCampaign } from "../sheets/read/read-campaign";
import { RECORD_SHEETS } from "../sheets/record-sheets";
import { submissionStatusBlock } from "../sheets/results/submission-status";
import { formatRunAt } from "./clock";
import { NOTHING_TO_UNDO } from "./pane-advice";
import { COLLECT_MASTER_SHEETS, masterRefusal, REQUIRED_SHEETS, unsafeRewrite, writeCollectResult } from "./collect-write";
import type { OperationOutcome, ProgressFn, UndoCollectSummary } from "./workbench";

const ACTION = "撤销上次汇总";

/** Runs 撤销上次汇总 (see the module comment); `now` dates 报送情况. */
export async function undoCollectOperation(session: WorkbookSession, now: Date, progress: ProgressFn): Promise<OperationOutcome<UndoCollectSummary>> {
  progress("正在读取总表和汇总记录", 0.1);
  const grids = await session.readSheets(COLLECT_MASTER_SHEETS);
  const refusal = await masterRefusal(session, grids, ACTION);
  if (refusal) return { ok: false, findings: [], message: refusal.message, ...(refusal.foreign ? { foreign: true } : {}) };
  const read = readCampaign(grids, REQUIRED_SHEETS);
  const log = readCollectLog(grids.get(COLLECT_LOG_SHEET));
  progress("正在恢复上次汇总替换的行", 0.4);
  const undone = undoLastCollect(read.data, log);
  if (undone.batch === undefined) {
    return { ok: false, findings: [], message: NOTHING_TO_UNDO };
  }
  const batch = undone.batch;
  const kinds = COLLECT_KINDS.filter((k) => undone.data[k] !== read.data[k]);
  const unsafe = unsafeRewrite(read, kinds, ACTION);
  if (unsafe) return { ok: false, findings: unsafe.findings, message: unsafe.message };
  const restored: Record<string, number> = {};
  for (const kind of COLLECT_KINDS) if (undone.restored[kind]) restored[RECORD_SHEETS[kind].name] = undone.restored[kind]!;
  const kept = undone.kept.map((k) => ({ unitCode: k.unitCode, sheet: RECORD_SHEETS[k.kind].name, key: describeKey(k.kind, k.key) }));
  progress("正在写入总表、汇总记录和报送情况", 0.7);
  const status = submissionStatusBlock(undone.data, undone.log, read.settings, isoOfInstant(now));
  await writeCollectResult(session, read, undone.data, kinds, undone.log, status);
  progress("完成", 1);
  const counts = Object.entries(restored)
    .map(([name, n]) => `「${name}」${n} 行`)
    .join("、");
  const keptText =
    kept.length > 0
      ? `另有 ${kept.length} 行在该次汇总之后又被修改过（${kept
          .slice(0, 5)
          .map((k) => `${k.unitCode}「${k.sheet}」${k.key}`)
          .join("、")}${kept.length > 5 ? " 等" : ""}），保留了现在的内容，未撤销；如需恢复请在总表中手工修改。`
      : "";
  return {
    ok: true,
    findings: [],
    summary: { batch, restored, kept },
    message: `已撤销 ${formatRunAt(new Date(batch))} 的汇总：该次汇总写入的行已恢复为汇总前的内容（${counts || "没有需要恢复的行"}），该批次标为已撤销，「报送情况」已更新。${keptText}`,
  };
}
