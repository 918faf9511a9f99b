/**
 * The range proxy: values, formulas, number formats, hyperlinks, selection and
 * clearing, with Excel's checks — dimensions must match, and a protected sheet
 * refuses writes to locked cells (every cell is locked until unlocked, as in Excel).
 */
import { intersects, qualifiedAddress, type Rect } from "./address";
import { FakeClientObject, requireApi, type Creation } from "./client-object";
import { FakeConditionalFormatCollection } from "./conditional-formats";
import { officeError } from "./errors";
import { FakeRangeFormat } from "./format";
import type { FakeHyperlink, FakeSheet } from "./model";
import { FakeDataValidation } from "./validation";
import { checkMatrix, coerceInput } from "./values";
import { guardContent, guardFormat, matrix, type RangeEntity } from "./guards";

const VALUE_TYPES: Record<string, string> = { string: "String", number: "Double", boolean: "Boolean" };

export class FakeRange extends FakeClientObject<RangeEntity> {
  readonly format = new FakeRangeFormat(this.context, () => this.resolve(), "RangeFormat");
  readonly dataValidation = new FakeDataValidation(this.context, () => this.resolve(), "DataValidation");
  readonly conditionalFormats = new FakeConditionalFormatCollection(this.context, () => this.resolve(), "ConditionalFormatCollection");

  constructor(context: FakeRange["context"], resolver: () => RangeEntity | null, creation?: Creation) {
    super(context, resolver, "Range", creation);
  }

  protected scalars() {
    return [
      "address",
      "rowIndex",
      "columnIndex",
      "rowCount",
      "columnCount",
      "cellCount",
      "values",
      "valueTypes",
      "formulas",
      "numberFormat",
      "hyperlink",
    ];
  }
  protected override child(name: string) {
    return name === "format" ? this.format : undefined;
  }
  protected override alive(entity: RangeEntity) {
    return !entity.sheet.deleted;
  }

  protected readScalar(entity: RangeEntity, property: string): unknown {
    const { sheet, rect } = entity;
    switch (property) {
      case "address":
        return qualifiedAddress(sheet.name, rect);
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.col;
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.cols;
      case "cellCount":
        return rect.rows * rect.cols;
      case "values":
        return matrix(entity, (r, c) => {
          const value = sheet.cellAt(r, c)?.value ?? "";
          return typeof value === "object" && value !== null ? value.error : value;
        });
      case "valueTypes":
        return matrix(entity, (r, c) => {
          const value = sheet.cellAt(r, c)?.value ?? null;
          if (value === null) return "Empty";
          return typeof value === "object" ? "Error" : VALUE_TYPES[typeof value];
        });
      case "formulas":
        return matrix(entity, (r, c) => {
          const cell = sheet.cellAt(r, c);
          if (cell?.formula !== undefined) return cell.formula;
          const value = cell?.value ?? "";
          return typeof value === "object" && value !== null ? value.error : value;
        });
      case "numberFormat":
        return matrix(entity, (r, c) => sheet.cellAt(r, c)?.numberFormat ?? "General");
      default:
        return sheet.cellAt(rect.row, rect.col)?.hyperlink ?? null;
    }
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(input: unknown[][]) {
    this.enqueue("values", input, (entity) => this.writeCells(entity, input, "Range.values"));
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(input: unknown[][]) {
    this.enqueue("formulas", input, (entity) => this.writeCells(entity, input, "Range.formulas"));
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(input: string[][]) {
    this.enqueue("numberFormat", input, (entity) => {
      const rows = checkMatrix(input, entity.rect.rows, entity.rect.cols, "Range.numberFormat");
      guardFormat(entity, "allowFormatCells", "Range.numberFormat");
      rows.forEach((line, r) =>
        line.forEach((format, c) => {
          if (format === null) return;
          if (typeof format !== "string") throw officeError("InvalidArgument", "Range.numberFormat");
          entity.sheet.ensure(entity.rect.row + r, entity.rect.col + c).numberFormat = format;
        })
      );
    });
  }
  get hyperlink(): FakeHyperlink | null {
    return this.read("hyperlink");
  }
  set hyperlink(link: FakeHyperlink) {
    requireApi(this.context, "1.7", "Range.hyperlink");
    this.enqueue("hyperlink", link, (entity) => {
      if (typeof link !== "object" || link === null || (link.address === undefined && link.documentReference === undefined)) {
        throw officeError("InvalidArgument", "Range.hyperlink");
      }
      guardContent(entity, "Range.hyperlink");
      for (let r = 0; r < entity.rect.rows; r++) {
        for (let c = 0; c < entity.rect.cols; c++) {
          const cell = entity.sheet.ensure(entity.rect.row + r, entity.rect.col + c);
          cell.hyperlink = { ...link };
          if (link.textToDisplay !== undefined) cell.value = link.textToDisplay;
        }
      }
    });
  }

  /** Selects the range (and shows its sheet). */
  select(): void {
    this.enqueue("select", null, (entity) => {
      const book = this.context.state.workbook;
      book.active = entity.sheet;
      book.selection = { sheet: entity.sheet.name, address: qualifiedAddress(entity.sheet.name, entity.rect).split("!")[1] };
    });
  }

  /** Clears contents, formats or both ("All", the default). */
  clear(applyTo: "All" | "Formats" | "Contents" | "Hyperlinks" = "All"): void {
    this.enqueue("clear", applyTo, (entity) => {
      const { sheet, rect } = entity;
      if (applyTo !== "Formats") guardContent(entity, "Range.clear");
      if (applyTo !== "Contents") guardFormat(entity, "allowFormatCells", "Range.clear");
      if (applyTo === "All") {
        sheet.dropCells(rect);
        sheet.setLocked(rect, true);
        sheet.validations = sheet.validations.filter((v) => !intersects(v.rect, rect));
        sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !intersects(f.rect, rect));
        return;
      }
      sheet.forEachStored(rect, (cell) => {
        if (applyTo === "Contents") {
          cell.value = null;
          delete cell.formula;
        } else if (applyTo === "Hyperlinks") delete cell.hyperlink;
        else for (const key of ["numberFormat", "bold", "fontColor", "fill", "wrap"] as const) delete cell[key];
      });
      if (applyTo === "Formats") sheet.setLocked(rect, true);
    });
  }

  /** The used part of this range (ExcelApi 1.4), or a null object when it holds nothing. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    requireApi(this.context, "1.4", "Range.getUsedRangeOrNullObject");
    return new FakeRange(
      this.context,
      () => {
        const entity = this.resolve();
        const rect = entity?.sheet.usedRect(valuesOnly ?? false, entity.rect);
        return entity && rect ? { sheet: entity.sheet, rect } : null;
      },
      { method: "GetUsedRangeOrNullObject", args: valuesOnly ?? null }
    );
  }

  /** Merged areas whose top-left cell lies in this range (ExcelApi 1.13); a null object when none. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    requireApi(this.context, "1.13", "Range.getMergedAreasOrNullObject");
    return new FakeRangeAreas(
      this.context,
      () => {
        const entity = this.resolve();
        if (!entity) return null;
        const areas = entity.sheet.merges.filter((m) => intersects(entity.rect, { row: m.row, col: m.col, rows: 1, cols: 1 }));
        return areas.length > 0 ? { sheet: entity.sheet, areas } : null;
      },
      { method: "GetMergedAreasOrNullObject" }
    );
  }

  private writeCells(entity: RangeEntity, input: unknown[][], location: string): void {
    const rows = checkMatrix(input, entity.rect.rows, entity.rect.cols, location);
    guardContent(entity, location);
    rows.forEach((line, r) =>
      line.forEach((raw, c) => {
        const parsed = coerceInput(raw, location);
        if (!parsed) return;
        const cell = entity.sheet.ensure(entity.rect.row + r, entity.rect.col + c);
        cell.value = parsed.value;
        if (parsed.formula !== undefined) cell.formula = parsed.formula;
        else delete cell.formula;
        if (parsed.dateFormat && (cell.numberFormat ?? "General") === "General") cell.numberFormat = "yyyy-mm-dd";
      })
    );
  }
}

/** Several rectangles on one sheet (only what merged areas need: address and areaCount). */
export class FakeRangeAreas extends FakeClientObject<{ sheet: FakeSheet; areas: Rect[] }> {
  constructor(context: FakeRange["context"], resolver: () => { sheet: FakeSheet; areas: Rect[] } | null, creation?: Creation) {
    super(context, resolver, "RangeAreas", creation);
  }
  protected scalars() {
    return ["address", "areaCount"];
  }
  protected readScalar(entity: { sheet: FakeSheet; areas: Rect[] }, property: string): unknown {
    if (property === "areaCount") return entity.areas.length;
    return entity.areas.map((a) => qualifiedAddress(entity.sheet.name, a)).join(", ");
  }
  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
}
