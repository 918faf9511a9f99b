/**
 * Why an action cannot run now, in the office's words, from the same workbook state the
 * operations check first (STYLE.md, habit 3). The pane shows the reason next to the button
 * instead of a silently greyed one; null means the action can run.
 */
import { COMPLETE_BUTTON, CREATE_BUTTON, PANE_TABS } from "../app/pane-advice";
import type { WorkbenchState } from "../app/workbench";
import { hasContractSheet, UNITS_SHEET } from "../sheets/contract";
import { ADD_CAMPAIGN_ID } from "./create-action";

/**
 * 校验, 一键排名: they need the standard sheets. While the state is still being read nothing
 * blocks: the operation checks the workbook itself first and says what is wrong.
 */
export function workbookBlocker(state: WorkbenchState | null): string | null {
  if (!state) return null;
  if (!hasContractSheet(state.presentSheets)) return `当前工作簿还没有标准工作表：请先在“${PANE_TABS.prepare}”中点击“${CREATE_BUTTON}”。`;
  return null;
}

/** 分发填报模板 and 汇总回收文件: they also need 单位名册 (whom to hand templates to, whose files to take back). */
export function rosterBlocker(state: WorkbenchState | null): string | null {
  const blocked = workbookBlocker(state);
  if (blocked) return blocked;
  if (state?.missingSheets.includes(UNITS_SHEET.name)) {
    // Some contract sheets exist here (workbookBlocker passed), so the 准备 button reads 补齐缺失工作表.
    return `缺少「${UNITS_SHEET.name}」工作表，不知道有哪些单位（分发给谁、回收谁的文件）：请先在“${PANE_TABS.prepare}”中点击“${COMPLETE_BUTTON}”，再在「${UNITS_SHEET.name}」中填好各单位。`;
  }
  if (state?.campaignIdMissing) {
    return `该工作簿在分发功能之前创建，缺少活动编号，回收文件时无法核对文件属于本次活动：请先在“${PANE_TABS.prepare}”中点击“${ADD_CAMPAIGN_ID}”。`;
  }
  return null;
}
