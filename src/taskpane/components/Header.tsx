/** The pane's header: its name, the campaign year and the current stage of 四、活动步骤. */
import { Stack, Text } from "@fluentui/react";
import { stageLabel } from "../stage-label";

export interface HeaderProps {
  /** Campaign year from 参数设置; null when the workbook has none yet. */
  year: number | null;
  now: () => Date;
}

/** Title, 活动年度 and 当前阶段 (stage dates of the year's default settings, today's date from the clock). */
export function Header({ year, now }: HeaderProps) {
  return (
    <Stack tokens={{ childrenGap: 2 }}>
      <Text variant="xLarge" as="h1" styles={{ root: { margin: 0 } }}>
        提升年工作台
      </Text>
      {year === null ? (
        <Text variant="small">活动年度：未设置（创建标准工作簿后显示）</Text>
      ) : (
        <>
          <Text variant="small">活动年度：{year}年</Text>
          <Text variant="small">{stageLabel(year, now())}</Text>
        </>
      )}
    </Stack>
  );
}
