/**
 * The base of every proxy. Like an Office.js ClientObject it resolves to a workbook
 * entity only while a sync runs (bound once, like an object path), throws
 * PropertyNotLoaded for a property that was not loaded and synced, and knows whether
 * it is a null object only after a sync that touched it.
 *
 * Instantiation as in Office.js: a proxy created by a method (getItemOrNullObject,
 * getRange, …) queues an instantiate action at once, so it binds at its place in the
 * batch, its object path weighs on the request, and after the next sync its
 * isNullObject is known even when nothing was loaded from it — the documented
 * `getItemOrNullObject(name)`, `sync()`, `isNullObject` pattern. Before that sync,
 * isNullObject throws. Navigation properties (sheet.protection, range.format) and the
 * items of a loaded collection are not instantiated on their own: Office.js creates the
 * former on first use and the latter while it processes a response.
 */
import { opBytes, type FakeRequestContext, type PendingLoad, type Settles } from "./context";
import { officeError, propertyNotLoaded } from "./errors";
import { INSTANTIATE_RESULT_BYTES, instantiationBytes, propertyBytes, RESULT_BYTES, wireBytes } from "./wire";

/** How a proxy was created: the method (and its arguments) whose instantiation the request carries. */
export interface Creation {
  method: string;
  args?: unknown;
}

type LoadSpec = string | string[] | { select?: string | string[] };

/** Splits a load argument into property paths ("values", "format/font/bold", "items/name"). */
export function loadPaths(spec: LoadSpec | undefined): string[] | undefined {
  if (spec === undefined) return undefined;
  const raw = typeof spec === "string" || Array.isArray(spec) ? spec : spec.select;
  if (raw === undefined) return undefined;
  const list = Array.isArray(raw) ? raw : raw.split(",");
  return list.map((p) => p.trim()).filter((p) => p !== "");
}

export abstract class FakeClientObject<E> implements Settles {
  private bound?: { entity: E | null };
  private nullState: boolean | undefined;
  protected readonly loaded = new Map<string, unknown>();

  constructor(
    readonly context: FakeRequestContext,
    private readonly resolver: () => E | null,
    protected readonly entityName: string,
    creation?: Creation
  ) {
    if (creation) this.instantiate(creation);
  }

  /** Queues the instantiate action: the proxy binds here in the batch (ItemNotFound for a missing getItem fails the sync). */
  private instantiate({ method, args }: Creation): void {
    const label = `${this.entityName}.${method}`;
    this.context.touch(this);
    this.context.queue({
      label,
      bytes: instantiationBytes(method, args),
      apply: (pending) => {
        this.resolve();
        pending.push({ bytes: INSTANTIATE_RESULT_BYTES, commit: () => undefined });
      },
    });
  }

  /** Scalar properties this object can load. */
  protected abstract scalars(): readonly string[];
  /** Reads a scalar property from the entity (at sync time). */
  protected abstract readScalar(entity: E, property: string): unknown;
  /** A navigation property (a child proxy), if `name` is one. */
  protected child?(name: string): FakeClientObject<unknown> | undefined;
  /** False when the entity no longer exists (a deleted sheet). */
  protected alive?(entity: E): boolean;

  /** The entity, or null for a null object; resolved once per proxy. */
  resolve(): E | null {
    if (!this.bound) this.bound = { entity: this.resolver() };
    return this.bound.entity;
  }

  /** The entity for a write or a method: writing to a null or deleted object fails. */
  protected target(location: string): E {
    const entity = this.resolve();
    if (entity === null || this.alive?.(entity) === false) throw officeError("ItemNotFound", location);
    return entity;
  }

  settle(): void {
    try {
      this.nullState = this.resolve() === null;
    } catch {
      this.nullState = undefined;
    }
  }

  /** True for the null object returned by an *OrNullObject method; known only after a sync. */
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.entityName, "isNullObject");
    return this.nullState;
  }

  /** Reads a loaded property: PropertyNotLoaded unless loaded and synced; undefined on a null object (as Office.js). */
  protected read<T>(property: string): T {
    if (this.nullState === true) return undefined as T;
    if (!this.loaded.has(property)) throw propertyNotLoaded(this.entityName, property);
    return this.loaded.get(property) as T;
  }

  /** Queues a property write or a method call against the entity. */
  protected enqueue(label: string, payload: unknown, apply: (entity: E) => void): void {
    const location = `${this.entityName}.${label}`;
    this.context.touch(this);
    this.context.queue({ label: location, bytes: opBytes(location, payload), apply: () => apply(this.target(location)) });
  }

  /** Queues a load; with no argument, every scalar property. */
  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec) ?? [...this.scalars()];
    this.context.touch(this);
    this.context.queue({
      label: `${this.entityName}.load`,
      bytes: opBytes("load", paths),
      reads: true,
      apply: (pending) => {
        pending.push({ bytes: RESULT_BYTES, commit: () => undefined });
        this.collect(paths, pending);
      },
    });
    return this;
  }

  /** Gathers loaded values at sync time; they are committed only if the sync succeeds. */
  collect(paths: readonly string[], pending: PendingLoad[]): void {
    const entity = this.resolve();
    if (entity === null) return;
    if (this.alive?.(entity) === false) throw officeError("ItemNotFound", `${this.entityName}.load`);
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      const child = this.child?.(head);
      if (child) {
        this.context.touch(child);
        child.collect(rest.length > 0 ? [rest.join("/")] : [...child.scalars()], pending);
        continue;
      }
      if (rest.length > 0 || !this.scalars().includes(head)) {
        throw officeError("InvalidArgument", `${this.entityName}.load`, `Unknown property: ${path}`);
      }
      const value = snapshot(this.readScalar(entity, head));
      pending.push({ bytes: propertyBytes(head, value), commit: () => this.loaded.set(head, value) });
    }
  }
}

/** A copy that later changes to the workbook cannot reach (loads are snapshots). */
function snapshot<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** The result of a method such as getCount(): readable after the sync. */
export class FakeClientResult<T> {
  private result?: { value: T };

  get value(): T {
    if (!this.result) throw officeError("ValueNotLoaded", "ClientResult.value");
    return this.result.value;
  }

  /** Called at sync time. */
  fulfil(value: T, pending: PendingLoad[]): void {
    pending.push({ bytes: RESULT_BYTES + wireBytes(value), commit: () => (this.result = { value }) });
  }
}

/** Queues an ApiNotFound failure when the configured Excel lacks the requirement set (as an old Excel would fail). */
export function requireApi(context: FakeRequestContext, version: string, api: string): void {
  if (context.state.supports("ExcelApi", version)) return;
  context.queue({
    label: api,
    bytes: opBytes(api, null),
    apply: () => {
      throw officeError("ApiNotFound", api);
    },
  });
}
