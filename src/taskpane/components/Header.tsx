/** The pane's header: its name, the campaign year and the current stage of 四、活动步骤. */
import { Stack, Text } from "@fluentui/react";
import type { Settings } from "../../domain/settings";
import { stageLabel } from "../stage-label";

export interface HeaderProps {
  /** The settings read from 参数设置; null when the workbook has none yet. */
  settings: Settings | null;
  now: () => Date;
}

/** Title, 活动年度 and 当前阶段 (the stage dates of 参数设置, today's date from the clock). */
export function Header({ settings, now }: HeaderProps) {
  return (
    <Stack tokens={{ childrenGap: 2 }}>
      <Text variant="xLarge" as="h1" styles={{ root: { margin: 0 } }}>
        提升年工作台
      </Text>
      {settings === null ? (
        <Text variant="small">活动年度：未设置（创建标准工作簿后显示）</Text>
      ) : (
        <>
          <Text variant="small">活动年度：{settings.year}年</Text>
          <Text variant="small">{stageLabel(settings, now())}</Text>
        </>
      )}
    </Stack>
  );
}
