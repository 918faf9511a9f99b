/**
 * A short Chinese title for each rule of the catalogue, so that 2,900 findings of one rule read as
 * one line ("得分超出范围 ×2,900") instead of 2,900 rows. `{列}` stands for the column the finding is
 * about (cell rules name it first in their message); a title without it serves findings with no column.
 * Ids never reach the user: a rule missing here falls back to a generic title.
 */

/** The column placeholder in a title. */
export const COLUMN = "{列}";

const TITLES: Readonly<Record<string, string>> = {
  "sheet.missing": "缺少工作表",
  "header.missing": "缺少表头",
  "header.addedLater": "较早版本的工作簿缺少的列",
  "header.duplicate": "表头重复",
  "cell.required": `${COLUMN}未填写`,
  "cell.formulaError": `${COLUMN}的公式结果出错`,
  "cell.notNumber": `${COLUMN}不是数字`,
  "cell.tooLong": `${COLUMN}超过 Excel 的字数上限`,
  "cell.formatChars": `${COLUMN}含看不见的格式字符`,
  "cell.numericText": `${COLUMN}是文本格式的数字`,
  "cell.fullWidth": `${COLUMN}含全角字符`,
  "cell.straySpaces": `${COLUMN}前后有多余空格`,
  "cell.outOfRange": `${COLUMN}超出范围`,
  "cell.notDate": `${COLUMN}不是日期`,
  "cell.textDate": `${COLUMN}是文本格式的日期`,
  "cell.dateOutOfYear": `${COLUMN}不在活动年度内`,
  "cell.notInList": `${COLUMN}不在下拉列表中`,
  "cell.notScore": `${COLUMN}不是有效的分数`,
  "area.merged": "数据区域有合并单元格",
  "setting.malformed": "参数值无效",
  "setting.missing": "缺少参数",
  "setting.unknown": "未知参数",
  "setting.stageInverted": "阶段的结束日期早于开始日期",
  "setting.stageOrder": "阶段日期先后颠倒",
  "ranking.unknownUnit": "单位编码不在单位名册中",
  "ranking.unknownGroup": "评议主体不在评议主体表中",
  "ranking.duplicateScore": "重复评分",
  "ballot.sameScore": "评议人给所有单位同一分数",
  "ballot.deviates": "评议人评分多数偏离本组",
  "ballot.unitTwice": "同一评议人为同一单位评分两次",
  "ballot.thin": "单位的评议人数过少",
  "ranking.duplicateUnit": "单位编码重复",
  "ranking.duplicateGroup": "评议主体重复",
  "ranking.weightNotPositive": "权重无效",
  "ranking.unknownCategory": "单位类别无效",
  "ranking.leaderMissing": "问责单位未填主要负责人",
  "ranking.groupMissing": "缺少部分评议主体的评分",
  "ranking.unscored": "未参评的单位",
  "ranking.smallCategory": "参加排名的单位过少",
  "ranking.nothingToRank": "还没有评分",
  "units.unknownParent": "上级单位编码不在单位名册中",
  "units.duplicateName": "单位名称重复",
  "units.ownParent": "上级单位是它自己",
  "units.parentCycle": "上级单位绕成了圈",
  "groups.weightsSum": "评议主体权重合计不为 1",
  "units.rosterEmpty": "单位名册为空",
  "tasks.duplicateSeq": "重点工作序号重复",
  "tasks.missingSeq": "重点工作序号不连续",
  "tasks.unknownLead": "牵头单位不在单位名册中",
  "tasks.unknownCooperating": "配合单位不在单位名册中",
  "progress.unknownTask": "序号不在重点工作中",
  "progress.notResponsible": "填报单位不是牵头或配合单位",
  "progress.statusMismatch": "状态与进度不一致",
  "progress.notStartedWithProgress": "未启动却有进度",
  "progress.futureDate": "填报日期晚于今天",
  "plans.duplicate": "实施方案重复登记",
  "plans.late": "实施方案逾期报送",
  "plans.missing": "逾期未报送实施方案",
  "plans.notYetDue": "尚未报送实施方案（未到截止日期）",
  "inspection.dueBeforeStart": "整改时限早于自查自纠开始日期",
  "inspection.doneDateMissing": "已整改但未填完成日期",
  "inspection.doneDateFuture": "完成日期晚于今天",
  "inspection.doneDateNotDone": "填了完成日期但未整改",
  "inspection.duplicateId": "问题编号重复",
  "supervision.dateOutsideBatch": "督查日期不在批次范围内",
  "supervision.leadUnmatched": "牵头单位在单位名册中找不到",
  "supervision.rectificationOverdue": "整改超期",
  "supervision.noticeBeforeCampaign": "数据截至日期早于活动开始",
  "supervision.noticeBatchMismatch": "督查批次与数据截至日期不符",
  "collect.removal": "单位在文件中清空的行",
  "collect.legacy-template": "旧版模板只新增和更新",
};

/**
 * The title of the findings of `rule` about `column` ("" when they name none): "得分超出范围".
 * A column-titled rule without a column reads "单元格超出范围"; an unknown rule reads "其他问题".
 */
export function ruleTitle(rule: string, column: string): string {
  const title = TITLES[rule];
  if (!title) return "其他问题";
  return title.replace(COLUMN, column || "单元格");
}

/** True when the title of `rule` names a column, so its findings are grouped per column too. */
export function titleNamesColumn(rule: string): boolean {
  return TITLES[rule]?.includes(COLUMN) ?? false;
}
