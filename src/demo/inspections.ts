/**
 * Demo 自查自纠 (四、第三阶段, 7月至9月): problems that towns and departments found in
 * themselves, each with its cause, measures, deadline and responsible person, in every
 * category of the five capabilities and five styles. The picture is the one of late
 * November: early deadlines are met, later ones are still being worked on.
 */
import { isoDate, type Settings } from "../domain/settings";
import type { IsoDate, SelfInspection, Unit } from "../domain/types";
import { addDays, minDate, monthEnd, randomDate } from "./calendar";
import type { NamePool } from "./names";
import type { Random } from "./random";

interface Problem {
  category: string;
  description: string;
  cause: string;
  measures: string;
}

const P = (category: string, description: string, cause: string, measures: string): Problem => ({ category, description, cause, measures });

const PROBLEMS: readonly Problem[] = [
  P("服务发展", "主动上门服务企业不够，对企业诉求回应不及时", "重管理轻服务，服务意识不强", "建立挂钩联系企业制度，每月走访重点企业"),
  P("服务发展", "重点项目手续办理环节多、周期长", "部门间衔接不畅，缺少全程帮办", "推行重点项目全程帮办，实行限时办结"),
  P("依法行政", "个别行政处罚案件告知程序不规范", "执法人员法律知识更新不及时", "开展执法案卷评查，组织执法人员专题培训"),
  P("依法行政", "规范性文件未经合法性审查即印发", "审查制度落实不到位", "严格执行规范性文件合法性审查和备案制度"),
  P("改革创新", "审批流程多年未优化，创新举措少", "满足于按部就班，创新意识不强", "梳理审批流程，精简环节，推行并联审批"),
  P("改革创新", "信息化手段应用不足，网上办事比例低", "投入不足，业务与技术结合不够", "推进网上审批和电子监察，年内上线主要事项"),
  P("执行落实", "部分重点工作推进缓慢，未按节点完成", "责任分解不细，督促检查不够", "细化责任分解，实行周报告、月督查"),
  P("执行落实", "上级部署的工作传达多、落实少", "抓落实的机制不健全", "建立工作落实台账，实行销号管理"),
  P("沟通协调", "与相关部门协调不够，存在推诿现象", "部门本位思想，沟通机制不健全", "建立联席会议制度，明确牵头和配合责任"),
  P("沟通协调", "对镇(区)反映的问题答复不及时", "内部流转环节多，责任不清", "实行首问负责制和限时答复制"),
  P("刻苦钻研", "部分干部业务不精，政策掌握不全面", "学习主动性不强，学用脱节", "开展岗位练兵和业务知识测试"),
  P("刻苦钻研", "中心组学习形式单一，研讨不深入", "学习计划性不强，重形式轻效果", "完善中心组学习制度，每季度开展专题研讨"),
  P("争先创优", "工作标准不高，满足于过得去", "争先进位意识不强", "对照先进地区查找差距，制定赶超目标"),
  P("争先创优", "创建工作亮点不多，品牌特色不明显", "缺乏总体谋划", "制定创建计划，培育一批服务品牌"),
  P("求真务实", "会议多、文件多，调研少", "存在以会议落实会议的现象", "精简会议文件，领导班子每月深入基层调研"),
  P("求真务实", "统计报表数据核实不严", "审核把关不细", "建立数据审核责任制，实行分级复核"),
  P("联系群众", "办事窗口服务态度生硬，群众有意见", "服务规范执行不严", "开展文明服务培训，实行服务对象满意度评价"),
  P("联系群众", "深入基层少，对群众诉求了解不够", "机关化倾向，联系群众制度落实不够", "落实干部挂钩联系村(居)制度"),
  P("清正廉洁", "公务接待超标准，公用经费支出偏高", "厉行节约意识不强，财务把关不严", "严格执行公务接待标准，公用经费按月公开"),
  P("清正廉洁", "个别工作人员接受管理服务对象宴请", "廉洁从政教育不够，监督不到位", "开展警示教育，签订廉洁承诺书，加强明察暗访"),
];

/** About `target` problems, two or three each from shuffled top-level units; ids P01.. per unit. */
export function demoInspections(rng: Random, settings: Settings, topLevel: readonly Unit[], names: NamePool, target = 60): SelfInspection[] {
  const asOf = isoDate(settings.year, 11, 30);
  const dueDates = deadlinesAfter(settings.selfInspectionStart, settings.year);
  const rows: SelfInspection[] = [];
  for (const unit of rng.shuffle(topLevel)) {
    if (rows.length >= target) break;
    const owner = rng.chance(0.4) ? unit.leader : names.draw();
    rng
      .shuffle(PROBLEMS)
      .slice(0, rng.int(2, 3))
      .forEach((problem, i) => {
        const dueDate = rng.pick(dueDates);
        const status = statusAsOf(rng, dueDate, settings.selfInspectionEnd, asOf);
        rows.push({
          unitCode: unit.code,
          problemId: `P${String(i + 1).padStart(2, "0")}`,
          ...problem,
          dueDate,
          owner,
          status,
          doneDate: status === "已整改" ? randomDate(rng, addDays(settings.selfInspectionStart, 14), minDate(dueDate, asOf)) : null,
        });
      });
  }
  return rows;
}

/** Month ends after the start of self-inspection (the usual way a deadline is set), at least one. */
function deadlinesAfter(start: IsoDate, year: number): IsoDate[] {
  const ends = Array.from({ length: 12 }, (_, i) => monthEnd(year, i + 1)).filter((d) => d > addDays(start, 30));
  return ends.length > 0 ? ends : [isoDate(year, 12, 31)];
}

function statusAsOf(rng: Random, due: IsoDate, stageEnd: IsoDate, asOf: IsoDate): string {
  if (due <= stageEnd) return "已整改";
  if (due <= asOf) return rng.chance(0.75) ? "已整改" : "整改中";
  return rng.pick(["已整改", "整改中", "整改中", "未整改"]);
}
