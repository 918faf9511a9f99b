/** 考核: 校验 and 一键排名 (each says why when it cannot run), their outcome and the findings to work through. */
import { Stack, Text } from "@fluentui/react";
import { useId } from "react";
import type { WorkbenchState } from "../../app/workbench";
import { FindingsList } from "../components/FindingsList";
import { GuardedButton } from "../components/GuardedButton";
import { OutcomeFrame } from "../components/OutcomeFrame";
import { OutcomeView } from "../components/OutcomeView";
import { TabHeading } from "../components/TabHeading";
import { workbookBlocker } from "../blockers";
import type { LastRun } from "../use-workbench";

export interface EvaluateTabProps {
  state: WorkbenchState | null;
  running: boolean;
  /** The last rank or validate run, shown here. */
  lastRun: LastRun | null;
  /** Today is in 评议考核: 一键排名 is the primary action (校验 still comes before it, as the guide says). */
  rankPrimary: boolean;
  onRank: () => void;
  onValidate: () => void;
  /** Inside Excel: shows a result sheet. */
  onOpenSheet?: (sheet: string) => void;
  /** Inside Excel: jumps to a finding's cell. */
  onSelect?: (sheet: string, cell: string) => void;
  /** File mode: downloads the result workbook. */
  onDownload?: () => void;
}

/** The 考核 tab's panel content. */
export function EvaluateTab({ state, running, lastRun, rankPrimary, onRank, onValidate, onOpenSheet, onSelect, onDownload }: EvaluateTabProps) {
  const blocked = workbookBlocker(state);
  const reasonId = useId();
  const common = { blocked, running, reasonId };
  const rank = <GuardedButton key="rank" text="一键排名" primary={rankPrimary} onClick={onRank} {...common} />;
  const validate = <GuardedButton key="validate" text="校验" primary={!rankPrimary} onClick={onValidate} {...common} />;
  const shown = lastRun && (lastRun.kind === "rank" || lastRun.kind === "validate") ? lastRun : null;
  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <TabHeading tab="evaluate" intro="先校验、改正错误，再一键排名，生成排名结果和问责名单。" />
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        {validate}
        {rank}
      </Stack>
      {blocked && (
        <Text id={reasonId} variant="small">
          {blocked}
        </Text>
      )}
      {shown && (
        <OutcomeFrame>
          <Stack tokens={{ childrenGap: 12 }}>
            <OutcomeView lastRun={shown} onOpenSheet={onOpenSheet} onDownload={onDownload} />
            <FindingsList findings={shown.outcome.findings} onSelect={onSelect} />
          </Stack>
        </OutcomeFrame>
      )}
    </Stack>
  );
}
