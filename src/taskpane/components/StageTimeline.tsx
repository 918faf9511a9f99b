/** The four stages of 四、活动步骤 with their dates from 参数设置; today's is marked in words, not by colour alone. */
import { Stack, Text } from "@fluentui/react";
import { currentStage, monthDay, stagesOf } from "../../domain/campaign";
import type { Settings } from "../../domain/settings";
import { isoOfInstant } from "../../sheets/dates";

export interface StageTimelineProps {
  settings: Settings;
  today: Date;
}

/** An ordered list: "2. 组织推进 1月1日–12月31日（当前阶段）". */
export function StageTimeline({ settings, today }: StageTimelineProps) {
  const current = currentStage(settings, isoOfInstant(today))?.name;
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <Text variant="mediumPlus" as="h3" styles={{ root: { margin: 0 } }}>
        {settings.year}年活动步骤
      </Text>
      <ol style={{ margin: 0, paddingLeft: 20 }}>
        {stagesOf(settings).map((stage) => (
          <li key={stage.name}>
            <Text variant="small" styles={{ root: { fontWeight: stage.name === current ? 600 : 400 } }}>
              {stage.name} {monthDay(stage.from)}–{monthDay(stage.to)}
              {stage.name === current ? "（当前阶段）" : ""}
            </Text>
          </li>
        ))}
      </ol>
    </Stack>
  );
}
