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

/** Compressed bytes fed to the inflater at a time, so output is handed on as it comes. */
const INPUT_STEP = 16 * 1024;
/** Output chunks of the inflater: the most it can run past `maxOutput` before it is stopped. */
const OUTPUT_CHUNK = 256 * 1024;
/** Thrown from inside the inflater to stop it once the output passed its cap. */
const STOP = Symbol("stop");

/**
 * The lean reader's inflater over pako, in steps: the output so far is handed on after each
 * step, and inflating stops within one output chunk once it passed `maxOutput` (a part whose
 * directory lied about its size), however compressible the input.
 */
export const pakoInflateRaw: InflateRaw = async function* (raw, maxOutput) {
  const inflater = new Inflate({ raw: true, chunkSize: OUTPUT_CHUNK });
  let out: Uint8Array[] = [];
  let total = 0;
  inflater.onData = (chunk) => {
    out.push(chunk);
    total += chunk.length;
    if (total > maxOutput) throw STOP;
  };
  for (let at = 0; at < raw.length || at === 0; at += INPUT_STEP) {
    const last = at + INPUT_STEP >= raw.length;
    let stopped = false;
    try {
      // pako reports an error by returning false (and ends the stream); its onEnd records why.
      if (!inflater.push(raw.subarray(at, at + INPUT_STEP), last)) throw new Error(`inflate failed: ${inflater.msg || inflater.err}`);
    } catch (error) {
      if (error !== STOP) throw error;
      stopped = true;
    }
    const ready = out;
    out = [];
    yield* ready;
    if (stopped || last) return;
  }
};
