/** 填表说明: what each sheet is for, who fills it, how to fill it, and the campaign timeline (四、活动步骤). */
import { stagesOf, supervisionBatches } from "../domain/campaign";
import { campaignYearRange, type Settings } from "../domain/settings";
import { CONTRACT_SHEETS, OUTPUT_SHEETS } from "./contract";
import type { CellValue } from "./grid";

/** 填写要求 for `settings`: the date example and limits are those of 活动年度, and say how they follow a new one. */
const howToFill = (settings: Settings) => [
  "1. 请勿修改第1行的表头名称；列的顺序可以调整，也可以在右侧增加备注列。",
  `2. 带下拉箭头的单元格请从下拉列表中选择；日期请按 yyyy-mm-dd 填写（如 ${settings.year}-03-05），各填报表只接受活动年度内（${campaignYearRange(settings).from} 至 ${campaignYearRange(settings).to}）的日期。` +
    "修改「参数设置」的活动年度后，请在提升年工作台的“准备”中点击“按新年度更新日期限制”：日期限制和本说明随之改为新年度。",
  "3. 从其他文件复制粘贴会绕过下拉列表和数值限制。装有提升年工作台的，提交前请在其“考核”中点击“校验”检查；未装加载项的，请逐项核对，市优化办收回后统一校验。",
  "4. 每行填写一条完整记录，不要合并单元格，不要留空行夹在数据中间。",
  "5. 灰色表头和参数名称已锁定（工作表保护无密码，仅防误改）。",
  "6. 校验结果、排名结果、问责名单、督查通报、工作看板由加载项生成，重新运行时整表替换，请勿在其中录入。",
];

/**
 * 重点工作: the document names the tasks only by number ("将活动分解为28项重点工作") and through
 * the measures of section 三; the leads, cooperating units and deadlines on the sheet are defaults.
 */
const KEY_TASK_DEFAULTS = [
  "文件将活动分解为28项重点工作（四、第二阶段），但没有列出清单，也没有规定各项工作的牵头单位、配合单位和完成时限。",
  "「重点工作」表的清单按第三部分（主要内容）各项措施拟定；其中牵头单位、配合单位、完成时限是默认值，请市优化办按正式的责任分解方案修改后再下发模板。",
  "项数以「重点工作」表为准：增加或删除工作后，序号从 1 起连续编号，「工作进度」中的序号从该表的下拉列表选择。",
];

/** The rows of 填表说明 for `settings`; returns the rows and the 1-based rows to show as headings. */
export function instructionRows(settings: Settings): { rows: CellValue[][]; headingRows: number[] } {
  const rows: CellValue[][] = [];
  const headingRows: number[] = [];
  const heading = (text: string) => {
    rows.push([text]);
    headingRows.push(rows.length);
  };
  heading(`${settings.year}年“能力作风建设提升年”活动 标准工作簿 填表说明`);
  rows.push(["依据：坛委发〔2010〕10号《关于开展“能力作风建设提升年”活动的实施意见》。实施范围：各镇(区)，市各部委办局，市直各单位。"]);
  rows.push([]);
  heading("工作表一览");
  rows.push(["工作表", "谁填写", "用途"]);
  headingRows.push(rows.length);
  for (const schema of CONTRACT_SHEETS) rows.push([schema.name, schema.filledBy, schema.purpose]);
  for (const name of Object.values(OUTPUT_SHEETS)) rows.push([name, "加载项生成", "运行后整表生成，请勿手工录入"]);
  rows.push([]);
  heading("活动步骤（四、活动步骤）");
  rows.push(["阶段", "时间", "工作要求"]);
  headingRows.push(rows.length);
  for (const stage of stagesOf(settings)) rows.push([stage.name, `${stage.from} 至 ${stage.to}`, stage.what]);
  rows.push([]);
  heading("重点工作的牵头单位、配合单位和完成时限");
  for (const line of KEY_TASK_DEFAULTS) rows.push([line]);
  rows.push([]);
  heading("督查安排（五、问责追究：每季度常规督查，上、下半年各一次集中督查）");
  for (const batch of supervisionBatches(settings)) rows.push([batch.name, `${batch.from} 至 ${batch.to}`, ""]);
  rows.push([]);
  heading("填写要求");
  for (const line of howToFill(settings)) rows.push([line]);
  return { rows, headingRows };
}
