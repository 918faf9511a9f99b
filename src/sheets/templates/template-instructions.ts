/** 填表说明 of a unit's template: written for that unit (its name, its tasks, its deadlines, how to return the file). */
import { campaignYearRange, type Settings } from "../../domain/settings";
import type { Unit } from "../../domain/types";
import { INSPECTION_SHEET, PLANS_SHEET, PROGRESS_SHEET } from "../contract";
import type { CellValue } from "../grid";
import type { UnitTask } from "./unit-tasks";
import { INSPECTION_ROWS } from "./template-sheets";

/** The rows of the unit's 填表说明 (two columns: 项目, 说明) and the 1-based rows shown as headings. */
export function templateInstructionRows(
  unit: Unit,
  tasks: readonly UnitTask[],
  sheets: readonly string[],
  settings: Settings
): { rows: CellValue[][]; headingRows: number[] } {
  const rows: CellValue[][] = [[`${unit.name}（单位编码 ${unit.code}）${settings.year} 年度“提升年”活动填报模板`, null]];
  const headingRows = [1];
  // The template's date limits are those of the master's 活动年度 when it is made (columnValidation).
  const { from, to } = campaignYearRange(settings);
  const heading = (text: string) => {
    rows.push([null, null], [text, null]);
    headingRows.push(rows.length);
  };
  heading("本模板要填写的内容");
  if (sheets.includes(PLANS_SHEET.name)) {
    rows.push([
      PLANS_SHEET.name,
      `本单位开展活动的实施方案，${settings.planDue} 前报市优化办（四、第二阶段）。每个单位一份：已报送的方案列在第一行，修改方案时直接改这一行；尚未报送的填写报送日期和方案名称。`,
    ]);
  }
  if (!sheets.includes(PLANS_SHEET.name)) {
    rows.push(["实施方案", "实施方案由各镇(区)、各部门报送（四、第二阶段），本科室不单独报送，本模板不含「方案报送」。"]);
  }
  if (sheets.includes(PROGRESS_SHEET.name)) {
    rows.push([
      PROGRESS_SHEET.name,
      `已报送的进度按序号列在前面，可以更正；其下为本单位牵头或配合的重点工作逐项留出的空行（序号、工作内容已锁定），报送新进度时在空行填写填报日期、进度(0–100 的整数)、状态和进展情况，旧的进度不要改日期覆盖；至少每 ${settings.reportCycleDays} 天报送一次。`,
    ]);
  }
  rows.push([
    INSPECTION_SHEET.name,
    `自查自纠阶段（${settings.selfInspectionStart} 至 ${settings.selfInspectionEnd}）查找的问题、原因剖析、整改措施、整改时限和责任人（四、第三阶段），每个问题一行。已报送的问题列在前面，整改有进展时直接更新整改状态和完成日期（已整改的须填完成日期）；新发现的问题填在下面的空行，最多再填 ${INSPECTION_ROWS} 行。`,
  ]);
  if (tasks.length > 0) {
    heading("本单位承担的重点工作");
    for (const { task, role } of tasks) rows.push([`${task.seq}（${role}）`, `${task.content}；完成时限 ${task.deadline}`]);
  }
  heading("填写要求");
  rows.push(
    ["单位编码", `各表的单位编码已填好本单位的编码 ${unit.code} 并锁定，只能填报本单位的情况。`],
    [
      "下拉与限制",
      `带下拉箭头的单元格请从列表中选择；日期按 yyyy-mm-dd 填写，只能填 ${from} 至 ${to} 之间（${settings.year} 年度内）的日期；超出范围的数值和日期无法录入。复制粘贴会绕过这些限制，请逐项核对。`,
    ],
    ["锁定内容", "表头和灰色锁定的单元格不能修改（工作表保护无密码，仅防误改），请勿撤销保护后改动表头、增删列或调整列的顺序。"]
  );
  heading("报送方式");
  rows.push(
    ["发回文件", "填好后请将本文件原样发回市优化办，不要改文件名以外的内容；请保存为 .xlsx 格式，不要另存为 .xls、.et 或 .csv。"],
    [
      "已有内容",
      "本模板已列出本单位目前在市优化办总表中的全部记录（包括市优化办代为录入的），即本单位的完整现状。市优化办汇总时只采纳您在本文件中所做的新增和修改，不会因为文件中没有某条记录而删除它；确需撤回某条记录，请把该行除单位编码外的内容全部清空，汇总时会提示市优化办核对。",
    ],
    ["重新报送", "需要修改时，在本文件上修改后再次发回即可；市优化办收到新分发的模板后，请改用新模板填报（新模板已包含此前汇总的内容）。"]
  );
  return { rows, headingRows };
}
