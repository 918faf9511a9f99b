/**
 * Charts (ExcelApi 1.1), strict like the rest of the fake: `worksheet.charts.add(type,
 * sourceData, seriesBy)` fails with InvalidArgument for an unknown type or series
 * direction, a source range on another sheet, or a source range with no value in it (Excel
 * will not plot nothing); a protected sheet refuses new charts unless it allows editing
 * objects. Each call travels in the request and counts in its payload. Charts are kept per
 * sheet (the sheet object, so a chart follows its sheet through a rename) for tests to
 * inspect with `chartsOf`.
 */
import { localAddress, parseAddress, type Rect } from "./address";
import { FakeClientObject, requireApi } from "./client-object";
import type { FakeRequestContext, PendingLoad } from "./context";
import { officeError } from "./errors";
import type { RangeEntity } from "./guards";
import type { FakeSheet } from "./model";
import { FakeRange } from "./range";

/** The chart types the fake knows (Excel has more; an add-in using another one extends this list). */
const CHART_TYPES = ["ColumnClustered", "ColumnStacked", "BarClustered", "BarStacked", "Line", "Pie", "Doughnut"];
const SERIES_BY = ["Auto", "Columns", "Rows"];

/** One chart as the workbook holds it. */
export interface FakeChartEntry {
  id: string;
  name: string;
  chartType: string;
  seriesBy: string;
  /** The source cells (always on the chart's own sheet). */
  source: Rect;
  title: string | null;
  /** The cells the chart covers, from setPosition; null until placed. */
  position: { start: Rect; end: Rect } | null;
}

const bySheet = new WeakMap<FakeSheet, FakeChartEntry[]>();
let nextId = 1;

/** The charts of a sheet, in the order they were added. */
export function chartsOf(sheet: FakeSheet): FakeChartEntry[] {
  let list = bySheet.get(sheet);
  if (!list) bySheet.set(sheet, (list = []));
  return list;
}

/** The source address of a chart, as A1 ("A5:B9"). */
export function chartSourceAddress(chart: FakeChartEntry): string {
  return localAddress(chart.source);
}

type Entry = { sheet: FakeSheet; chart: FakeChartEntry };

export class FakeChartTitle extends FakeClientObject<Entry> {
  protected scalars() {
    return ["text"];
  }
  protected readScalar(entry: Entry): unknown {
    return entry.chart.title;
  }
  get text(): string {
    return this.read("text");
  }
  set text(value: string) {
    if (typeof value !== "string") throw officeError("InvalidArgument", "ChartTitle.text");
    this.enqueue("text", value, (entry) => (entry.chart.title = value));
  }
}

export class FakeChart extends FakeClientObject<Entry> {
  readonly title = new FakeChartTitle(this.context, () => this.resolve(), "ChartTitle");

  protected scalars() {
    return ["id", "name", "chartType"];
  }
  protected readScalar(entry: Entry, property: string): unknown {
    return entry.chart[property as "id" | "name" | "chartType"];
  }
  protected override child(name: string) {
    return name === "title" ? this.title : undefined;
  }
  protected override alive(entry: Entry) {
    return !entry.sheet.deleted && chartsOf(entry.sheet).includes(entry.chart);
  }
  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  get chartType(): string {
    return this.read("chartType");
  }

  /** Places the chart over the cells from `startCell` to `endCell` (default: the start cell), on its own sheet. */
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    this.enqueue("setPosition", { startCell, endCell }, (entry) => {
      const start = cellOf(startCell, entry.sheet);
      const end = endCell === undefined ? start : cellOf(endCell, entry.sheet);
      if (end.row < start.row || end.col < start.col) throw officeError("InvalidArgument", "Chart.setPosition");
      entry.chart.position = { start, end };
    });
  }
  delete(): void {
    this.enqueue("delete", null, (entry) => {
      const list = chartsOf(entry.sheet);
      list.splice(list.indexOf(entry.chart), 1);
    });
  }
}

export class FakeChartCollection extends FakeClientObject<FakeSheet> {
  protected scalars() {
    return ["count"];
  }
  protected readScalar(sheet: FakeSheet): unknown {
    return chartsOf(sheet).length;
  }
  protected override alive(sheet: FakeSheet) {
    return !sheet.deleted;
  }
  get count(): number {
    return this.read("count");
  }
  get items(): FakeChart[] {
    return this.read("items");
  }

  /** Creates a chart over `sourceData`; every check is made when the request is applied, as Excel does. */
  add(type: string, sourceData: FakeRange, seriesBy?: string): FakeChart {
    requireApi(this.context, "1.1", "ChartCollection.add");
    let created: Entry | null = null;
    this.enqueue("add", { type, sourceData, seriesBy }, (sheet) => {
      if (!CHART_TYPES.includes(type)) throw officeError("InvalidArgument", "ChartCollection.add", `Unknown chart type: ${type}`);
      if (seriesBy !== undefined && !SERIES_BY.includes(seriesBy)) throw officeError("InvalidArgument", "ChartCollection.add");
      const source = sourceOf(sourceData, sheet);
      if (sheet.protection.protected && sheet.protection.options.allowEditObjects !== true) {
        throw officeError("AccessDenied", "ChartCollection.add", "The cell or chart you're trying to change is protected and therefore read-only.");
      }
      const chart: FakeChartEntry = {
        id: `{chart-${nextId}}`,
        name: `图表 ${nextId++}`,
        chartType: type,
        seriesBy: seriesBy ?? "Auto",
        source: { ...source.rect },
        title: null,
        position: null,
      };
      chartsOf(sheet).push(chart);
      created = { sheet, chart };
    });
    return new FakeChart(this.context, () => created, "Chart");
  }

  override collect(paths: readonly string[], pending: PendingLoad[]): void {
    if (this.resolve() === null) return;
    const sheet = this.target("ChartCollection.load");
    const sub = paths.map((p) => (p.startsWith("items/") ? p.slice(6) : p)).filter((p) => p !== "items");
    if (sub.length === 1 && sub[0] === "count") {
      super.collect(sub, pending);
      return;
    }
    const items = chartsOf(sheet).map((chart) => new FakeChart(this.context, () => ({ sheet, chart }), "Chart"));
    items.forEach((item) => item.collect(sub.length > 0 ? sub : ["id", "name", "chartType"], pending));
    pending.push({ bytes: 2, commit: () => this.loaded.set("items", items) });
  }
}

/** The source range of a new chart: a range proxy on the chart's sheet, holding at least one value. */
function sourceOf(sourceData: unknown, sheet: FakeSheet): RangeEntity {
  if (!(sourceData instanceof FakeRange)) throw officeError("InvalidArgument", "ChartCollection.add", "sourceData must be a Range.");
  const entity = sourceData.resolve();
  if (entity === null || entity.sheet.deleted) throw officeError("ItemNotFound", "ChartCollection.add");
  if (entity.sheet !== sheet) throw officeError("InvalidArgument", "ChartCollection.add", "The source range is not on the chart's worksheet.");
  let values = 0;
  entity.sheet.forEachStored(entity.rect, (cell) => {
    if (cell.value !== null && cell.value !== "") values++;
  });
  if (values === 0) throw officeError("InvalidArgument", "ChartCollection.add", "The source range is empty.");
  return entity;
}

/** One cell of `sheet`, given as a range proxy or an address. */
function cellOf(cell: FakeRange | string, sheet: FakeSheet): Rect {
  const rect = typeof cell === "string" ? parseAddress(cell) : cell.resolve()?.rect;
  const onSheet = typeof cell === "string" || cell.resolve()?.sheet === sheet;
  if (!rect || !onSheet) throw officeError("InvalidArgument", "Chart.setPosition", "The cell is not on the chart's worksheet.");
  return { row: rect.row, col: rect.col, rows: 1, cols: 1 };
}

/** The chart collection of a worksheet proxy. */
export function chartCollection(context: FakeRequestContext, sheet: () => FakeSheet | null): FakeChartCollection {
  return new FakeChartCollection(context, sheet, "ChartCollection");
}
