/**
 * Worksheet.pageLayout (ExcelApi 1.9): orientation, paper size, zoom (fit to pages or a
 * scale), horizontal centring and print title rows, with Excel's checks — enumerations
 * must be known, a scale excludes fitting to pages, and print titles must be whole rows
 * ("$1:$3"). Kept beside each sheet in a WeakMap so the sheet model needs no field; a
 * test reads it with `pageLayoutOf(sheet)`.
 */
import { MAX_ROWS } from "./address";
import { FakeClientObject, requireApi } from "./client-object";
import { officeError } from "./errors";
import type { FakeSheet } from "./model";

export interface FakeZoom {
  horizontalFitToPages?: number | null;
  verticalFitToPages?: number | null;
  scale?: number | null;
}

/** A sheet's page setup as Excel keeps it (Excel's defaults until changed). */
export interface FakePageLayoutState {
  orientation: "Portrait" | "Landscape";
  paperSize: string;
  zoom: FakeZoom;
  centerHorizontally: boolean;
  /** "$1:$3", or null when no rows repeat. */
  printTitleRows: string | null;
  /** headersFooters.defaultForAllPages: the centre header and footer, in Excel's codes ("" when none). */
  centerHeader: string;
  centerFooter: string;
}

const ORIENTATIONS = ["Portrait", "Landscape"];
/** Excel.PaperType values (the common ones; any other name is refused, as Excel refuses unknown enum values). */
const PAPER_TYPES = ["Letter", "LetterSmall", "Tabloid", "Ledger", "Legal", "Statement", "Executive", "A3", "A4", "A4Small", "A5", "B4", "B5"];

const layouts = new WeakMap<FakeSheet, FakePageLayoutState>();

/** The page layout of `sheet` (created with Excel's defaults on first use). */
export function pageLayoutOf(sheet: FakeSheet): FakePageLayoutState {
  let layout = layouts.get(sheet);
  if (!layout) {
    layout = {
      orientation: "Portrait",
      paperSize: "Letter",
      zoom: { scale: 100 },
      centerHorizontally: false,
      printTitleRows: null,
      centerHeader: "",
      centerFooter: "",
    };
    layouts.set(sheet, layout);
  }
  return layout;
}

const fitCount = (n: unknown) => n === null || n === undefined || (typeof n === "number" && Number.isInteger(n) && n >= 0 && n <= 32767);

/** Excel's checks on a zoom: page counts are whole numbers, a scale is 10–400 and excludes fitting. */
function checkZoom(zoom: FakeZoom): void {
  const location = "PageLayout.zoom";
  if (typeof zoom !== "object" || zoom === null) throw officeError("InvalidArgument", location);
  const fits = zoom.horizontalFitToPages != null || zoom.verticalFitToPages != null;
  if (!fitCount(zoom.horizontalFitToPages) || !fitCount(zoom.verticalFitToPages)) throw officeError("InvalidArgument", location);
  if (zoom.scale != null) {
    if (fits) throw officeError("InvalidArgument", location, "A scale cannot be combined with fitting to pages.");
    if (typeof zoom.scale !== "number" || zoom.scale < 10 || zoom.scale > 400) throw officeError("InvalidArgument", location);
  }
}

/** "$1:$3" or "1:3": whole rows, first ≤ last, inside the sheet; anything else Excel refuses. */
function titleRows(address: unknown): string {
  const m = typeof address === "string" ? /^\$?(\d+):\$?(\d+)$/.exec(address.trim()) : null;
  const first = Number(m?.[1]);
  const last = Number(m?.[2]);
  if (!m || first < 1 || last < first || last > MAX_ROWS) throw officeError("InvalidArgument", "PageLayout.setPrintTitleRows");
  return `$${first}:$${last}`;
}

export class FakePageLayout extends FakeClientObject<FakeSheet> {
  protected scalars() {
    return ["orientation", "paperSize", "zoom", "centerHorizontally"] as const;
  }
  protected readScalar(sheet: FakeSheet, property: string): unknown {
    return pageLayoutOf(sheet)[property as "orientation" | "paperSize" | "zoom" | "centerHorizontally"];
  }
  protected override alive(sheet: FakeSheet) {
    return !sheet.deleted;
  }

  private change(property: string, value: unknown, apply: (layout: FakePageLayoutState) => void): void {
    requireApi(this.context, "1.9", `PageLayout.${property}`);
    this.enqueue(property, value, (sheet) => apply(pageLayoutOf(sheet)));
  }

  get orientation(): string {
    return this.read("orientation");
  }
  set orientation(value: string) {
    this.change("orientation", value, (layout) => {
      if (!ORIENTATIONS.includes(value)) throw officeError("InvalidArgument", "PageLayout.orientation");
      layout.orientation = value as FakePageLayoutState["orientation"];
    });
  }
  get paperSize(): string {
    return this.read("paperSize");
  }
  set paperSize(value: string) {
    this.change("paperSize", value, (layout) => {
      if (!PAPER_TYPES.includes(value)) throw officeError("InvalidArgument", "PageLayout.paperSize");
      layout.paperSize = value;
    });
  }
  get zoom(): FakeZoom {
    return this.read("zoom");
  }
  set zoom(value: FakeZoom) {
    this.change("zoom", value, (layout) => {
      checkZoom(value);
      layout.zoom = { ...value };
    });
  }
  get centerHorizontally(): boolean {
    return this.read("centerHorizontally");
  }
  set centerHorizontally(value: boolean) {
    this.change("centerHorizontally", value, (layout) => {
      if (typeof value !== "boolean") throw officeError("InvalidArgument", "PageLayout.centerHorizontally");
      layout.centerHorizontally = value;
    });
  }
  /**
   * headersFooters.defaultForAllPages, write-only here: the centre header and footer. Excel
   * refuses a section over 255 characters (and anything but a string).
   */
  get headersFooters(): { defaultForAllPages: { centerHeader: string; centerFooter: string } } {
    const set = (section: "centerHeader" | "centerFooter", value: unknown) =>
      this.change(`headersFooters.${section}`, value, (layout) => {
        if (typeof value !== "string" || value.length > 255) throw officeError("InvalidArgument", `HeaderFooter.${section}`);
        layout[section] = value;
      });
    const pages = {
      set centerHeader(value: string) {
        set("centerHeader", value);
      },
      set centerFooter(value: string) {
        set("centerFooter", value);
      },
    } as { centerHeader: string; centerFooter: string };
    return { defaultForAllPages: pages };
  }
  /** Whole rows repeated at the top of every printed page ("$1:$3"); only a string address is modelled. */
  setPrintTitleRows(address: string): void {
    this.change("setPrintTitleRows", address, (layout) => (layout.printTitleRows = titleRows(address)));
  }
}
