/** The summary of a ranking run: how many ranked, unranked, held accountable and to review (per category: RankDetails). */
import { Stack, Text } from "@fluentui/react";
import type { RankSummary } from "../../app/workbench";

/** Counts of a 一键排名 run as a short list. */
export function RankSummaryView({ summary }: { summary: RankSummary }) {
  return (
    <Stack tokens={{ childrenGap: 2 }} aria-label="排名结果摘要">
      <Text>已排名单位：{summary.ranked} 个</Text>
      <Text>未参评：{summary.unranked} 个</Text>
      <Text>问责名单：{summary.accountability} 条</Text>
      <Text>需复核：{summary.needsReview} 条</Text>
    </Stack>
  );
}
