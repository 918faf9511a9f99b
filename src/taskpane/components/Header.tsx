/** The pane's header: its name, the campaign year, the current stage of 四、活动步骤, and the way back to the guide and help. */
import { ActionButton, Link, Stack, Text } from "@fluentui/react";
import type { Settings } from "../../domain/settings";
import { FOCUS_IDS } from "../focus";
import { stageLabel } from "../stage-label";

export interface HeaderProps {
  /** The settings read from 参数设置; null when the workbook has none yet, or its 活动年度 could not be read. */
  settings: Settings | null;
  /** True when 参数设置 exists but its 活动年度 could not be read (null settings then say so, not 未设置). */
  yearUnreadable?: boolean;
  now: () => Date;
  /** Shows the stage guide again (absent: no 使用指引 button). */
  onShowGuide?: () => void;
  /** The local help page's section for the open tab. */
  helpHref?: string;
}

/** Title, 活动年度 and 当前阶段 (the stage dates of 参数设置, today's date from the clock), 使用指引 and 帮助. */
export function Header({ settings, yearUnreadable, now, onShowGuide, helpHref }: HeaderProps) {
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <Text variant="xLarge" as="h1" id={FOCUS_IDS.title} tabIndex={-1} styles={{ root: { margin: 0 } }}>
        提升年工作台
      </Text>
      {settings === null ? (
        <Text variant="small">
          {yearUnreadable ? "活动年度：无法识别（请在「参数设置」中填写四位数字年份，如 2011）" : "活动年度：未设置（创建标准工作簿后显示）"}
        </Text>
      ) : (
        <>
          <Text variant="small">活动年度：{settings.year}年</Text>
          <Text variant="small">{stageLabel(settings, now())}</Text>
        </>
      )}
      {(onShowGuide || helpHref) && (
        <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 12 }}>
          {onShowGuide && (
            <ActionButton text="使用指引" iconProps={{ iconName: "Lightbulb" }} onClick={onShowGuide} styles={{ root: { height: 32, padding: 0 } }} />
          )}
          {helpHref && (
            <Link href={helpHref} target="_blank" aria-label="帮助（在新窗口打开）">
              帮助
            </Link>
          )}
        </Stack>
      )}
    </Stack>
  );
}
