/** 创建标准工作簿 / 补齐缺失工作表 with its year and sample-data options. */
import { Checkbox, PrimaryButton, SpinButton, Stack, Text } from "@fluentui/react";
import { useEffect, useState } from "react";
import type { WorkbenchState } from "../../app/workbench";
import { createActionOf } from "../create-action";

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

export interface CreateWorkbookPanelProps {
  state: WorkbenchState | null;
  /** The year the field starts at (the workbook's 活动年度, else the default). */
  initialYear: number;
  running: boolean;
  onCreate: (year: number, demo: boolean) => void;
}

/** The create button (label and enabled state from createActionOf), 年度 and 示例数据. */
export function CreateWorkbookPanel({ state, initialYear, running, onCreate }: CreateWorkbookPanelProps) {
  const [year, setYear] = useState(initialYear);
  const [demo, setDemo] = useState(false);
  useEffect(() => setYear(initialYear), [initialYear]);
  const action = createActionOf(state);

  const onYear = (value: string | undefined) => {
    const parsed = Number(value);
    if (Number.isInteger(parsed) && parsed >= MIN_YEAR && parsed <= MAX_YEAR) setYear(parsed);
  };

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 12 }}>
        <SpinButton
          label="年度"
          value={String(year)}
          min={MIN_YEAR}
          max={MAX_YEAR}
          step={1}
          disabled={running || action.disabled}
          onChange={(_e, value) => onYear(value)}
          styles={{ root: { width: 110 } }}
          incrementButtonAriaLabel="加一年"
          decrementButtonAriaLabel="减一年"
        />
        <Checkbox label="示例数据" checked={demo} disabled={running || action.disabled} onChange={(_e, checked) => setDemo(!!checked)} />
      </Stack>
      <Stack horizontal>
        <PrimaryButton text={action.label} disabled={running || action.disabled} onClick={() => onCreate(year, demo)} />
      </Stack>
      <Text variant="small">{action.hint}</Text>
    </Stack>
  );
}
