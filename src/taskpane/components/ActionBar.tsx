/** The two actions on an existing workbook: 一键排名 and 校验. */
import { DefaultButton, PrimaryButton, Stack } from "@fluentui/react";

export interface ActionBarProps {
  disabled: boolean;
  onRank: () => void;
  onValidate: () => void;
}

/** 一键排名 (primary) and 校验, both disabled while an action runs. */
export function ActionBar({ disabled, onRank, onValidate }: ActionBarProps) {
  return (
    <Stack horizontal tokens={{ childrenGap: 8 }}>
      <PrimaryButton text="一键排名" iconProps={{ iconName: "Trophy2" }} disabled={disabled} onClick={onRank} />
      <DefaultButton text="校验" iconProps={{ iconName: "CheckList" }} disabled={disabled} onClick={onValidate} />
    </Stack>
  );
}
