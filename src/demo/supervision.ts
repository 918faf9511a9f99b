/**
 * Demo 督查记录 (五: 每季度常规督查; 上半年和下半年各一次集中督查, 督查情况在全市范围内通报):
 * about thirty findings spread over the six batches, each dated inside its batch's window
 * (and no later than the end of November, the demo's "today"). Units that sent their plan
 * late or not at all are the first-quarter findings, as an inspector would have found them.
 */
import { supervisionBatches } from "../domain/campaign";
import { isoDate, type Settings } from "../domain/settings";
import type { SupervisionFinding, Unit } from "../domain/types";
import { addDays, maxDate, minDate, randomDate } from "./calendar";
import type { Random } from "./random";

const FINDINGS: readonly (readonly string[])[] = [
  ["动员会议精神传达不到位，部分科室未组织学习", "活动宣传氛围不浓，未设立宣传专栏"],
  ["重点工作台账不完整，进度未按月更新", "“公开承诺”未在办事窗口醒目位置公示", "“三牌一栏”设置不规范"],
  ["自查自纠座谈会未召开，问题查找不深入", "整改措施笼统，未明确时限和责任人员", "征求意见函发放范围过窄"],
  ["整改进度滞后，部分问题未按时限整改到位", "重点项目帮办服务跟踪不及时", "“政风热线”反映问题答复超时"],
  ["暗访发现窗口工作人员上班时间脱岗", "重点科室承诺事项个别超时办结", "会议、文件数量未明显减少"],
  ["暗访发现工作人员工作时间玩电脑游戏", "公用经费支出未按要求公开", "重点科室年初承诺兑现情况未公示"],
];

const PER_BATCH = 5;

/** Findings for the six batches; the plan-due stragglers are found in the first quarter. */
export function demoSupervision(rng: Random, settings: Settings, units: readonly Unit[], planStragglers: readonly Unit[]): SupervisionFinding[] {
  const asOf = isoDate(settings.year, 11, 30);
  const rows: SupervisionFinding[] = [];
  supervisionBatches(settings).forEach((batch, b) => {
    const concentrated = b >= 4;
    const to = minDate(batch.to, asOf);
    // A concentrated inspection takes place in the last month of its half-year.
    const from = concentrated ? maxDate(batch.from, addDays(to, -29)) : batch.from;
    const taken = new Set<string>();
    if (b === 0) {
      for (const unit of planStragglers) {
        taken.add(unit.code);
        const date = randomDate(rng, minDate(to, maxDate(from, addDays(settings.planDue, 1))), to);
        rows.push({ batch: batch.name, unitCode: unit.code, date, finding: "实施方案未按时报送市优化办", circulated: true });
      }
    }
    while (taken.size < PER_BATCH) {
      const unit = rng.pick(units);
      if (taken.has(unit.code)) continue;
      taken.add(unit.code);
      rows.push({
        batch: batch.name,
        unitCode: unit.code,
        date: randomDate(rng, from, to),
        finding: rng.pick(FINDINGS[b % FINDINGS.length]),
        circulated: rng.chance(concentrated ? 0.8 : 0.3),
      });
    }
  });
  return rows;
}
