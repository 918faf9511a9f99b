/**
 * 准备: 创建标准工作簿 while the workbook lacks the standard sheets (补齐 when only some are
 * missing), 按新年度更新日期限制 when 活动年度 moved, and the year's stages. A block that no
 * longer applies goes away: once every sheet exists the create block is gone.
 */
import { DefaultButton, PrimaryButton, Stack, Text } from "@fluentui/react";
import type { WorkbenchState } from "../../app/workbench";
import { DEFAULT_YEAR, type Settings } from "../../domain/settings";
import { CreateWorkbookPanel } from "../components/CreateWorkbookPanel";
import { FindingsList } from "../components/FindingsList";
import { OutcomeFrame } from "../components/OutcomeFrame";
import { OutcomeView } from "../components/OutcomeView";
import { StageTimeline } from "../components/StageTimeline";
import { TabHeading } from "../components/TabHeading";
import { ADD_CAMPAIGN_ID, dateLimitsOfferOf } from "../create-action";
import type { LastRun } from "../use-workbench";

export interface PrepareTabProps {
  state: WorkbenchState | null;
  /** 参数设置's settings (or the year's defaults), null before the workbook has a year. */
  settings: Settings | null;
  today: Date;
  running: boolean;
  /** The last create or date-limit run, shown here. */
  lastRun: LastRun | null;
  onCreate: (year: number, demo: boolean) => void;
  onUpdateDateLimits: () => void;
  /** Jumps to a finding's cell (inside Excel); absent in file mode. */
  onSelect?: (sheet: string, cell: string) => void;
}

/** The 准备 tab's panel content. */
export function PrepareTab({ state, settings, today, running, lastRun, onCreate, onUpdateDateLimits, onSelect }: PrepareTabProps) {
  const dateOffer = dateLimitsOfferOf(state);
  const missing = state?.missingSheets ?? [];
  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <TabHeading tab="prepare" intro="创建标准工作簿，核对参数设置中的年度和各阶段日期。" />
      {state === null && <Text>正在读取工作簿…</Text>}
      {state !== null && missing.length > 0 && (
        <CreateWorkbookPanel state={state} initialYear={state.year ?? DEFAULT_YEAR} running={running} onCreate={onCreate} />
      )}
      {state !== null && missing.length === 0 && <Text variant="small">标准工作表已齐全。年度和各阶段日期在“参数设置”工作表中修改。</Text>}
      {state !== null && missing.length === 0 && state.campaignIdMissing && (
        <Stack tokens={{ childrenGap: 4 }}>
          <Text variant="small">
            该工作簿在分发功能之前创建，「元数据」中没有活动编号。分发填报模板前请先补记：回收文件时靠它核对文件属于本次活动；已有内容不会改动。
          </Text>
          <Stack horizontal>
            <PrimaryButton text={ADD_CAMPAIGN_ID} disabled={running} allowDisabledFocus onClick={() => onCreate(state.year ?? DEFAULT_YEAR, false)} />
          </Stack>
        </Stack>
      )}
      {dateOffer && (
        <Stack tokens={{ childrenGap: 4 }}>
          <Text variant="small">{dateOffer.hint}</Text>
          <Stack horizontal>
            <DefaultButton text={dateOffer.label} disabled={running} allowDisabledFocus onClick={onUpdateDateLimits} />
          </Stack>
        </Stack>
      )}
      {lastRun?.kind === "create" && (
        <OutcomeFrame>
          <Stack tokens={{ childrenGap: 12 }}>
            <OutcomeView lastRun={lastRun} />
            {/* 按新年度更新日期限制 returns the dates still in the old year, at their cells. */}
            {lastRun.outcome.findings.length > 0 && <FindingsList findings={lastRun.outcome.findings} onSelect={onSelect} />}
          </Stack>
        </OutcomeFrame>
      )}
      {settings && <StageTimeline settings={settings} today={today} />}
    </Stack>
  );
}
