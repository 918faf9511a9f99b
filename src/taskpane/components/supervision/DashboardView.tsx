/**
 * 工作看板 in the pane: the board's figures in words, then its charts. The charts come from
 * @fluentui/react-charting, loaded only when a board is shown (its own chunk), so the pane
 * starts small; the words above them carry every figure, so nothing rests on a chart alone.
 */
import { Spinner, Stack, Text } from "@fluentui/react";
import { lazy, Suspense } from "react";
import type { DashboardSummary } from "../../../app/dashboard-operation";
import { monthDay } from "../../../domain/campaign";
import { ChartBoundary } from "./ChartBoundary";

const DashboardCharts = lazy(() => import(/* webpackChunkName: "dashboard-charts" */ "./DashboardCharts"));

const rate = (r: number | null) => (r === null ? "—" : `${r}%`);

/** The board's lines of figures and, lazily, its charts. */
export function DashboardView({ board }: { board: DashboardSummary }) {
  const { stage, plans, rectification, batches } = board;
  const found = batches.reduce((sum, b) => sum + b.found, 0);
  const circulated = batches.reduce((sum, b) => sum + b.circulated, 0);
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text variant="mediumPlus" as="h3" styles={{ root: { margin: 0 } }}>
        工作看板（数据截至 {board.asOf}）
      </Text>
      <Text variant="small">
        {stage ? `当前阶段：${stage.name}（${monthDay(stage.from)}–${monthDay(stage.to)}）` : `${board.asOf} 不在${board.year}年活动期内`}
      </Text>
      <Text variant="small">
        实施方案：应报送 {plans.due} 个单位，已报送 {plans.onTime + plans.late} 个（报送率 {rate(plans.submittedRate)}），按时 {plans.onTime} 个（
        {rate(plans.onTimeRate)}）
      </Text>
      <Text variant="small">
        自查自纠：查找问题 {rectification.total.found} 个，已整改销号 {rectification.total.closed} 个（销号率 {rate(rectification.total.rate)}
        ），逾期未整改 {rectification.total.overdue} 个
      </Text>
      <Text variant="small">
        督查：各批次共发现问题 {found} 条，其中通报 {circulated} 条
      </Text>
      <ChartBoundary>
        <Suspense fallback={<Spinner label="正在加载图表…" />}>
          <DashboardCharts board={board} />
        </Suspense>
      </ChartBoundary>
    </Stack>
  );
}
