/**
 * What 撤销上次汇总 would undo, read only: the last batch of 汇总记录 that merged something and
 * is not undone, with its files, units and the rows it wrote per sheet. The pane names it in
 * its confirmation (issue 16, item 5) before anything is written.
 */
import { addCounts, lastBatch, zeroCounts } from "../domain/collect";
import { COLLECT_LOG_SHEET, readCollectLog } from "../sheets/collect/log-sheet";
import { UNITS_SHEET } from "../sheets/contract/config-sheets";
import type { WorkbookSession } from "../sheets/port";
import { readCampaign } from "../sheets/read/read-campaign";
import { RECORD_SHEETS } from "../sheets/record-sheets";
import { formatRunAt } from "./clock";
import type { LastCollectBatch } from "./workbench";

/** The last batch left to undo in the session's workbook, or null (no 汇总记录, or every batch undone). */
export async function lastCollectBatchQuery(session: WorkbookSession): Promise<LastCollectBatch | null> {
  const grids = await session.readSheets([UNITS_SHEET.name, COLLECT_LOG_SHEET]);
  const log = readCollectLog(grids.get(COLLECT_LOG_SHEET));
  const batch = lastBatch(log);
  if (batch === undefined) return null;
  const names = new Map(readCampaign(grids, [UNITS_SHEET.name]).data.units.map((u) => [u.code, u.name]));
  const entries = log.filter((e) => e.batch === batch && !e.undone && e.status === "merged");
  const counts: LastCollectBatch["counts"] = {};
  for (const e of entries) {
    if (!e.kind) continue;
    const sheet = RECORD_SHEETS[e.kind].name;
    counts[sheet] = addCounts(counts[sheet] ?? zeroCounts(), e.counts);
  }
  const units = [...new Set(entries.map((e) => e.unitCode))].sort();
  return {
    batch,
    when: formatRunAt(new Date(batch)),
    files: [...new Set(entries.map((e) => e.file))],
    units: units.map((code) => ({ code, name: names.get(code) ?? "" })),
    counts,
  };
}
