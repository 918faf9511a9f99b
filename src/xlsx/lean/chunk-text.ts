/**
 * The text of a part's chunks for the lean scanner (./fast-xml): decoded chunk by chunk, with
 * a character or tag split across chunks carried over, bytes that are not UTF-8 reported
 * (they read as U+FFFD), and UTF-16 parts read through a streaming decoder.
 */
import { checkDeclaredEncoding, sniffEncoding } from "../xml/part-encoding";

/** Scans chunk text; returns what is left for the next chunk (an unfinished tag). */
export type ChunkScan = (buf: string, final: boolean) => string;

/**
 * Decodes the chunks and scans them; returns what the last scan left. UTF-8 (the usual
 * case): each chunk is decoded on its own into a flat string, since joining an unfinished
 * tag to the next chunk as strings would make a rope every character read walks through
 * (3× slower). UTF-16 parts (legal, rare) go through a streaming decoder.
 */
export async function feedChunks(chunks: AsyncIterable<Uint8Array>, scan: ChunkScan, invalidBytes: () => void, where: string): Promise<string> {
  const strict = new TextDecoder("utf-8", { fatal: true });
  const lenient = new TextDecoder("utf-8");
  const decodeUtf8 = (bytes: Uint8Array): string => {
    try {
      return strict.decode(bytes);
    } catch {
      invalidBytes();
      return lenient.decode(bytes);
    }
  };
  const encoder = new TextEncoder();
  let carry: Uint8Array = new Uint8Array(0);
  let rest = "";
  let utf16: TextDecoder | undefined;
  let first = true;
  for await (const chunk of chunks) {
    if (first) {
      const encoding = sniffEncoding(chunk);
      if (encoding !== "utf-8") utf16 = new TextDecoder(encoding, { fatal: true });
    }
    if (utf16) {
      const text = utf16.decode(chunk, { stream: true });
      if (first) checkDeclaredEncoding(text, where);
      rest = scan(rest + text, false);
      first = false;
      continue;
    }
    const data = carry.length > 0 ? joinBytes(carry, chunk) : chunk;
    const cut = completeUtf8Length(data);
    const text = decodeUtf8(data.subarray(0, cut));
    if (first) checkDeclaredEncoding(text, where);
    first = false;
    rest = scan(text, false);
    carry = rest === "" ? data.subarray(cut) : joinBytes(encoder.encode(rest), data.subarray(cut));
  }
  return utf16 ? scan(rest + utf16.decode(), true) : scan(decodeUtf8(carry), true);
}

function joinBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}

/** The length of `bytes` up to the end of its last complete UTF-8 character. */
function completeUtf8Length(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(4, bytes.length); back++) {
    const byte = bytes[bytes.length - back];
    if ((byte & 0xc0) === 0x80) continue;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}
