/**
 * What the pane puts first for today's stage of 四、活动步骤 (动员部署 → 组织推进 → 自查自纠 →
 * 评议考核): the tab that opens, and the three steps the guide lists. Pure: the stage dates
 * come from 参数设置 (or the defaults of the clock's year before a workbook has them).
 */
import { currentStage, monthDay } from "../domain/campaign";
import { defaultSettings, type Settings } from "../domain/settings";
import { isoOfInstant } from "../sheets/dates";

/** The pane's four top-level tabs. */
export type TabKey = "prepare" | "distribute" | "supervise" | "evaluate";

/** The tabs in their order, with their names and the anchor of their section of the help page. */
export const TABS: readonly { key: TabKey; name: string; help: string }[] = [
  { key: "prepare", name: "准备", help: "help.html#prepare" },
  { key: "distribute", name: "分发汇总", help: "help.html#distribute" },
  { key: "supervise", name: "督查", help: "help.html#supervise" },
  { key: "evaluate", name: "考核", help: "help.html#evaluate" },
];

export interface StageGuide {
  /** Remembered once seen: the guide comes back when this changes (a new stage, or another year). */
  key: string;
  /** "组织推进（1月1日–12月31日）", or a note when today is outside the campaign year. */
  title: string;
  /** The tab that opens first. */
  tab: TabKey;
  /** Three numbered steps for today, in the office's words. */
  steps: readonly [string, string, string];
}

/**
 * The guide for `today` under `settings` (null: the workbook has no 参数设置 yet, the defaults
 * of today's year apply). Without the standard sheets (`hasWorkbook` false) the steps start
 * with creating them, whatever the stage, and 准备 opens.
 */
export function stageGuideOf(settings: Settings | null, today: Date, hasWorkbook = true): StageGuide {
  const guide = stageGuideWithWorkbook(settings, today);
  // 动员部署's own steps already start by creating the workbook.
  if (hasWorkbook || guide.steps[0].includes("创建标准工作簿")) return { ...guide, tab: hasWorkbook ? guide.tab : "prepare" };
  return {
    ...guide,
    tab: "prepare",
    steps: [
      "在“准备”中点击“创建标准工作簿”（可勾选“示例数据”先熟悉）。",
      "在“参数设置”中核对各阶段日期，在“单位名册”“重点工作”中填好单位和任务。",
      guide.steps[0],
    ],
  };
}

function stageGuideWithWorkbook(settings: Settings | null, today: Date): StageGuide {
  const s = settings ?? defaultSettings(today.getFullYear());
  const stage = currentStage(s, isoOfInstant(today));
  if (!stage) {
    return {
      key: `${s.year}:outside`,
      title: `今天不在${s.year}年活动期内`,
      tab: "prepare",
      steps: [
        "在“参数设置”工作表中把活动年度改为今年，核对各阶段日期。",
        "在“准备”中点击“按新年度更新日期限制”，让各填报表接受今年的日期。",
        "核对“单位名册”和“重点工作”，再按新年度分发填报模板。",
      ],
    };
  }
  const title = `${stage.name}（${monthDay(stage.from)}–${monthDay(stage.to)}）`;
  const key = `${s.year}:${stage.name}`;
  switch (stage.name) {
    case "动员部署":
      return {
        key,
        title,
        tab: "prepare",
        steps: [
          "在“准备”中创建标准工作簿，核对“参数设置”中各阶段的日期。",
          "在“单位名册”中填好各单位及主要负责人，在“重点工作”中列出各项重点工作和牵头单位。",
          `在“分发汇总”中分发填报模板，请各单位在${monthDay(s.planDue)}前报送实施方案。`,
        ],
      };
    case "自查自纠":
      return {
        key,
        title,
        tab: "supervise",
        steps: [
          `在“分发汇总”中汇总各单位交回的自查自纠清单（${monthDay(s.selfInspectionStart)}至${monthDay(s.selfInspectionEnd)}）。`,
          "在“督查”中生成第三季度督查通报，查看整改情况和滞后的重点工作。",
          "在“考核”中校验，按提示逐条改正填报错误。",
        ],
      };
    case "评议考核":
      return {
        key,
        title,
        tab: "evaluate",
        steps: [
          "在“评议评分”中录入公开评议的分数。",
          "在“考核”中先校验，改正全部错误。",
          `再点击“一键排名”，核对排名结果和问责名单（${monthDay(s.evaluationEnd)}前完成）。`,
        ],
      };
    default:
      return {
        key,
        title,
        tab: "distribute",
        steps: [
          "在“分发汇总”中汇总各单位交回的实施方案和工作进度，先看预览，确认后写入。",
          "在“督查”中按季度生成督查通报和工作看板。",
          "对未报送或滞后的单位，按通报催办。",
        ],
      };
  }
}
