/**
 * The fake's workbook: plain data that tests set up and inspect directly. The proxy
 * objects in the other files change it only while `context.sync()` runs.
 */
import { contains, intersects, parseAddress, type Rect } from "./address";
import { officeError } from "./errors";
import type { FakeValue } from "./values";

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface FakeHyperlink {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

/** One cell; absent format fields mean Excel's defaults (General, not bold, locked). */
export interface FakeCell {
  value: FakeValue;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  /** RangeFormat.verticalAlignment ("Top", …); absent: Excel's "Bottom". */
  vAlign?: string;
  hyperlink?: FakeHyperlink;
}

export interface ValidationEntry {
  rect: Rect;
  rule?: Record<string, unknown>;
  prompt?: { showPrompt?: boolean; title?: string; message?: string };
  errorAlert?: { showAlert?: boolean; style?: string; title?: string; message?: string };
}

/** A conditional format; only the "Custom" kind (a formula with a fill or font colour) is modelled. */
export interface ConditionalFormatEntry {
  id: string;
  type: string;
  rect: Rect;
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
}

export interface ProtectionState {
  protected: boolean;
  options: Record<string, boolean>;
  password?: string;
}

/** Excel's default column width: 8.43 characters, 64 px, 48 points. */
export const DEFAULT_COLUMN_WIDTH = 48;

export class FakeSheet {
  visibility: Visibility = "Visible";
  tabColor = "";
  frozenRows = 0;
  deleted = false;
  protection: ProtectionState = { protected: false, options: {} };
  readonly columnWidths = new Map<number, number>();
  /** Row heights in points set through RangeFormat.rowHeight, by 0-based row (absent: Excel's default). */
  readonly rowHeights = new Map<number, number>();
  validations: ValidationEntry[] = [];
  conditionalFormats: ConditionalFormatEntry[] = [];
  merges: Rect[] = [];
  /**
   * The cell lock, as Excel keeps it for whole ranges: each entry sets `locked` over its
   * rectangle, later entries win, and a cell no entry covers is locked (Excel's default).
   * Kept by rectangle, not per cell, so unlocking input columns to row 1,048,576 costs nothing.
   */
  lockRects: { rect: Rect; locked: boolean }[] = [];
  private readonly rows: (FakeCell | undefined)[][] = [];

  constructor(
    readonly id: string,
    public name: string
  ) {}

  /** The cell at 0-based (row, col), if anything was ever stored there. */
  cellAt(row: number, col: number): FakeCell | undefined {
    return this.rows[row]?.[col];
  }

  /** The cell at 0-based (row, col), created empty when missing. */
  ensure(row: number, col: number): FakeCell {
    const line = (this.rows[row] ??= []);
    return (line[col] ??= { value: null });
  }

  /** Calls `fn` for every stored cell inside `rect` (cells never touched are skipped). */
  forEachStored(rect: Rect, fn: (cell: FakeCell, row: number, col: number) => void): void {
    const last = Math.min(rect.row + rect.rows, this.rows.length);
    for (let r = rect.row; r < last; r++) {
      const line = this.rows[r];
      if (!line) continue;
      const end = Math.min(rect.col + rect.cols, line.length);
      for (let c = rect.col; c < end; c++) {
        const cell = line[c];
        if (cell) fn(cell, r, c);
      }
    }
  }

  /** Removes every stored cell inside `rect`. */
  dropCells(rect: Rect): void {
    this.forEachStored(rect, (_cell, r, c) => {
      delete this.rows[r][c];
    });
  }

  /** Whether the cell at 0-based (row, col) is locked. */
  isLocked(row: number, col: number): boolean {
    for (let i = this.lockRects.length - 1; i >= 0; i--) {
      const { rect, locked } = this.lockRects[i];
      if (row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols) return locked;
    }
    return true;
  }

  /** Sets the lock over `rect` (Range.format.protection.locked, or a format clear resetting it). */
  setLocked(rect: Rect, locked: boolean): void {
    this.lockRects.push({ rect, locked });
  }

  /** True when any cell of `rect` is locked (cells are locked unless unlocked explicitly, as in Excel). */
  anyLocked(rect: Rect): boolean {
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        if (this.isLocked(r, c)) return true;
      }
    }
    return false;
  }

  /** Whether the cell at an A1 address is locked (for tests). */
  lockedAt(address: string): boolean {
    const at = parseAddress(address);
    return this.isLocked(at.row, at.col);
  }

  /**
   * The smallest rectangle holding every value (or, unless `valuesOnly`, every value or
   * format), inside `within` when given (Range.getUsedRange); null when empty.
   */
  usedRect(valuesOnly: boolean, within?: Rect): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const inside = (r: number, c: number) =>
      !within || (r >= within.row && r < within.row + within.rows && c >= within.col && c < within.col + within.cols);
    this.rows.forEach((line, r) =>
      line?.forEach((cell, c) => {
        if (!cell || !inside(r, c)) return;
        const used = cell.value !== null || cell.formula !== undefined || (!valuesOnly && hasFormat(cell));
        if (!used) return;
        top = Math.min(top, r);
        left = Math.min(left, c);
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      })
    );
    return bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  // ---- helpers for tests: set up and inspect without going through the API ----

  /** Stores raw values from `topLeft` on (no parsing; `{error}` makes an error cell). */
  setValues(topLeft: string, rows: FakeValue[][]): this {
    const at = parseAddress(topLeft);
    rows.forEach((line, r) => line.forEach((value, c) => (this.ensure(at.row + r, at.col + c).value = value)));
    return this;
  }

  /** The cell at an A1 address, if stored. */
  cell(address: string): FakeCell | undefined {
    const at = parseAddress(address);
    return this.cellAt(at.row, at.col);
  }

  /** The value at an A1 address (null when empty). */
  value(address: string): FakeValue {
    return this.cell(address)?.value ?? null;
  }

  /** Values from A1 to the bottom-right of the used range (null for empty cells). */
  grid(): FakeValue[][] {
    const used = this.usedRect(true);
    if (!used) return [];
    const out: FakeValue[][] = [];
    for (let r = 0; r < used.row + used.rows; r++) {
      const line: FakeValue[] = [];
      for (let c = 0; c < used.col + used.cols; c++) line.push(this.cellAt(r, c)?.value ?? null);
      out.push(line);
    }
    return out;
  }

  /** The data validation that applies at an A1 address (the last one set wins). */
  validationAt(address: string): ValidationEntry | undefined {
    const at = parseAddress(address);
    return [...this.validations].reverse().find((v) => contains(v.rect, at) && v.rule !== undefined);
  }

  /** Conditional formats that cover any cell of `address`. */
  conditionalFormatsAt(address: string): ConditionalFormatEntry[] {
    const at = parseAddress(address);
    return this.conditionalFormats.filter((f) => intersects(f.rect, at));
  }

  /** A column's width in points, by 0-based index or letters. */
  columnWidth(column: number | string): number {
    const index = typeof column === "number" ? column : parseAddress(`${column}1`).col;
    return this.columnWidths.get(index) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** Marks `address` as a merged area. */
  merge(address: string): this {
    this.merges.push(parseAddress(address));
    return this;
  }

  /** Protects the sheet directly (test setup), as if a user had done it. */
  protect(password?: string): this {
    this.protection = { protected: true, options: {}, password };
    return this;
  }
}

function hasFormat(cell: FakeCell): boolean {
  return (
    cell.numberFormat !== undefined ||
    cell.bold !== undefined ||
    cell.fontColor !== undefined ||
    cell.fill !== undefined ||
    cell.wrap !== undefined ||
    cell.vAlign !== undefined ||
    cell.hyperlink !== undefined
  );
}

const INVALID_NAME = /[[\]:*?/\\]/;

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  active: FakeSheet | null = null;
  selection: { sheet: string; address: string } | null = null;
  private nextId = 1;

  /** Creates a sheet (test setup); sheets may also come from `worksheets.add` through the API. */
  addSheet(name: string): FakeSheet {
    const sheet = this.insert(name, "Workbook.addSheet");
    return sheet;
  }

  /** The sheet called `name` (case-insensitive, as Excel compares names); throws in tests when missing. */
  sheet(name: string): FakeSheet {
    const sheet = this.find(name);
    if (!sheet) throw new Error(`The fake workbook has no sheet ${name}`);
    return sheet;
  }

  find(name: string): FakeSheet | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** Adds a sheet with Excel's checks: a valid, unused name of at most 31 characters. */
  insert(name: string | undefined, location: string): FakeSheet {
    const actual = name ?? this.defaultName();
    this.checkName(actual, location);
    const sheet = new FakeSheet(`{${String(this.nextId++).padStart(8, "0")}}`, actual);
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }

  checkName(name: string, location: string, except?: FakeSheet): void {
    if (name.trim() === "" || name.length > 31 || INVALID_NAME.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw officeError("InvalidArgument", location, `Invalid worksheet name: ${name}`);
    }
    const clash = this.find(name);
    if (clash && clash !== except) throw officeError("ItemAlreadyExists", location);
  }

  /** Deletes a sheet; Excel refuses to delete the last visible one. */
  remove(sheet: FakeSheet, location: string): void {
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) {
      throw officeError("InvalidOperation", location, "A workbook must contain at least one visible worksheet.");
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    sheet.deleted = true;
    if (this.active === sheet) this.active = this.sheets.find((s) => s.visibility === "Visible") ?? null;
  }

  private defaultName(): string {
    let n = this.sheets.length + 1;
    while (this.find(`Sheet${n}`)) n++;
    return `Sheet${n}`;
  }
}
