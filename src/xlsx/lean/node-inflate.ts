/** The Node implementation of InflateRaw, over zlib's streaming inflater (Node only: the command line). */
import { createInflateRaw } from "node:zlib";
import type { InflateRaw } from "./inflate";

/** Large chunks: fewer hand-offs to the XML parser; small enough that memory stays flat. */
const CHUNK = 1024 * 1024;

/** Inflates through zlib, chunk by chunk, and stops the inflater once `maxOutput` is passed. */
export const nodeInflateRaw: InflateRaw = async function* (raw, maxOutput) {
  const inflater = createInflateRaw({ chunkSize: CHUNK });
  inflater.end(raw);
  let total = 0;
  try {
    for await (const chunk of inflater) {
      const bytes = chunk as Buffer;
      total += bytes.length;
      yield bytes;
      if (total > maxOutput) return;
    }
  } finally {
    inflater.destroy();
  }
};
