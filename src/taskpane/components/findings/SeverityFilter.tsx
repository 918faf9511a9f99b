/** Toggle buttons that show all findings or one severity only, each with its count ("错误 2,900"). */
import { DefaultButton, Stack } from "@fluentui/react";
import { SEVERITY_WORDS, type FindingSeverity } from "../../../domain/findings";
import { countText, type SeverityCounts } from "../../group-findings";
import { SEVERITY_LOOK } from "./severity-look";

/** "all" or one severity. */
export type SeverityChoice = FindingSeverity | "all";

export interface SeverityFilterProps {
  counts: SeverityCounts;
  value: SeverityChoice;
  onChange: (value: SeverityChoice) => void;
}

const ORDER: readonly FindingSeverity[] = ["error", "warning", "info"];

const BUTTON_STYLES = { root: { minWidth: 0, padding: "0 8px", height: 28 }, label: { margin: 0, whiteSpace: "nowrap" } } as const;

/** One pressed button at a time (aria-pressed); severities with no finding have no button. */
export function SeverityFilter({ counts, value, onChange }: SeverityFilterProps) {
  const total = counts.error + counts.warning + counts.info;
  return (
    <Stack horizontal wrap tokens={{ childrenGap: 4 }} role="group" aria-label="按严重程度筛选">
      <DefaultButton toggle checked={value === "all"} text={`全部 ${countText(total)}`} onClick={() => onChange("all")} styles={BUTTON_STYLES} />
      {ORDER.filter((s) => counts[s] > 0).map((severity) => (
        <DefaultButton
          key={severity}
          toggle
          checked={value === severity}
          text={`${SEVERITY_WORDS[severity]} ${countText(counts[severity])}`}
          iconProps={{ iconName: SEVERITY_LOOK[severity].icon, styles: { root: { color: SEVERITY_LOOK[severity].color } } }}
          onClick={() => onChange(severity)}
          styles={BUTTON_STYLES}
        />
      ))}
    </Stack>
  );
}
