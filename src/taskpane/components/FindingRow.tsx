/** One finding: severity icon and colour, cell, message; a link that jumps to the cell when it can. */
import { Icon, Link, Stack, Text } from "@fluentui/react";
import { SEVERITY_WORDS, type Finding, type FindingSeverity } from "../../domain/findings";

const LOOK: Record<FindingSeverity, { icon: string; color: string }> = {
  error: { icon: "ErrorBadge", color: "#a4262c" },
  warning: { icon: "Warning", color: "#8a6100" },
  info: { icon: "Info", color: "#605e5c" },
};

export interface FindingRowProps {
  finding: Finding;
  /** Jumps to the finding's cell; absent where there is no workbook to jump in (file mode). */
  onSelect?: (finding: Finding) => void;
}

/** A finding row; clicking it calls onSelect with the finding. */
export function FindingRow({ finding, onSelect }: FindingRowProps) {
  const look = LOOK[finding.severity];
  const where = finding.cell || "整表";
  const body = (
    <Stack horizontal tokens={{ childrenGap: 6 }} verticalAlign="start">
      <Icon
        iconName={look.icon}
        aria-label={SEVERITY_WORDS[finding.severity]}
        title={SEVERITY_WORDS[finding.severity]}
        styles={{ root: { color: look.color, paddingTop: 2 } }}
      />
      <Text variant="small" styles={{ root: { color: look.color, fontWeight: 600, minWidth: 36 } }}>
        {where}
      </Text>
      <Text variant="small">{finding.message}</Text>
    </Stack>
  );
  if (!onSelect) return <div>{body}</div>;
  return (
    <Link
      onClick={() => onSelect(finding)}
      aria-label={`${SEVERITY_WORDS[finding.severity]} ${finding.sheet}!${where}：${finding.message}`}
      styles={{ root: { textAlign: "left", color: "inherit" } }}
    >
      {body}
    </Link>
  );
}
