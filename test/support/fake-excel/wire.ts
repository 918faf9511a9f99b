/**
 * What one round trip weighs on the wire, modelled on Office.js's RichApi protocol and
 * rounded up, so the fake's 5 MB verdict is conservative: a batch the fake accepts is
 * lighter in Excel on the web, never heavier.
 *
 * A request is `{"Actions":[…],"ObjectPaths":{…}}`: every proxy an add-in creates adds an
 * object path (`{"Id":12,"ObjectPathType":3,"Name":"GetItemOrNullObject",
 * "ParentObjectPathId":9,"ArgumentInfo":{"Arguments":["评议评分"]}}`) and an instantiate
 * action; every load, property write and method call adds an action
 * (`{"Id":13,"ActionType":2,"Name":"","ObjectPathId":12,"QueryInfo":{"Select":["values"]}}`).
 * A response is `{"Results":[{"ActionId":13,"Value":{"Values":[[…]],"ValueTypes":[[…]]}}]}`:
 * one result per instantiation, load and returned value, each loaded property by its
 * name and the JSON of its value (values and valueTypes alike). Texts count in UTF-8.
 */

/** The JSON envelope of a request or a response, and its HTTP framing. */
export const FRAME_BYTES = 128;
/** One action without its name and arguments: ids, type, punctuation (real ones run 50–70 bytes). */
export const ACTION_BYTES = 96;
/** One object path without its method name and arguments (real ones run 70–90 bytes). */
export const OBJECT_PATH_BYTES = 128;
/** One result entry without its value: `{"ActionId":123456,"Value":…}` and what Excel adds to it. */
export const RESULT_BYTES = 64;
/** What an instantiation answers: a reference id or a null. */
export const INSTANTIATE_RESULT_BYTES = 64;
/** Quotes, colon and comma around a property name in a result. */
const PROPERTY_FRAME_BYTES = 4;

/**
 * UTF-8 length of a string, measured with TextEncoder (in Node and browsers alike): an
 * independent measurement from the adapter's own hand count, so a wrong estimate there
 * cannot hide behind the same mistake here.
 */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The size of a value on the wire: its JSON in UTF-8. */
export function wireBytes(value: unknown): number {
  const json = JSON.stringify(value, asWire);
  return json === undefined ? 0 : utf8Length(json);
}

/** A proxy passed as an argument travels as an object path reference, not as its contents. */
function asWire(_key: string, value: unknown): unknown {
  const isProxy = typeof value === "object" && value !== null && "context" in value && typeof (value as { load?: unknown }).load === "function";
  return isProxy ? "[object path]" : value;
}

/** An action in a request: a load (`label` "load", payload the selected paths), a property write or a method call. */
export function actionBytes(label: string, payload: unknown): number {
  return ACTION_BYTES + utf8Length(label) + wireBytes(payload ?? null);
}

/** Creating a proxy through a method (getItem, getRange, …): its object path and its instantiate action. */
export function instantiationBytes(method: string, args: unknown): number {
  return OBJECT_PATH_BYTES + ACTION_BYTES + utf8Length(method) + wireBytes(args ?? null);
}

/** One loaded property in a result: its name and the JSON of its value. */
export function propertyBytes(name: string, value: unknown): number {
  return PROPERTY_FRAME_BYTES + utf8Length(name) + wireBytes(value);
}

/** A loaded collection's `items` in a result: its name, brackets and each item's braces and comma (their properties count apart). */
export function itemsBytes(count: number): number {
  return propertyBytes("items", []) + count * 8;
}
