/**
 * The rows both the unit and the office changed since the template went out: each with the
 * master's value and the returned one in words. Nothing was overwritten; the office decides.
 */
import { Stack, Text } from "@fluentui/react";
import type { CollectSummary } from "../../../app/workbench";
import { unitLabel } from "../../collect-words";
import { COLLECT_TABLE } from "./table-style";

/** The conflicts of a batch, or nothing when there are none. */
export function CollectConflicts({ summary }: { summary: CollectSummary }) {
  if (summary.conflicts.length === 0) return null;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text variant="medium" as="h4" styles={{ root: { margin: 0, fontWeight: 600 } }}>
        两边都改过的行（{summary.conflicts.length} 行）
      </Text>
      <Text variant="small">
        这些行在模板发出后，本办在总表中改过，单位也改过。总表保留了现在的内容，单位交回的内容没有写入。请与单位核实哪一个正确；如单位的正确，请在总表中手工改成单位交回的内容。
      </Text>
      {summary.conflicts.map((c, i) => (
        <table key={`${c.file}-${c.sheet}-${c.key}-${i}`} className={COLLECT_TABLE}>
          <caption>
            {unitLabel(c.unitCode, summary.unitNames)}「{c.sheet}」{c.key}
          </caption>
          <tbody>
            <tr>
              <th scope="row">文件</th>
              <td>{c.file}</td>
            </tr>
            <tr>
              <th scope="row">总表现在（保留）</th>
              <td>{c.master}</td>
            </tr>
            <tr>
              <th scope="row">单位交回（未写入）</th>
              <td>{c.returned}</td>
            </tr>
          </tbody>
        </table>
      ))}
    </Stack>
  );
}
