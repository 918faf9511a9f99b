/**
 * The words a message uses to send the user to a button of the pane. A message may name
 * only a button that is on screen in the situation it describes (issue 8): the 准备 tab
 * shows “创建标准工作簿” while the workbook has no contract sheet and “补齐缺失工作表” once
 * it has some (the same rule as creationPlanFor, behind the pane's create button), in Excel
 * and in the pane's file mode alike. The messages of this layer are also shown by the
 * ribbon and printed by the command line, so they say where the button is: the tab of
 * 提升年工作台 (the pane's title).
 */
import { hasContractSheet } from "../sheets/contract";
import type { WorkbookGrids } from "../sheets/grid";
import type { WorkbookSession } from "../sheets/port";

/** The pane's tabs, as their headers read. */
export const PANE_TABS = { prepare: "准备", distribute: "分发汇总", supervise: "督查", evaluate: "考核" } as const;

/** The 准备 tab's create button while the workbook has no contract sheet. */
export const CREATE_BUTTON = "创建标准工作簿";
/** The same button once some contract sheets exist: it adds only the missing ones. */
export const COMPLETE_BUTTON = "补齐缺失工作表";
/** The 准备 tab's offer once 活动年度 moved away from the year of the date limits. */
export const DATE_LIMITS_BUTTON = "按新年度更新日期限制";
/** The 考核 tab's check of the whole workbook. */
export const VALIDATE_BUTTON = "校验";

/**
 * True when the workbook has any contract sheet (the pane then offers 补齐, not 创建): among
 * the sheets `grids` read, else among all its sheet names (free after the read in Excel).
 */
export async function workbookHasContractSheet(session: WorkbookSession, grids: WorkbookGrids): Promise<boolean> {
  return hasContractSheet(grids.keys()) || hasContractSheet(await session.sheetNames());
}

/** "在提升年工作台的“准备”中点击“补齐缺失工作表”": where a button is and which one. */
export function clickIn(tab: string, button: string): string {
  return `在提升年工作台的“${tab}”中点击“${button}”`;
}

/**
 * The advice to add the missing standard sheets, naming the button the pane shows: 补齐缺失工作表
 * when `someContractSheet` exists in the workbook, else 创建标准工作簿.
 */
export function addSheetsAdvice(someContractSheet: boolean): string {
  return someContractSheet
    ? `请先${clickIn(PANE_TABS.prepare, COMPLETE_BUTTON)}，补上缺少的工作表（已有的工作表不会改动）。`
    : `请先${clickIn(PANE_TABS.prepare, CREATE_BUTTON)}，创建全部标准工作表。`;
}

/**
 * The one-line refusal when contract sheets `missing` prevent `action` (分发填报模板,
 * 汇总回收文件, …); `someContractSheet` tells which button the pane shows (see addSheetsAdvice).
 */
export function missingSheetsMessage(missing: readonly string[], action: string, someContractSheet: boolean): string {
  return `工作簿缺少「${missing.join("」「")}」，无法${action}，未做任何修改。${addSheetsAdvice(someContractSheet)}`;
}

/** The advice to find and fix errors with 校验 before `action` again. */
export function validateFirstAdvice(action: string): string {
  return `请先${clickIn(PANE_TABS.evaluate, VALIDATE_BUTTON)}，按提示改正后再${action}。`;
}

/** What 撤销上次汇总 says when no batch is left to undo (the pane says it too, before asking to confirm). */
export const NOTHING_TO_UNDO = "没有可撤销的汇总：还没有确认过汇总，或最近的汇总都已撤销，总表未改动。";
