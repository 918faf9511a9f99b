/**
 * Inflation is injected so the lean reader is not tied to Node: the command line passes
 * Node's zlib (./node-inflate), a browser can pass DecompressionStream("deflate-raw").
 */

/**
 * Inflates raw deflate data (no zlib header) as a sequence of chunks. It must stop once
 * more than `maxOutput` bytes came out (yielding at most a little past it), so a part
 * whose directory lies about its size cannot inflate without end.
 */
export type InflateRaw = (raw: Uint8Array, maxOutput: number) => AsyncIterable<Uint8Array>;
