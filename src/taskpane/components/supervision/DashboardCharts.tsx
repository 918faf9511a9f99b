/**
 * The board's charts (@fluentui/react-charting, the Fluent v8 family): task statuses as a
 * donut, 销号率 by 单位类别 and findings by 督查批次 as bars. Its own chunk: DashboardView
 * loads it lazily. Each chart sits in a figure whose caption says what it shows; the
 * legends and the figures in DashboardView give every value in words.
 */
import { DonutChart, VerticalBarChart } from "@fluentui/react-charting";
import { Stack, Text } from "@fluentui/react";
import type { ReactNode } from "react";
import type { DashboardSummary } from "../../../app/dashboard-operation";
import { STATUS_COLORS, STATUS_ORDER } from "./status-look";

/** The pane is 350 px wide; the charts fit inside its margins. */
const WIDTH = 300;
const HEIGHT = 200;
const BAR_COLOR = "#0078d4";

function Figure({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <figure aria-label={caption} style={{ margin: 0 }}>
      <Text variant="small" as="figcaption" styles={{ root: { fontWeight: 600, display: "block", marginBottom: 4 } }}>
        {caption}
      </Text>
      {children}
    </figure>
  );
}

/** The three charts of the board. */
export default function DashboardCharts({ board }: { board: DashboardSummary }) {
  const count = new Map(board.statusCounts.map((c) => [c.status, c.count]));
  const statuses = STATUS_ORDER.map((status) => ({ legend: status, data: count.get(status) ?? 0, color: STATUS_COLORS[status] }));
  const rates = board.rectification.byCategory.map((c) => ({ x: c.category, y: c.rate ?? 0, legend: c.category, color: BAR_COLOR }));
  const batches = board.batches.map((b) => ({
    x: b.batch.replace("常规督查", "").replace("集中督查", "集中"),
    y: b.found,
    legend: b.batch,
    color: BAR_COLOR,
  }));
  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Figure caption="重点工作状态">
        <DonutChart data={{ chartTitle: "重点工作状态", chartData: statuses }} innerRadius={40} width={WIDTH} height={HEIGHT} hideLabels={false} />
      </Figure>
      {rates.length > 0 && (
        <Figure caption="自查自纠销号率（%，按单位类别）">
          <VerticalBarChart chartTitle="自查自纠销号率" data={rates} width={WIDTH} height={HEIGHT} yMaxValue={100} hideLegend />
        </Figure>
      )}
      <Figure caption="各批次督查发现问题（条）">
        <VerticalBarChart chartTitle="各批次督查发现问题" data={batches} width={WIDTH} height={HEIGHT} hideLegend />
      </Figure>
    </Stack>
  );
}
