/**
 * A workbench call's arguments on their way to the file worker: what cannot cross
 * postMessage is taken out (an AbortSignal: in file mode a cancel is the proxy's own, it
 * stops the worker), and returned files' bytes are sent as copies that are transferred, so
 * the pane keeps its own (the confirming collect after a preview sends the same files). A
 * call that wrote is journaled with its bytes kept as Blobs, to be replayed after a cancel.
 */

/** An argument kept for replay: bytes as a Blob (immutable, and the browser may keep it off the heap). */
type Kept = unknown;

const isPlain = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;
const isSignal = (value: unknown): value is AbortSignal => typeof AbortSignal !== "undefined" && value instanceof AbortSignal;

/** Rebuilds `value` (arrays and plain objects, a few levels deep) with each leaf passed through `leaf`. */
function mapLeaves(value: unknown, leaf: (v: unknown) => unknown, depth = 0): unknown {
  if (depth > 4) return value;
  if (Array.isArray(value)) return value.map((v) => mapLeaves(v, leaf, depth + 1));
  if (isPlain(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) if (!isSignal(v)) out[key] = mapLeaves(v, leaf, depth + 1);
    return out;
  }
  return leaf(value);
}

/** A call's arguments as sent, the buffers to transfer, and the signals taken out of them. */
export interface PreparedArgs {
  args: unknown[];
  transfer: ArrayBuffer[];
  signals: AbortSignal[];
}

/** Prepares `args` for postMessage (see the module comment); functions pass through (the channel turns them into markers). */
export function prepareArgs(args: readonly unknown[]): PreparedArgs {
  const transfer: ArrayBuffer[] = [];
  const signals: AbortSignal[] = [];
  const sent = args.map((arg) => {
    if (typeof arg === "function") return arg;
    const find = (v: unknown, depth = 0): void => {
      if (depth > 4) return;
      if (Array.isArray(v)) v.forEach((x) => find(x, depth + 1));
      else if (isPlain(v)) Object.values(v).forEach((x) => (isSignal(x) ? signals.push(x) : find(x, depth + 1)));
    };
    find(arg);
    return mapLeaves(arg, (leaf) => {
      if (!(leaf instanceof ArrayBuffer)) return leaf;
      const copy = leaf.slice(0);
      transfer.push(copy);
      return copy;
    });
  });
  return { args: sent, transfer, signals };
}

/** `args` as a journal keeps them: signals dropped, buffers as Blobs (copied now, before anyone can change them). */
export function keepArgs(args: readonly unknown[], progressSlot: symbol): Kept[] {
  return args.map((arg) =>
    typeof arg === "function" ? progressSlot : mapLeaves(arg, (leaf) => (leaf instanceof ArrayBuffer ? new Blob([leaf]) : leaf))
  );
}

/** Journaled arguments made sendable again: Blobs back to fresh buffers (transferred), the progress slot to `progress`. */
export async function replayArgs(
  kept: readonly Kept[],
  progressSlot: symbol,
  progress: unknown
): Promise<{ args: unknown[]; transfer: ArrayBuffer[] }> {
  const blobs: Blob[] = [];
  const collect = (v: unknown) => mapLeaves(v, (leaf) => (leaf instanceof Blob ? void blobs.push(leaf) : leaf));
  kept.forEach(collect);
  const buffers = new Map<Blob, ArrayBuffer>();
  for (const blob of blobs) buffers.set(blob, await blob.arrayBuffer());
  const args = kept.map((arg) => (arg === progressSlot ? progress : mapLeaves(arg, (leaf) => (leaf instanceof Blob ? buffers.get(leaf) : leaf))));
  return { args, transfer: [...buffers.values()] };
}
