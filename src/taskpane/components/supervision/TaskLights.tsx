/**
 * The lights of the key tasks: a count per status, then every task with its status word in
 * its colour beside a dot of the same colour (the word carries the meaning; the colour only
 * helps the eye). The tasks to chase come first.
 */
import { Stack, Text } from "@fluentui/react";
import type { TaskLight } from "../../../domain/supervision/dashboard";
import type { TaskStatusWord } from "../../../domain/supervision/task-status";
import { STATUS_COLORS, STATUS_ORDER } from "./status-look";

const LIST_STYLE = { listStyle: "none", margin: 0, padding: 0 } as const;

function Dot({ status }: { status: TaskStatusWord }) {
  return (
    <span
      aria-hidden="true"
      style={{ display: "inline-block", width: 8, height: 8, borderRadius: 4, background: STATUS_COLORS[status], flexShrink: 0, marginTop: 6 }}
    />
  );
}

/** The words of a task's light for a screen reader, in one sentence. */
export function lightLabel(t: TaskLight): string {
  const actual = t.actual === null ? "牵头单位未报送进度" : `实际进度 ${t.actual}%`;
  return `第${t.seq}项，${t.status}：${t.content}；牵头单位 ${t.lead}；完成时限 ${t.deadline}；序时进度 ${t.expected}%，${actual}。`;
}

/** Counts by status and the list of tasks, those to chase first. */
export function TaskLights({ tasks }: { tasks: readonly TaskLight[] }) {
  const rank = (s: TaskStatusWord) => STATUS_ORDER.indexOf(s);
  const sorted = [...tasks].sort((a, b) => rank(a.status) - rank(b.status) || a.seq - b.seq);
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text variant="mediumPlus" as="h3" styles={{ root: { margin: 0 } }}>
        重点工作状态（{tasks.length} 项）
      </Text>
      <ul aria-label="各状态的重点工作数" style={{ ...LIST_STYLE, display: "flex", flexWrap: "wrap", gap: 12 }}>
        {STATUS_ORDER.map((status) => (
          <li key={status} style={{ display: "flex", gap: 4 }}>
            <Dot status={status} />
            <Text variant="small" styles={{ root: { color: STATUS_COLORS[status], fontWeight: 600 } }}>
              {status} {tasks.filter((t) => t.status === status).length} 项
            </Text>
          </li>
        ))}
      </ul>
      <ul aria-label="重点工作列表" style={{ ...LIST_STYLE, display: "flex", flexDirection: "column", gap: 4 }}>
        {sorted.map((t) => (
          <li key={t.seq} aria-label={lightLabel(t)} style={{ display: "flex", gap: 8 }}>
            <Dot status={t.status} />
            <Text variant="small" styles={{ root: { color: STATUS_COLORS[t.status], fontWeight: 600, minWidth: 40 } }}>
              {t.status}
            </Text>
            <Text
              variant="small"
              styles={{ root: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", flex: 1 } }}
              title={t.content}
            >
              {t.seq}. {t.lead}：{t.content}
            </Text>
            <Text variant="small" styles={{ root: { whiteSpace: "nowrap" } }}>
              {t.actual === null ? "—" : `${t.actual}%`}/{t.expected}%
            </Text>
          </li>
        ))}
      </ul>
      <Text variant="small">进度：实际/序时（%）。</Text>
    </Stack>
  );
}
