/**
 * What 汇总回收文件 and 撤销上次汇总 share: the master's sheets they read, the checks before
 * they may rewrite a record sheet, and their one write (the changed record sheets and
 * 汇总记录 as one plan, then 报送情况).
 */
import type { CollectKind, CollectLogEntry } from "../domain/collect";
import type { Finding } from "../domain/findings";
import type { CampaignData } from "../domain/types";
import { contractPlan } from "../sheets/build-plan";
import { COLLECT_LOG_SHEET, collectLogPlan } from "../sheets/collect/log-sheet";
import { META_SHEET, SETTINGS_SHEET, TASKS_SHEET, UNITS_SHEET } from "../sheets/contract";
import type { SheetBlock, WorkbookGrids } from "../sheets/grid";
import type { WorkbookSession } from "../sheets/port";
import type { CampaignRead } from "../sheets/read/read-campaign";
import { recordRows, RECORD_SHEETS } from "../sheets/record-sheets";
import { FOREIGN_WORKBOOK_MESSAGE } from "./foreign-workbook";
import { missingSheetsMessage as sharedMissingSheetsMessage, validateFirstAdvice, workbookHasContractSheet } from "./pane-advice";

/** The sheets a collect batch and its undo judge and rewrite (with the settings, units and tasks they are judged by). */
export const RECORD_SHEET_NAMES = [RECORD_SHEETS.plans.name, RECORD_SHEETS.progress.name, RECORD_SHEETS.inspections.name];
export const REQUIRED_SHEETS = [SETTINGS_SHEET.name, UNITS_SHEET.name, TASKS_SHEET.name, ...RECORD_SHEET_NAMES];
/** Every sheet of the master a batch reads, in its one read. */
export const COLLECT_MASTER_SHEETS = [...REQUIRED_SHEETS, META_SHEET, COLLECT_LOG_SHEET];

/**
 * Why 汇总回收文件 or 撤销上次汇总 (`action`) cannot start on the master read as `grids`, or
 * null when it can: not a 提升年 workbook at all (none of the contract sheets, read or not),
 * or some sheets it needs missing. The workbook's sheet names come free after the read.
 */
export async function masterRefusal(
  session: WorkbookSession,
  grids: WorkbookGrids,
  action: string
): Promise<{ message: string; foreign: boolean } | null> {
  const missing = REQUIRED_SHEETS.filter((n) => !grids.has(n));
  if (missing.length === 0) return null;
  if (!(await workbookHasContractSheet(session, grids))) return { message: FOREIGN_WORKBOOK_MESSAGE, foreign: true };
  return { message: sharedMissingSheetsMessage(missing, action, true), foreign: false };
}

/**
 * Why `kinds` may not be rewritten from what was read: a sheet whose headers were not all
 * found, or with rows left out for a cell that could not be read, would lose those rows
 * when rewritten from the records. Undefined when the sheets are safe to rewrite.
 */
export function unsafeRewrite(
  read: CampaignRead,
  kinds: readonly CollectKind[],
  action: string
): { message: string; findings: Finding[] } | undefined {
  const names = kinds.map((k) => RECORD_SHEETS[k].name);
  const incomplete = names.filter((n) => read.incompleteSheets.includes(n));
  const rejected = kinds.filter((k) => (read.rejected[k]?.length ?? 0) > 0);
  if (incomplete.length === 0 && rejected.length === 0) return undefined;
  const findings = read.findings.filter((f) => names.includes(f.sheet) && f.severity === "error");
  const where = [
    ...incomplete.map((n) => `「${n}」缺少标准表头`),
    ...rejected.map((k) => `「${RECORD_SHEETS[k].name}」有 ${read.rejected[k]!.length} 行含无法识别的单元格`),
  ].join("，");
  return {
    findings,
    message: `${where}；${action}需要整表改写这些工作表，这些行会因此丢失，所以总表未作任何修改。${validateFirstAdvice(action)}`,
  };
}

/** The one write of a batch or an undo: the changed record sheets and 汇总记录 (one plan), then 报送情况. */
export async function writeCollectResult(
  session: WorkbookSession,
  read: CampaignRead,
  data: CampaignData,
  kinds: readonly CollectKind[],
  log: readonly CollectLogEntry[],
  status: SheetBlock
): Promise<void> {
  const sheets = [...kinds.map((k) => contractPlan(RECORD_SHEETS[k], recordRows(k, data), read.settings)), collectLogPlan(log)];
  await session.applyPlan({ sheets });
  await session.writeBlocks([status]);
}
