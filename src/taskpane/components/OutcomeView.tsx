/** The outcome of the last action: its one-line message and, by action, its summary. */
import { MessageBar, MessageBarType, Stack, Text } from "@fluentui/react";
import { LIST_SHEET, META_SHEET } from "../../sheets/contract";
import type { LastRun } from "../use-workbench";
import { RankDetails } from "./RankDetails";
import { RankSummaryView } from "./RankSummaryView";

/** The sheets a user sees: the hidden list and metadata sheets are not worth naming. */
const visible = (names: readonly string[]) => names.filter((n) => n !== LIST_SHEET && n !== META_SHEET);

/** Green when the action completed cleanly, yellow when it completed with findings, red when errors blocked it. */
function barType(lastRun: LastRun): MessageBarType {
  if (!lastRun.outcome.ok) return MessageBarType.blocked;
  return lastRun.outcome.findings.length > 0 ? MessageBarType.warning : MessageBarType.success;
}

export interface OutcomeViewProps {
  lastRun: LastRun;
  /** Inside Excel: shows a result sheet. */
  onOpenSheet?: (sheet: string) => void;
  /** File mode: downloads the result workbook. */
  onDownload?: () => void;
}

/** The outcome's MessageBar plus the create summary, or the ranking's summary and details. */
export function OutcomeView({ lastRun, onOpenSheet, onDownload }: OutcomeViewProps) {
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <MessageBar messageBarType={barType(lastRun)} isMultiline>
        {lastRun.outcome.message}
      </MessageBar>
      {lastRun.kind === "rank" && lastRun.outcome.summary && (
        <>
          <RankSummaryView summary={lastRun.outcome.summary} />
          <RankDetails summary={lastRun.outcome.summary} onOpenSheet={onOpenSheet} onDownload={onDownload} />
        </>
      )}
      {lastRun.kind === "create" && lastRun.outcome.summary && (
        <Stack tokens={{ childrenGap: 2 }}>
          {visible(lastRun.outcome.summary.created).length > 0 && (
            <Text variant="small">已创建：{visible(lastRun.outcome.summary.created).join("、")}</Text>
          )}
          {visible(lastRun.outcome.summary.skipped).length > 0 && (
            <Text variant="small">已存在、未改动：{visible(lastRun.outcome.summary.skipped).join("、")}</Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
