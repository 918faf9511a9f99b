/**
 * The default catalogue of the 28 key tasks (28项重点工作, 四、第二阶段). The document names
 * the number but not the list, so this default is derived from the measures of section 三;
 * the campaign office overwrites it on the sheet 重点工作 with its official list.
 *
 * Only the content and the clause come from the document. Its 牵头/配合 units and 完成时限
 * are not in the document at all: the ones below are reasonable defaults (the department
 * whose remit the measure is, a year-end or stage deadline), and the 填表说明 and the sheet's
 * hints tell the office to set them. Nothing else depends on there being 28: the number of
 * tasks is whatever the sheet lists.
 *
 * Section 三 lists far more than 28 measures; closely related ones are merged so that each
 * task has one lead department that can answer for it. The grouping:
 *
 * | seq | project | measures of section 三 merged into the task | why merged |
 * | --- | --- | --- | --- |
 * | 1 | (一) | 学习型党组织/领导班子创建; 中心组学习、学习会、调查研究制度; 述学评学考学 | one learning system, run by 宣传部 |
 * | 2 | (一) | 干部教育培训主班次; 公务员“周末课堂”; 干部成长系列论坛 | all are training courses of 组织部 |
 * | 3 | (一) | 上挂、下派跟班学习; 基层一线实践锻炼 | both are 实践锻炼 of young cadres |
 * | 4 | (一) | 中层干部竞争上岗; 重点部门、关键岗位轮岗交流 | one cadre-personnel reform |
 * | 5 | (一) | 深化学习实践科学发展观成果、深入基层调研; 机关党建创新创优工程、培树典型 | both are 机关党建, led by 机关工委 |
 * | 6 | (二) | 市政府部门和乡镇机构改革; 事业单位改革、整合职能、明确岗位职责 | one 编办 reform programme |
 * | 7 | (二) | 减少和规范行政审批事项 | kept alone: the core 审改 measure |
 * | 8 | (二) | “三集中、三到位”; 完善服务制度机制、优化流程、缩短时限 | the latter are the aims of the former |
 * | 9 | (二) | 镇(区)、村(居)便民服务平台建设并与市行政服务中心联网 | kept alone |
 * | 10 | (二) | 100家重点科室民主评议; “年初承诺、年中检查、年底评议”; 解决“中梗阻” | one measure in three steps |
 * | 11 | (三) | 重大事项集体决策; 民主集中、专家咨询、公示听证、决策评估、合法性审查制度 | one decision-making system |
 * | 12 | (三) | 加大政务公开力度, 公开决策、执行、监督环节 | kept alone |
 * | 13 | (三) | 梳理权力事项、健全内部防控; “三合一”网络平台 | the platform runs the risk controls |
 * | 14 | (三) | 行政审批过程监督检查和责任追究 | kept alone: 监察 of approvals |
 * | 15 | (三) | “全程说理”“一事三卡”; 行政执法责任制和过错责任追究制 | both govern 行政执法行为 |
 * | 16 | (三) | 中介机构信用等级、备案公示、联合检查、社会评议制度 | one set of rules for 中介 |
 * | 17 | (三) | 信访维稳、源头防范; 经常化维稳信息排查机制 | one 信访 measure |
 * | 18 | (三) | 劳动争议预警; 突发事件应急; 化解劳资纠纷 | one labour-stability measure |
 * | 19 | (三) | 出台《机关效能责任追究暂行办法》; 执行党政领导干部问责规定 | both are the 问责 rules |
 * | 20 | (四) | 重点项目责任制和领导挂钩责任制; “四个一”; 五个体系 | one project-responsibility system |
 * | 21 | (四) | 专业服务团队、常态帮办、全程跟踪; 优先资金、土地、手续 | one service package for projects |
 * | 22 | (四) | 落实税费政策; 银企合作、金融支持 | both support enterprises' finances |
 * | 23 | (四) | 重大决策、重点工作、重点项目、重要事项全程跟踪督查 | kept alone |
 * | 24 | (五) | “走进基层，服务群众”; 社情民意渠道; 解决群众合理诉求 | one activity |
 * | 25 | (五) | 拓宽效能监察投诉中心受理渠道; 有诉必应; 涉企投诉跟踪 | one complaint channel |
 * | 26 | (五) | “政风热线”: 扩大上线单位、增加频次、媒体舆论监督 | kept alone |
 * | 27 | (五) | 监督检查审批、重点工作、“公开承诺”“八项禁令”“三牌一栏”制度执行; 杜绝不正之风、“吃风玩风赌风” | both are 作风 inspection |
 * | 28 | (五) | 减少会议文件活动、会风检查; 厉行节约、财经纪律、控制公用经费 | both are 艰苦奋斗/节约 |
 */
import { PROJECTS } from "../campaign";
import { isoDate, type Settings } from "../settings";
import type { KeyTask } from "../types";

type Clause = "(一)" | "(二)" | "(三)" | "(四)" | "(五)";

interface TaskRow {
  clause: Clause;
  content: string;
  lead: string;
  cooperating: string[];
  /** Month and day of the deadline in the campaign year. */
  due: [number, number];
  /** The document's own words, verbatim (ASCII commas as in the document). */
  quote: string;
}

const YEAR_END: [number, number] = [12, 31];
const MID_YEAR: [number, number] = [6, 30];
const THIRD_QUARTER: [number, number] = [9, 30];

const PROJECT_OF: Record<Clause, string> = {
  "(一)": PROJECTS[0],
  "(二)": PROJECTS[1],
  "(三)": PROJECTS[2],
  "(四)": PROJECTS[3],
  "(五)": PROJECTS[4],
};

const ROWS: readonly TaskRow[] = [
  {
    clause: "(一)",
    content: "开展学习型党组织、学习型领导班子创建活动，完善中心组学习、领导干部学习会、定期调查研究制度，加大述学、评学、考学力度",
    lead: "市委宣传部",
    cooperating: ["市委组织部", "市机关工委"],
    due: YEAR_END,
    quote: "扎实开展学习型党组织、学习型领导班子创建活动",
  },
  {
    clause: "(一)",
    content: "抓好各类干部教育培训主班次，办好公务员“周末课堂”，举办干部成长系列论坛",
    lead: "市委组织部",
    cooperating: ["市人社局", "市委党校"],
    due: YEAR_END,
    quote: "认真抓好各类干部教育培训主班次",
  },
  {
    clause: "(一)",
    content: "采取上挂、下派方式选派青年干部跟班学习，到基层一线实践锻炼",
    lead: "市委组织部",
    cooperating: ["市人社局"],
    due: YEAR_END,
    quote: "采取上挂、下派等方式选派青年干部进上级机关",
  },
  {
    clause: "(一)",
    content: "推进中层干部竞争上岗，推进重点部门、关键岗位领导干部和中层干部轮岗交流",
    lead: "市委组织部",
    cooperating: ["市人社局", "市编办"],
    due: THIRD_QUARTER,
    quote: "全面推进中层干部竞争上岗",
  },
  {
    clause: "(一)",
    content: "深化学习实践科学发展观活动成果，组织机关干部深入基层调研；实施机关部门党建创新创优工程，培树先进典型",
    lead: "市机关工委",
    cooperating: ["市委组织部"],
    due: YEAR_END,
    quote: "实施机关部门党建创新创优工程",
  },
  {
    clause: "(二)",
    content: "实施市政府部门机构改革和乡镇机构改革，推动事业单位改革，整合职能、明确岗位职责",
    lead: "市编办",
    cooperating: ["市委组织部", "市人社局", "市财政局"],
    due: THIRD_QUARTER,
    quote: "有序实施市政府部门机构改革和乡镇机构改革",
  },
  {
    clause: "(二)",
    content: "减少和规范行政审批事项，公布保留的审批事项目录",
    lead: "市法制办",
    cooperating: ["市行政服务中心", "市监察局"],
    due: MID_YEAR,
    quote: "进一步减少和规范行政审批事项",
  },
  {
    clause: "(二)",
    content: "推进“三集中、三到位”，完善服务制度和机制，优化服务流程，缩短服务时限",
    lead: "市行政服务中心",
    cooperating: ["市编办", "市监察局", "市法制办"],
    due: YEAR_END,
    quote: "优化服务流程,缩短服务时限,提高办事效率",
  },
  {
    clause: "(二)",
    content: "加强镇(区)、村(居)两级便民服务平台建设，逐步与市行政服务中心联网、联动服务",
    lead: "市行政服务中心",
    cooperating: ["市民政局", "市经信委"],
    due: THIRD_QUARTER,
    quote: "加强镇(区)、村(居)两级便民服务平台建设",
  },
  {
    clause: "(二)",
    content: "对100家重点科室加大民主评议力度，实行“年初对外承诺、年中监督检查、年底集中评议”，解决“中梗阻”问题",
    lead: "市优化办",
    cooperating: ["市监察局", "市机关工委"],
    due: YEAR_END,
    quote: "加大民主评议力度",
  },
  {
    clause: "(三)",
    content: "坚持重大事项集体决策，健全民主集中、专家咨询、公示听证、决策评估、合法性审查制度",
    lead: "市政府办公室",
    cooperating: ["市法制办", "市发改局"],
    due: MID_YEAR,
    quote: "坚持重大事项集体决策",
  },
  {
    clause: "(三)",
    content: "加大政务公开力度，突出公开科学决策、规范执行、有效监督的关键环节",
    lead: "市政府办公室",
    cooperating: ["市监察局", "市经信委"],
    due: YEAR_END,
    quote: "进一步加大政务公开力度",
  },
  {
    clause: "(三)",
    content: "梳理权力事项，健全风险点内部防控措施，建设行政服务、法制监督、行政监察“三合一”网络平台",
    lead: "市监察局",
    cooperating: ["市法制办", "市行政服务中心", "市经信委"],
    due: THIRD_QUARTER,
    quote: "全面梳理权力事项",
  },
  {
    clause: "(三)",
    content: "加强行政审批过程的监督检查和责任追究，规范行政审批行为",
    lead: "市监察局",
    cooperating: ["市行政服务中心"],
    due: YEAR_END,
    quote: "加强行政审批过程的监督检查和责任追究",
  },
  {
    clause: "(三)",
    content: "推行“全程说理”“一事三卡”，建立行政执法责任制和过错责任追究制，规范行政执法行为",
    lead: "市法制办",
    cooperating: ["市监察局"],
    due: YEAR_END,
    quote: "建立行政执法责任制和过错责任追究制",
  },
  {
    clause: "(三)",
    content: "建立中介机构信用等级、备案公示、联合检查、社会评议等长效管理制度",
    lead: "市发改局",
    cooperating: ["市工商局", "市财政局", "市住建局"],
    due: YEAR_END,
    quote: "规范中介机构行为",
  },
  {
    clause: "(三)",
    content: "强化信访维稳，从源头防范社会风险，健全经常化维稳信息排查机制",
    lead: "市信访局",
    cooperating: ["市委政法委", "市公安局"],
    due: YEAR_END,
    quote: "强化信访维稳工作",
  },
  {
    clause: "(三)",
    content: "完善劳动争议预警和突发事件应急处理机制，妥善化解劳资纠纷",
    lead: "市人社局",
    cooperating: ["市总工会", "市政府办公室"],
    due: YEAR_END,
    quote: "妥善化解劳资纠纷",
  },
  {
    clause: "(三)",
    content: "制定出台《金坛市机关效能责任追究暂行办法》，严格执行党政领导干部问责规定",
    lead: "市监察局",
    cooperating: ["市委组织部", "市法制办"],
    due: MID_YEAR,
    quote: "制定出台《金坛市机关效能责任追究暂行办法》",
  },
  {
    clause: "(四)",
    content: "推行重点项目责任制和领导挂钩责任制，落实“四个一”工作机制，完善目标、责任、督查、协调服务和考核体系",
    lead: "市发改局",
    cooperating: ["市政府办公室", "市经信委"],
    due: YEAR_END,
    quote: "继续推行重点项目责任制和重点项目领导挂钩责任制",
  },
  {
    clause: "(四)",
    content: "建立专业服务团队，实施常态帮办、全程跟踪服务，优先落实扶持资金、配置土地资源、办理各项手续",
    lead: "市经信委",
    cooperating: ["市行政服务中心", "市财政局", "市国土局", "市住建局"],
    due: YEAR_END,
    quote: "实施常态帮办措施",
  },
  {
    clause: "(四)",
    content: "落实增值税转型、出口退税调整、企业所得税调整等税费政策，推进银企合作，加大金融支持力度",
    lead: "市财政局",
    cooperating: ["市国税局", "市地税局", "市金融办"],
    due: YEAR_END,
    quote: "积极推进银企合作",
  },
  {
    clause: "(四)",
    content: "对重大决策、重点工作、重点项目、重要事项进行全程跟踪督查",
    lead: "市委办公室",
    cooperating: ["市政府办公室", "市优化办"],
    due: YEAR_END,
    quote: "重点项目、重要事项进行全程跟踪督查",
  },
  {
    clause: "(五)",
    content: "开展“走进基层，服务群众”活动，畅通社情民意反映渠道，及时解决群众合理诉求",
    lead: "市机关工委",
    cooperating: ["市委组织部", "市信访局"],
    due: THIRD_QUARTER,
    quote: "畅通自下而上的社情民意反映渠道",
  },
  {
    clause: "(五)",
    content: "拓宽市行政效能监察投诉中心受理渠道，建立有诉必应机制，跟踪调查涉企投诉",
    lead: "市监察局",
    cooperating: ["市优化办"],
    due: YEAR_END,
    quote: "建立有诉必应机制",
  },
  {
    clause: "(五)",
    content: "完善“政风热线”工作机制，扩大上线单位覆盖面，增加节目播出频次，发挥媒体舆论监督功能",
    lead: "市广电台",
    cooperating: ["市监察局", "市优化办"],
    due: YEAR_END,
    quote: "增加节目播出频次",
  },
  {
    clause: "(五)",
    content: "监督检查“公开承诺”“八项禁令”“三牌一栏”等制度执行，杜绝吃拿卡要、推诿塞责等不正之风",
    lead: "市优化办",
    cooperating: ["市监察局", "市机关工委"],
    due: YEAR_END,
    quote: "坚决杜绝吃拿卡要、推诿塞责、作风漂浮",
  },
  {
    clause: "(五)",
    content: "减少会议、文件、活动，加强会风监督检查；厉行节约，严肃财经纪律，控制公用经费支出",
    lead: "市政府办公室",
    cooperating: ["市委办公室", "市财政局", "市审计局"],
    due: YEAR_END,
    quote: "控制公用经费支出",
  },
];

/** The 28 default key tasks, numbered 1–28, every deadline placed in `settings.year` (leads and deadlines are defaults). */
export function defaultKeyTasks(settings: Pick<Settings, "year">): KeyTask[] {
  return ROWS.map((row, i) => ({
    seq: i + 1,
    project: PROJECT_OF[row.clause],
    content: row.content,
    lead: row.lead,
    cooperating: [...row.cooperating],
    deadline: isoDate(settings.year, row.due[0], row.due[1]),
    source: `三${row.clause}：“${row.quote}”`,
  }));
}

/** Every department named as lead or cooperating unit in the default catalogue, each once, in first-use order. */
export const LEAD_DEPARTMENTS: readonly string[] = [...new Set(ROWS.flatMap((row) => [row.lead, ...row.cooperating]))];
