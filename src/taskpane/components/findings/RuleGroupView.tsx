/**
 * One group of findings ("错误 得分超出范围 ×2,900"): a disclosure button that shows its cells a page
 * at a time, so 3,000 cells never become 3,000 DOM nodes at once. "显示更多" moves focus to the first
 * new row, so a keyboard user continues where the list grew instead of starting over.
 */
import { Icon, Link, Text } from "@fluentui/react";
import { useEffect, useId, useRef, useState } from "react";
import { SEVERITY_WORDS, type Finding } from "../../../domain/findings";
import { countText, type RuleGroup } from "../../group-findings";
import { FindingRow } from "../FindingRow";
import { SEVERITY_LOOK } from "./severity-look";

/** Cells shown at first and added by each "显示更多". */
export const DEFAULT_PAGE_SIZE = 50;

export interface RuleGroupViewProps {
  group: RuleGroup;
  onSelect?: (finding: Finding) => void;
  pageSize?: number;
}

const HEADER_STYLE = {
  display: "flex",
  gap: 6,
  flexWrap: "wrap",
  alignItems: "baseline",
  width: "100%",
  padding: "6px 4px",
  border: "none",
  background: "transparent",
  textAlign: "left",
  font: "inherit",
  cursor: "pointer",
  color: "#323130",
} as const;

/** The group's header and, once expanded, its cells page by page. A group of one finding starts expanded. */
export function RuleGroupView({ group, onSelect, pageSize = DEFAULT_PAGE_SIZE }: RuleGroupViewProps) {
  const [expanded, setExpanded] = useState(group.findings.length === 1);
  const [shown, setShown] = useState(pageSize);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const rows = useRef<(HTMLLIElement | null)[]>([]);
  const listId = useId();
  const look = SEVERITY_LOOK[group.severity];
  const word = SEVERITY_WORDS[group.severity];
  const count = group.findings.length;
  const visible = group.findings.slice(0, shown);
  const rest = count - visible.length;

  useEffect(() => {
    if (focusRow === null) return;
    const row = rows.current[focusRow];
    (row?.querySelector<HTMLElement>("button, a") ?? row)?.focus();
    setFocusRow(null);
  }, [focusRow]);

  const more = () => {
    setFocusRow(shown);
    setShown(shown + pageSize);
  };

  return (
    <div>
      <button
        type="button"
        aria-expanded={expanded}
        aria-controls={expanded ? listId : undefined}
        onClick={() => setExpanded(!expanded)}
        style={HEADER_STYLE}
      >
        <Icon iconName={expanded ? "ChevronDown" : "ChevronRight"} aria-hidden styles={{ root: { fontSize: 10 } }} />
        <Icon iconName={look.icon} aria-hidden styles={{ root: { color: look.color } }} />
        {/* The visible words are the whole accessible name (WCAG 2.5.3, label in name): "错误：得分超出范围，共 2,900 处". */}
        <Text styles={{ root: { color: look.color, fontWeight: 600, flexShrink: 0 } }}>{word}：</Text>
        {/* Title and count wrap below the severity when the pane is narrow (200% zoom), never one character a line. */}
        <Text styles={{ root: { flex: "1 1 8em", minWidth: 0, overflowWrap: "anywhere" } }}>{`${group.title}，共 ${countText(count)} 处`}</Text>
      </button>
      {expanded && (
        <div id={listId} style={{ paddingLeft: 20 }}>
          <ul
            aria-label={`${group.title}：第 1–${visible.length} 处，共 ${countText(count)} 处`}
            style={{ margin: 0, padding: 0, listStyle: "none" }}
          >
            {visible.map((finding, i) => (
              <FindingRow
                key={`${finding.cell}-${i}`}
                ref={(el) => {
                  rows.current[i] = el;
                }}
                finding={finding}
                onSelect={onSelect}
              />
            ))}
          </ul>
          {rest > 0 && (
            <Link onClick={more} styles={{ root: { fontSize: 12, marginTop: 4 } }}>
              {`显示更多（再显示 ${countText(Math.min(rest, pageSize))} 处，还剩 ${countText(rest)} 处）`}
            </Link>
          )}
        </div>
      )}
    </div>
  );
}
