/**
 * The parts of a checked archive, inflated on demand and never more than their declared
 * size: each part is streamed in chunks, so a large sheet is never one giant buffer.
 */
import { checkArchive } from "../check-archive";
import type { XlsxLimits } from "../limits";
import { REFUSALS } from "../refusal";
import { rawEntryBytes, type ZipEntry } from "../zip/central-directory";
import { crc32, crc32Update } from "../zip/crc32";
import type { InflateRaw } from "./inflate";

export interface ZipParts {
  /** True when the archive holds a part of that name. */
  has(name: string): boolean;
  /** Every part's name, in archive order. */
  names(): string[];
  /**
   * The part's bytes in chunks; refused once it inflates past its declared size, and at its
   * end when its CRC-32 is not the one the directory declares. `where` names it for the user.
   */
  chunks(name: string, where?: string): AsyncIterable<Uint8Array>;
}

/** Checks the archive against the caps (throwing WorkbookRefusedError) and opens its parts. */
export function openZipParts(bytes: Uint8Array, inflate: InflateRaw, limits: XlsxLimits): ZipParts {
  const byName = new Map<string, ZipEntry>();
  for (const entry of checkArchive(bytes, limits)) byName.set(entry.name, entry);
  return {
    has: (name) => byName.has(name),
    names: () => [...byName.keys()],
    chunks: (name, where = PART) => {
      const entry = byName.get(name);
      if (!entry) throw new Error(`no part ${name}`);
      return partChunks(bytes, entry, inflate, where);
    },
  };
}

/** How a part other than a sheet is named for the user. */
const PART = "工作簿中的一个部件";

async function* partChunks(bytes: Uint8Array, entry: ZipEntry, inflate: InflateRaw, where: string): AsyncIterable<Uint8Array> {
  const raw = rawEntryBytes(bytes, entry);
  if (entry.method === 0) {
    // A stored part is read as it is: one damaged byte would change a number without any other sign.
    if (raw.length !== entry.uncompressedSize || crc32(raw) !== entry.crc32) throw REFUSALS.crcMismatch(where);
    yield raw;
    return;
  }
  let total = 0;
  let crc = 0;
  const source = inflate(raw, entry.uncompressedSize)[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Uint8Array>;
    try {
      next = await source.next();
    } catch (error) {
      // Corrupt deflate data: the file is damaged, not the reader.
      throw REFUSALS.notWorkbook(error);
    }
    if (next.done) {
      if (total !== entry.uncompressedSize || crc !== entry.crc32) throw REFUSALS.crcMismatch(where);
      return;
    }
    total += next.value.length;
    crc = crc32Update(crc, next.value);
    // The directory checked the declared size against the caps; a part that inflates past it lied.
    if (total > entry.uncompressedSize) {
      await source.return?.();
      throw REFUSALS.sizeMismatch();
    }
    yield next.value;
  }
}
