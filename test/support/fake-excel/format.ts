/**
 * Range formatting proxies: font, fill, wrap, vertical alignment, column width, row height
 * and the cell lock. On a
 * protected sheet formatting needs the matching protection option, and the lock
 * itself cannot change at all (unlock input cells before protecting, as in Excel).
 */
import { FakeClientObject } from "./client-object";
import type { FakeRequestContext } from "./context";
import { officeError } from "./errors";
import { DEFAULT_COLUMN_WIDTH, type FakeCell } from "./model";

/** Excel's default row height (Calibri 11). */
const DEFAULT_ROW_HEIGHT = 15;
import { guardFormat, type RangeEntity } from "./guards";

type CellKey = "bold" | "fontColor" | "fill" | "wrap" | "vAlign";

/** Excel.VerticalAlignment values; Excel refuses any other. */
const VERTICAL_ALIGNMENTS = ["Top", "Center", "Bottom", "Justify", "Distributed"];

/** Excel's answer for a property over several cells: the common value, or null when they differ. */
function uniform(entity: RangeEntity, read: (cell: FakeCell | undefined) => unknown): unknown {
  const { rect, sheet } = entity;
  let first: unknown;
  for (let r = rect.row; r < rect.row + Math.min(rect.rows, 100_000); r++) {
    for (let c = rect.col; c < rect.col + Math.min(rect.cols, 1000); c++) {
      const value = read(sheet.cellAt(r, c));
      if (r === rect.row && c === rect.col) first = value;
      else if (value !== first) return null;
    }
  }
  return first;
}

function setCells(entity: RangeEntity, key: CellKey, value: unknown): void {
  const { rect, sheet } = entity;
  if (rect.rows * rect.cols > 2_000_000) throw officeError("GeneralException", "RangeFormat", "The fake does not format whole columns cell by cell.");
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.col; c < rect.col + rect.cols; c++) {
      (sheet.ensure(r, c) as unknown as Record<string, unknown>)[key] = value;
    }
  }
}

/** One cell property exposed as a proxy property: `key` in the model, `property` in Office.js. */
abstract class CellProperties extends FakeClientObject<RangeEntity> {
  protected abstract readonly keys: Record<string, { key: CellKey; fallback: unknown }>;
  protected scalars() {
    return Object.keys(this.keys);
  }
  protected readScalar(entity: RangeEntity, property: string): unknown {
    const { key, fallback } = this.keys[property];
    return uniform(entity, (cell) => cell?.[key] ?? fallback);
  }
  protected override alive(entity: RangeEntity) {
    return !entity.sheet.deleted;
  }
  protected set(property: string, value: unknown, check: (entity: RangeEntity, location: string) => void): void {
    this.enqueue(property, value, (entity) => {
      check(entity, `${this.entityName}.${property}`);
      setCells(entity, this.keys[property].key, value);
    });
  }
}

const formatCells = (entity: RangeEntity, location: string) => guardFormat(entity, "allowFormatCells", location);

export class FakeRangeFont extends CellProperties {
  protected readonly keys = { bold: { key: "bold" as const, fallback: false }, color: { key: "fontColor" as const, fallback: "#000000" } };
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(value: boolean) {
    this.set("bold", value, formatCells);
  }
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.set("color", value, formatCells);
  }
}

export class FakeRangeFill extends CellProperties {
  protected readonly keys = { color: { key: "fill" as const, fallback: null } };
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.set("color", value, formatCells);
  }
  clear(): void {
    this.set("color", undefined, formatCells);
  }
}

export class FakeFormatProtection extends FakeClientObject<RangeEntity> {
  protected scalars() {
    return ["locked"];
  }
  /** Excel's answer over several cells: the common lock, or null when they differ. */
  protected readScalar(entity: RangeEntity): unknown {
    const { rect, sheet } = entity;
    const first = sheet.isLocked(rect.row, rect.col);
    for (let r = rect.row; r < rect.row + Math.min(rect.rows, 100_000); r++) {
      for (let c = rect.col; c < rect.col + Math.min(rect.cols, 1000); c++) if (sheet.isLocked(r, c) !== first) return null;
    }
    return first;
  }
  protected override alive(entity: RangeEntity) {
    return !entity.sheet.deleted;
  }
  get locked(): boolean {
    return this.read("locked");
  }
  /** Excel refuses to change the lock while the sheet is protected. */
  set locked(value: boolean) {
    this.enqueue("locked", value, (entity) => {
      if (entity.sheet.protection.protected) throw officeError("AccessDenied", "FormatProtection.locked");
      entity.sheet.setLocked(entity.rect, value);
    });
  }
}

export class FakeRangeFormat extends CellProperties {
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;
  readonly protection: FakeFormatProtection;
  protected readonly keys = {
    wrapText: { key: "wrap" as const, fallback: false },
    verticalAlignment: { key: "vAlign" as const, fallback: "Bottom" },
  };

  constructor(context: FakeRequestContext, resolver: () => RangeEntity | null, name: string) {
    super(context, resolver, name);
    this.font = new FakeRangeFont(context, resolver, "RangeFont");
    this.fill = new FakeRangeFill(context, resolver, "RangeFill");
    this.protection = new FakeFormatProtection(context, resolver, "FormatProtection");
  }

  protected override scalars() {
    return ["wrapText", "verticalAlignment", "columnWidth", "rowHeight"];
  }
  protected override readScalar(entity: RangeEntity, property: string): unknown {
    if (property === "columnWidth") return entity.sheet.columnWidths.get(entity.rect.col) ?? DEFAULT_COLUMN_WIDTH;
    if (property === "rowHeight") return entity.sheet.rowHeights.get(entity.rect.row) ?? DEFAULT_ROW_HEIGHT;
    return super.readScalar(entity, property);
  }
  protected override child(name: string) {
    return ({ font: this.font, fill: this.fill, protection: this.protection } as Record<string, FakeClientObject<unknown>>)[name];
  }

  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(value: boolean) {
    this.set("wrapText", value, formatCells);
  }
  get verticalAlignment(): string {
    return this.read("verticalAlignment");
  }
  set verticalAlignment(value: string) {
    this.set("verticalAlignment", value, (entity, location) => {
      formatCells(entity, location);
      if (!VERTICAL_ALIGNMENTS.includes(value)) throw officeError("InvalidArgument", location);
    });
  }
  /** Width in points of every column of the range. */
  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(points: number) {
    this.enqueue("columnWidth", points, (entity) => {
      guardFormat(entity, "allowFormatColumns", "RangeFormat.columnWidth");
      if (typeof points !== "number" || !(points >= 0) || points > 255 * 7.5) throw officeError("InvalidArgument", "RangeFormat.columnWidth");
      for (let c = entity.rect.col; c < entity.rect.col + entity.rect.cols; c++) entity.sheet.columnWidths.set(c, points);
    });
  }
  /** Height in points of every row of the range (Excel: 0 to 409). */
  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(points: number) {
    this.enqueue("rowHeight", points, (entity) => {
      guardFormat(entity, "allowFormatRows", "RangeFormat.rowHeight");
      if (typeof points !== "number" || !(points >= 0) || points > 409) throw officeError("InvalidArgument", "RangeFormat.rowHeight");
      for (let r = entity.rect.row; r < entity.rect.row + entity.rect.rows; r++) entity.sheet.rowHeights.set(r, points);
    });
  }
  /** Fits each column to its longest text, about 7 px a character (points = px × 0.75). */
  autofitColumns(): void {
    this.enqueue("autofitColumns", null, (entity) => {
      guardFormat(entity, "allowFormatColumns", "RangeFormat.autofitColumns");
      for (let c = entity.rect.col; c < entity.rect.col + entity.rect.cols; c++) {
        let longest = 0;
        entity.sheet.forEachStored({ ...entity.rect, col: c, cols: 1 }, (cell) => (longest = Math.max(longest, String(cell.value ?? "").length)));
        entity.sheet.columnWidths.set(c, longest === 0 ? DEFAULT_COLUMN_WIDTH : (longest * 7 + 5) * 0.75);
      }
    });
  }
}
