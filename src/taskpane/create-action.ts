/**
 * What the create button says and whether it is enabled, from the same workbook state that
 * the create operation checks first (STYLE.md, habit 3): all contract sheets missing →
 * 创建标准工作簿; some missing → 补齐缺失工作表 (touches nothing else); none missing → disabled.
 */
import { dateLimitsOutdated } from "../app/date-limits-operation";
import { COMPLETE_BUTTON, CREATE_BUTTON, DATE_LIMITS_BUTTON } from "../app/pane-advice";
import type { WorkbenchState } from "../app/workbench";
import { hasContractSheet } from "../sheets/contract";

/** The 准备 button that gives a workbook made before 分发 existed its 活动编号 (the create operation does it). */
export const ADD_CAMPAIGN_ID = "补记活动编号";

export interface CreateAction {
  label: string;
  disabled: boolean;
  /** A one-line Chinese explanation shown under the button. */
  hint: string;
}

/** The create button for `state` (null while the state is being read). */
export function createActionOf(state: WorkbenchState | null): CreateAction {
  if (!state) return { label: CREATE_BUTTON, disabled: true, hint: "正在读取工作簿…" };
  if (state.missingSheets.length === 0) return { label: CREATE_BUTTON, disabled: true, hint: "标准工作表已齐全，无需创建。" };
  // The create operation completes (补齐) only when a contract sheet exists (creationPlanFor): the label follows it.
  if (hasContractSheet(state.presentSheets)) {
    return { label: COMPLETE_BUTTON, disabled: false, hint: `缺少：${state.missingSheets.join("、")}。已有的工作表不会改动。` };
  }
  return { label: CREATE_BUTTON, disabled: false, hint: "在当前工作簿中创建全部标准工作表。" };
}

/** The 按新年度更新日期限制 offer: shown when 活动年度 differs from the year of the date limits (null otherwise). */
export function dateLimitsOfferOf(state: WorkbenchState | null): { label: string; hint: string } | null {
  if (!state || !dateLimitsOutdated(state)) return null;
  return {
    label: DATE_LIMITS_BUTTON,
    hint:
      `「参数设置」的活动年度已改为 ${state.year} 年，各填报表的日期仍只接受 ${state.dateLimitYear} 年内的日期。点击按钮按 ${state.year} 年重设，填表说明随之更新；已填写的内容不会改动。` +
      `「参数设置」中的各阶段日期和「重点工作」的完成时限不会自动改动，请一并改为 ${state.year} 年的日期。`,
  };
}
