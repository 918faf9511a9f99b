/** 创建标准工作簿 / 补齐缺失工作表 with its year and sample-data options. */
import { Checkbox, PrimaryButton, SpinButton, Stack, Text } from "@fluentui/react";
import { useEffect, useState } from "react";
import { parseCampaignYear, YEAR_RANGE } from "../../domain/campaign-year";
import type { WorkbenchState } from "../../app/workbench";
import { createActionOf } from "../create-action";

export interface CreateWorkbookPanelProps {
  state: WorkbenchState | null;
  /** The year the field starts at (the workbook's 活动年度, else the default). */
  initialYear: number;
  running: boolean;
  onCreate: (year: number, demo: boolean) => void;
}

/** The create button (label and enabled state from createActionOf), 年度 and 示例数据. */
export function CreateWorkbookPanel({ state, initialYear, running, onCreate }: CreateWorkbookPanelProps) {
  // The box keeps what was typed: a year it cannot read stays visible beside its message, never
  // silently replaced by the previous year or clamped to a bound.
  const [text, setText] = useState(String(initialYear));
  const [demo, setDemo] = useState(false);
  useEffect(() => setText(String(initialYear)), [initialYear]);
  const parsed = parseCampaignYear(text);
  const action = createActionOf(state);

  const commit = (value: string | undefined) => {
    const next = parseCampaignYear(value ?? "");
    setText(next.ok ? String(next.year) : (value ?? ""));
  };
  const step = (delta: number) => (parsed.ok ? String(Math.min(YEAR_RANGE.max, Math.max(YEAR_RANGE.min, parsed.year + delta))) : text);

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      {/* wrap: at 200% zoom the pane is 175 px wide and the two fields go one under the other. */}
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 12 }}>
        <SpinButton
          label="年度"
          value={text}
          min={YEAR_RANGE.min}
          max={YEAR_RANGE.max}
          step={1}
          disabled={running || action.disabled}
          // Commit the typed text as it is; reading it is parseCampaignYear's job, not Fluent's clamping.
          onValidate={(value) => value}
          onIncrement={() => step(1)}
          onDecrement={() => step(-1)}
          onChange={(_e, value) => commit(value)}
          styles={{ root: { width: 110 } }}
          incrementButtonAriaLabel="加一年"
          decrementButtonAriaLabel="减一年"
        />
        <Checkbox label="示例数据" checked={demo} disabled={running || action.disabled} onChange={(_e, checked) => setDemo(!!checked)} />
      </Stack>
      {!parsed.ok && !action.disabled && (
        <Text role="alert" variant="small" styles={{ root: { color: "#a4262c" } }}>
          {parsed.message}
        </Text>
      )}
      <Stack horizontal>
        <PrimaryButton
          text={action.label}
          disabled={running || action.disabled || !parsed.ok}
          onClick={() => parsed.ok && onCreate(parsed.year, demo)}
        />
      </Stack>
      <Text variant="small">{action.hint}</Text>
    </Stack>
  );
}
