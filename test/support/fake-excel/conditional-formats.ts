/**
 * Conditional formats (ExcelApi 1.6): the "Custom" kind — a formula and a fill or
 * font colour — which is what highlighting findings needs. Each format has a stable
 * id and type, so a later feature can find and remove its own formats and leave the
 * user's alone.
 */
import { intersects } from "./address";
import { FakeClientObject, FakeClientResult, requireApi, type Creation } from "./client-object";
import { opBytes, type FakeRequestContext, type PendingLoad } from "./context";
import { officeError } from "./errors";
import { guardFormat, type RangeEntity } from "./guards";
import type { ConditionalFormatEntry } from "./model";
import { itemsBytes } from "./wire";

type Entry = { sheet: RangeEntity["sheet"]; format: ConditionalFormatEntry };

/** A leaf proxy over one field of a conditional format. */
class EntryField extends FakeClientObject<Entry> {
  constructor(
    context: FakeRequestContext,
    resolver: () => Entry | null,
    name: string,
    private readonly fields: Record<string, "formula" | "fill" | "fontColor">
  ) {
    super(context, resolver, name);
  }
  protected scalars() {
    return Object.keys(this.fields);
  }
  protected readScalar(entry: Entry, property: string): unknown {
    return entry.format[this.fields[property]];
  }
  protected assign(property: string, value: string): void {
    this.enqueue(property, value, (entry) => {
      const rect = entry.format.rect;
      guardFormat({ sheet: entry.sheet, rect }, "allowFormatCells", `${this.entityName}.${property}`);
      entry.format[this.fields[property]] = value;
    });
  }
}

class ColorField extends EntryField {
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.assign("color", value);
  }
}

class FormulaField extends EntryField {
  get formula(): string {
    return this.read("formula");
  }
  set formula(value: string) {
    if (typeof value !== "string" || !value.startsWith("=")) throw officeError("InvalidArgument", "ConditionalFormatRule.formula");
    this.assign("formula", value);
  }
}

export class FakeConditionalFormat extends FakeClientObject<Entry> {
  readonly custom: { rule: FormulaField; format: { fill: ColorField; font: ColorField } };

  constructor(context: FakeRequestContext, resolver: () => Entry | null, creation?: Creation) {
    super(context, resolver, "ConditionalFormat", creation);
    this.custom = {
      rule: new FormulaField(context, resolver, "ConditionalFormatRule", { formula: "formula" }),
      format: {
        fill: new ColorField(context, resolver, "ConditionalRangeFill", { color: "fill" }),
        font: new ColorField(context, resolver, "ConditionalRangeFont", { color: "fontColor" }),
      },
    };
  }
  protected scalars() {
    return ["id", "type"];
  }
  protected readScalar(entry: Entry, property: string): unknown {
    return entry.format[property as "id" | "type"];
  }
  get id(): string {
    return this.read("id");
  }
  get type(): string {
    return this.read("type");
  }
  delete(): void {
    this.enqueue("delete", null, (entry) => {
      guardFormat({ sheet: entry.sheet, rect: entry.format.rect }, "allowFormatCells", "ConditionalFormat.delete");
      entry.sheet.conditionalFormats = entry.sheet.conditionalFormats.filter((f) => f !== entry.format);
    });
  }
}

let nextId = 1;

export class FakeConditionalFormatCollection extends FakeClientObject<RangeEntity> {
  protected scalars() {
    return [];
  }
  protected readScalar(): unknown {
    return undefined;
  }
  get items(): FakeConditionalFormat[] {
    return this.read("items");
  }

  /** Adds a format over the range; the fake models the "Custom" type only. */
  add(type: string): FakeConditionalFormat {
    if (type !== "Custom") throw new Error(`The fake models Custom conditional formats only, not ${type}`);
    requireApi(this.context, "1.6", "ConditionalFormatCollection.add");
    let created: Entry | null = null;
    this.enqueue("add", type, (entity) => {
      guardFormat(entity, "allowFormatCells", "ConditionalFormatCollection.add");
      const format: ConditionalFormatEntry = { id: `{cf-${nextId++}}`, type, rect: { ...entity.rect }, formula: null, fill: null, fontColor: null };
      entity.sheet.conditionalFormats.push(format);
      created = { sheet: entity.sheet, format };
    });
    return new FakeConditionalFormat(this.context, () => created, { method: "Add", args: type });
  }
  getCount(): FakeClientResult<number> {
    requireApi(this.context, "1.6", "ConditionalFormatCollection.getCount");
    const result = new FakeClientResult<number>();
    this.context.queue({
      label: "ConditionalFormatCollection.getCount",
      bytes: opBytes("getCount", null),
      reads: true,
      apply: (pending) => {
        // On a null object (a missing sheet's range) Office.js answers nothing, and reading the value fails.
        if (this.resolve() === null) return;
        result.fulfil(this.overlapping(this.target("ConditionalFormatCollection.getCount")).length, pending);
      },
    });
    return result;
  }
  clearAll(): void {
    requireApi(this.context, "1.6", "ConditionalFormatCollection.clearAll");
    this.enqueue("clearAll", null, (entity) => {
      guardFormat(entity, "allowFormatCells", "ConditionalFormatCollection.clearAll");
      entity.sheet.conditionalFormats = entity.sheet.conditionalFormats.filter((f) => !intersects(f.rect, entity.rect));
    });
  }
  override collect(paths: readonly string[], pending: PendingLoad[]): void {
    // A load on a null object loads nothing, as for every other proxy.
    if (this.resolve() === null) return;
    const entity = this.target("ConditionalFormatCollection.load");
    const sub = paths.map((p) => (p.startsWith("items/") ? p.slice(6) : p)).filter((p) => p !== "items");
    const items = this.overlapping(entity).map((format) => new FakeConditionalFormat(this.context, () => ({ sheet: entity.sheet, format })));
    items.forEach((item) => item.collect(sub.length > 0 ? sub : ["id", "type"], pending));
    pending.push({ bytes: itemsBytes(items.length), commit: () => this.loaded.set("items", items) });
  }

  private overlapping(entity: RangeEntity): ConditionalFormatEntry[] {
    return entity.sheet.conditionalFormats.filter((f) => intersects(f.rect, entity.rect));
  }
}
