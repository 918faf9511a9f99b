/**
 * The first-run and stage guide: what the workbench does and three numbered steps for today's
 * stage. Skippable; it comes back when the campaign enters a new stage, and 使用指引 in the
 * header shows it again.
 */
import { DefaultButton, PrimaryButton, Stack, Text } from "@fluentui/react";
import { TABS, type StageGuide as Guide } from "../stage-guide";

export interface StageGuideProps {
  guide: Guide;
  /** Why it shows: the first time it also says what the workbench is. */
  mode: "welcome" | "newStage" | "reopened";
  /** 开始: go to the stage's tab (absent while there is no workbook to show tabs for, in file mode before a file). */
  onStart?: () => void;
  /** 跳过: just close. */
  onSkip: () => void;
}

const frame = { root: { border: "1px solid #8a8886", borderRadius: 4, padding: 12, background: "#ffffff" } };

/** The guide as a labelled region above the tabs. */
export function StageGuide({ guide, mode, onStart, onSkip }: StageGuideProps) {
  const firstRun = mode === "welcome";
  const heading = firstRun ? "欢迎使用提升年工作台" : mode === "newStage" ? `进入新阶段：${guide.title}` : `使用指引：${guide.title}`;
  const tabName = TABS.find((t) => t.key === guide.tab)?.name ?? "";
  return (
    <section aria-labelledby="stage-guide-heading">
      <Stack tokens={{ childrenGap: 8 }} styles={frame}>
        <Text variant="large" as="h2" id="stage-guide-heading" styles={{ root: { margin: 0 } }}>
          {heading}
        </Text>
        {firstRun && (
          <Text variant="small">
            工作台在 Excel 中管理“能力作风建设提升年”活动：建立标准工作簿，分发和汇总各单位的填报表，按季度督查，年底评议排名并生成问责名单。
          </Text>
        )}
        <Text variant="small">{guide.title}，接下来要做的三件事：</Text>
        <ol style={{ margin: 0, paddingLeft: 20 }}>
          {guide.steps.map((step) => (
            <li key={step}>
              <Text variant="small">{step}</Text>
            </li>
          ))}
        </ol>
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          {onStart && <PrimaryButton text={`开始：${tabName}`} onClick={onStart} />}
          <DefaultButton text={onStart ? "跳过" : "知道了"} onClick={onSkip} />
        </Stack>
        <Text variant="small">以后可在页首点击“使用指引”再次查看。</Text>
      </Stack>
    </section>
  );
}
