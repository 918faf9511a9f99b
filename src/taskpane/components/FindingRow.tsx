/**
 * One finding of a group: where it is and what it says. In Excel the place is a button that says
 * it jumps there ("跳转到 评议评分!D12"); in file mode there is no workbook to jump in, so the place
 * is plain text that names the cell for the user to find in their own copy.
 */
import { Link, Text } from "@fluentui/react";
import { forwardRef, useId } from "react";
import type { Finding } from "../../domain/findings";
import { placeOf } from "../group-findings";

export interface FindingRowProps {
  finding: Finding;
  /** Jumps to the finding's cell; absent where there is no workbook to jump in (file mode). */
  onSelect?: (finding: Finding) => void;
}

// Wraps the message below the place when the pane is narrow (200% zoom) instead of squeezing it.
const ROW_STYLE = { display: "flex", flexWrap: "wrap", columnGap: 8, alignItems: "baseline", padding: "2px 0", overflowWrap: "anywhere" } as const;

/** A list item: the jump button (or the place in words) and the message, which also describes the button. */
export const FindingRow = forwardRef<HTMLLIElement, FindingRowProps>(function FindingRow({ finding, onSelect }, ref) {
  const messageId = useId();
  const cell = finding.cell || "A1";
  const place = onSelect ? (
    // The visible words are the whole accessible name (WCAG 2.5.3, label in name): the sheet is said on screen too.
    <Link
      onClick={() => onSelect(finding)}
      aria-describedby={messageId}
      styles={{ root: { flexShrink: 0, minWidth: 64, fontSize: 12, textAlign: "left" } }}
    >
      {finding.cell ? `跳转到 ${finding.sheet}!${cell}` : `跳转到 工作表 ${finding.sheet}`}
    </Link>
  ) : (
    <Text variant="small" styles={{ root: { flexShrink: 0, fontWeight: 600 } }}>
      {`位置：${placeOf(finding)}`}
    </Text>
  );
  return (
    // tabIndex -1: "显示更多" moves focus to the first new row, also in file mode where a row has no button.
    <li ref={ref} tabIndex={-1} style={ROW_STYLE}>
      {place}
      <Text variant="small" id={messageId} styles={{ root: { flex: "1 1 10em", minWidth: 0 } }}>
        {finding.message}
      </Text>
    </li>
  );
});
