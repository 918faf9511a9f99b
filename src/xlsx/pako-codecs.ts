/**
 * Compression for the files the app makes and reads itself (templates, returned files),
 * with pako, so it runs alike in the pane inside Excel, in the file worker and under Node.
 * Only ./collect-files imports this (loaded on first use): pako never enters the pane's start bundle.
 */
import { deflateRaw, Inflate, inflateRaw } from "pako";
import type { InflateRaw } from "./lean/inflate";
import type { ZipCodec } from "./zip/write-zip";

/** Raw deflate and inflate for the zip writer and custom properties. */
export const pakoZipCodec: ZipCodec = {
  deflateRaw: (data) => deflateRaw(data, { level: 6 }),
  inflateRaw: (data) => inflateRaw(data),
};

/** Compressed bytes fed to the inflater at a time: deflate inflates at most about 1,000:1, so one step stays near 16 MB. */
const INPUT_STEP = 16 * 1024;

/**
 * The lean reader's inflater over pako, in steps: after each step the output so far is handed
 * on, and inflating stops once it passed `maxOutput` (a part whose directory lied about its size).
 */
export const pakoInflateRaw: InflateRaw = async function* (raw, maxOutput) {
  const inflater = new Inflate({ raw: true, chunkSize: 256 * 1024 });
  let out: Uint8Array[] = [];
  inflater.onData = (chunk) => out.push(chunk);
  inflater.onEnd = () => undefined;
  let total = 0;
  for (let at = 0; at < raw.length || at === 0; at += INPUT_STEP) {
    const last = at + INPUT_STEP >= raw.length;
    inflater.push(raw.subarray(at, at + INPUT_STEP), last);
    if (inflater.err) throw new Error(`inflate failed: ${inflater.msg}`);
    const ready = out;
    out = [];
    for (const chunk of ready) {
      total += chunk.length;
      yield chunk;
    }
    if (total > maxOutput || last) return;
  }
};
