/** Workbook, worksheet collection, worksheet, protection and freeze panes proxies. */
import { checked, parseAddress, MAX_COLS, MAX_ROWS } from "./address";
import { chartCollection } from "./charts";
import { FakeClientObject, requireApi, type Creation } from "./client-object";
import { opBytes, type FakeRequestContext, type PendingLoad } from "./context";
import { officeError } from "./errors";
import type { FakeSheet, FakeWorkbook, Visibility } from "./model";
import type { RangeEntity } from "./guards";
import { FakePageBreakCollection } from "./page-breaks";
import { FakePageLayout } from "./page-layout";
import { FakeRange } from "./range";
import { itemsBytes } from "./wire";

const VISIBILITIES: readonly Visibility[] = ["Visible", "Hidden", "VeryHidden"];

export class FakeWorksheetProtection extends FakeClientObject<FakeSheet> {
  protected scalars() {
    return ["protected", "options"] as const;
  }
  protected readScalar(sheet: FakeSheet, property: string): unknown {
    return property === "protected" ? sheet.protection.protected : sheet.protection.options;
  }
  protected override alive(sheet: FakeSheet) {
    return !sheet.deleted;
  }
  get protected(): boolean {
    return this.read("protected");
  }
  get options(): Record<string, boolean> {
    return this.read("options");
  }
  /** Excel fails on a sheet that is already protected. */
  protect(options?: Record<string, boolean>, password?: string): void {
    requireApi(this.context, "1.2", "WorksheetProtection.protect");
    this.enqueue("protect", { options, password }, (sheet) => {
      if (sheet.protection.protected) throw officeError("AccessDenied", "WorksheetProtection.protect");
      sheet.protection = { protected: true, options: { ...(options ?? {}) }, password };
    });
  }
  /** Excel fails on a sheet that is not protected, and on a wrong password. */
  unprotect(password?: string): void {
    requireApi(this.context, "1.2", "WorksheetProtection.unprotect");
    this.enqueue("unprotect", { password }, (sheet) => {
      if (!sheet.protection.protected) throw officeError("AccessDenied", "WorksheetProtection.unprotect");
      if ((sheet.protection.password ?? "") !== (password ?? "")) {
        throw officeError("InvalidArgument", "WorksheetProtection.unprotect", "The password is incorrect.");
      }
      sheet.protection = { protected: false, options: {} };
    });
  }
}

export class FakeWorksheetFreezePanes extends FakeClientObject<FakeSheet> {
  protected scalars() {
    return [] as const;
  }
  protected readScalar(): unknown {
    return undefined;
  }
  freezeRows(count: number): void {
    requireApi(this.context, "1.7", "WorksheetFreezePanes.freezeRows");
    this.enqueue("freezeRows", { count }, (sheet) => {
      if (!Number.isInteger(count) || count < 0 || count > MAX_ROWS) throw officeError("InvalidArgument", "WorksheetFreezePanes.freezeRows");
      sheet.frozenRows = count;
    });
  }
  unfreeze(): void {
    requireApi(this.context, "1.7", "WorksheetFreezePanes.unfreeze");
    this.enqueue("unfreeze", null, (sheet) => (sheet.frozenRows = 0));
  }
}

export class FakeWorksheet extends FakeClientObject<FakeSheet> {
  readonly protection = new FakeWorksheetProtection(this.context, () => this.resolve(), "WorksheetProtection");
  readonly freezePanes = new FakeWorksheetFreezePanes(this.context, () => this.resolve(), "WorksheetFreezePanes");
  /** Charts: ./charts. */
  readonly charts = chartCollection(this.context, () => this.resolve());
  readonly pageLayout = new FakePageLayout(this.context, () => this.resolve(), "PageLayout");
  readonly horizontalPageBreaks = new FakePageBreakCollection(this.context, () => this.resolve(), "PageBreakCollection");

  protected scalars() {
    return ["name", "id", "visibility", "position", "tabColor"] as const;
  }
  protected readScalar(sheet: FakeSheet, property: string): unknown {
    if (property === "position") return this.book().sheets.indexOf(sheet);
    return sheet[property as "name" | "id" | "visibility" | "tabColor"];
  }
  protected override child(name: string) {
    return (
      { protection: this.protection, pageLayout: this.pageLayout, horizontalPageBreaks: this.horizontalPageBreaks } as Record<
        string,
        FakeClientObject<unknown>
      >
    )[name];
  }
  protected override alive(sheet: FakeSheet) {
    return !sheet.deleted;
  }
  private book(): FakeWorkbook {
    return this.context.state.workbook;
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.enqueue("name", value, (sheet) => {
      this.book().checkName(value, "Worksheet.name", sheet);
      sheet.name = value;
    });
  }
  get id(): string {
    return this.read("id");
  }
  get visibility(): Visibility {
    return this.read("visibility");
  }
  set visibility(value: Visibility) {
    // ExcelApi 1.1 reads visibility; setting it needs 1.2.
    requireApi(this.context, "1.2", "Worksheet.visibility");
    this.enqueue("visibility", value, (sheet) => {
      if (!VISIBILITIES.includes(value)) throw officeError("InvalidArgument", "Worksheet.visibility");
      const others = this.book().sheets.filter((s) => s !== sheet && s.visibility === "Visible");
      if (value !== "Visible" && others.length === 0) {
        throw officeError("InvalidOperation", "Worksheet.visibility", "A workbook must contain at least one visible worksheet.");
      }
      sheet.visibility = value;
      if (value !== "Visible" && this.book().active === sheet) this.book().active = others[0];
    });
  }
  get position(): number {
    return this.read("position");
  }
  set position(value: number) {
    this.enqueue("position", value, (sheet) => {
      const sheets = this.book().sheets;
      if (!Number.isInteger(value) || value < 0 || value >= sheets.length) throw officeError("InvalidArgument", "Worksheet.position");
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(value, 0, sheet);
    });
  }
  get tabColor(): string {
    return this.read("tabColor");
  }
  set tabColor(value: string) {
    requireApi(this.context, "1.7", "Worksheet.tabColor");
    this.enqueue("tabColor", value, (sheet) => (sheet.tabColor = value));
  }

  delete(): void {
    this.enqueue("delete", null, (sheet) => this.book().remove(sheet, "Worksheet.delete"));
  }
  /** Excel cannot show a hidden sheet: activating one fails. */
  activate(): void {
    this.enqueue("activate", null, (sheet) => {
      if (sheet.visibility !== "Visible") throw officeError("InvalidOperation", "Worksheet.activate", "A hidden worksheet cannot be activated.");
      this.book().active = sheet;
    });
  }

  /** The range at `address`, or the whole sheet. */
  getRange(address?: string): FakeRange {
    return this.range(() => (address === undefined ? { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS } : parseAddress(address)), {
      method: "GetRange",
      args: address ?? null,
    });
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    requireApi(this.context, "1.7", "Worksheet.getRangeByIndexes");
    return this.range(() => checked({ row: startRow, col: startColumn, rows: rowCount, cols: columnCount }, "getRangeByIndexes"), {
      method: "GetRangeByIndexes",
      args: [startRow, startColumn, rowCount, columnCount],
    });
  }
  getCell(row: number, column: number): FakeRange {
    return this.range(() => checked({ row, col: column, rows: 1, cols: 1 }, "getCell"), { method: "GetCell", args: [row, column] });
  }
  /** The used range, or a null object on an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    requireApi(this.context, "1.4", "Worksheet.getUsedRangeOrNullObject");
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.resolve();
        const rect = sheet?.usedRect(valuesOnly ?? false);
        return sheet && rect ? { sheet, rect } : null;
      },
      { method: "GetUsedRangeOrNullObject", args: valuesOnly ?? null }
    );
  }
  /** The used range; A1 on an empty sheet (as Excel). */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.range(() => this.resolve()?.usedRect(valuesOnly ?? false) ?? { row: 0, col: 0, rows: 1, cols: 1 }, {
      method: "GetUsedRange",
      args: valuesOnly ?? null,
    });
  }

  private range(rect: () => RangeEntity["rect"], creation: Creation): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.resolve();
        return sheet ? { sheet, rect: rect() } : null;
      },
      creation
    );
  }
}

export class FakeWorksheetCollection extends FakeClientObject<FakeWorkbook> {
  protected scalars() {
    return [] as const;
  }
  protected readScalar(): unknown {
    return undefined;
  }
  get items(): FakeWorksheet[] {
    return this.read("items");
  }

  /** `load("items/name")`, `load("name")` or `load("items/protection/protected")`: one proxy per sheet. */
  override collect(paths: readonly string[], pending: PendingLoad[]): void {
    const book = this.context.state.workbook;
    const sub = paths.map((p) => (p.startsWith("items/") ? p.slice(6) : p)).filter((p) => p !== "items");
    const items = book.sheets.map((sheet) => new FakeWorksheet(this.context, () => sheet, "Worksheet"));
    items.forEach((item) => {
      this.context.touch(item);
      item.collect(sub.length > 0 ? sub : ["name", "id", "visibility", "position", "tabColor"], pending);
    });
    pending.push({ bytes: itemsBytes(items.length), commit: () => this.loaded.set("items", items) });
  }

  add(name?: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    this.context.queue({
      label: "WorksheetCollection.add",
      bytes: opBytes("WorksheetCollection.add", name ?? null),
      apply: () => {
        created = this.context.state.workbook.insert(name, "WorksheetCollection.add");
      },
    });
    return new FakeWorksheet(this.context, () => created ?? null, "Worksheet", { method: "Add", args: name ?? null });
  }
  /** ItemNotFound at sync when the sheet does not exist. */
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () => {
        const sheet = this.context.state.workbook.find(name);
        if (!sheet) throw officeError("ItemNotFound", "WorksheetCollection.getItem");
        return sheet;
      },
      "Worksheet",
      { method: "GetItem", args: name }
    );
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    requireApi(this.context, "1.4", "WorksheetCollection.getItemOrNullObject");
    return new FakeWorksheet(this.context, () => this.context.state.workbook.find(name) ?? null, "Worksheet", {
      method: "GetItemOrNullObject",
      args: name,
    });
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () => {
        const sheet = this.context.state.workbook.active;
        if (!sheet) throw officeError("ItemNotFound", "WorksheetCollection.getActiveWorksheet");
        return sheet;
      },
      "Worksheet",
      { method: "GetActiveWorksheet" }
    );
  }
}

export class FakeApplication {
  constructor(private readonly context: FakeRequestContext) {}

  /** Counted by the fake so a test can see that an operation used it (ExcelApi 1.6). */
  suspendApiCalculationUntilNextSync(): void {
    requireApi(this.context, "1.6", "Application.suspendApiCalculationUntilNextSync");
    this.context.queue({
      label: "Application.suspendApiCalculationUntilNextSync",
      bytes: opBytes("suspendApiCalculationUntilNextSync", null),
      apply: () => {
        this.context.state.calculationSuspensions++;
      },
    });
  }
}

export class FakeWorkbookObject {
  readonly worksheets: FakeWorksheetCollection;
  readonly application: FakeApplication;

  constructor(context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context, () => context.state.workbook, "WorksheetCollection");
    this.application = new FakeApplication(context);
  }
}
