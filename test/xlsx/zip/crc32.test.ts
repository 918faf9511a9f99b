/** The slicing-by-8 CRC-32 against zlib's, on every length around the 8-byte steps and in pieces. */
import { randomBytes } from "node:crypto";
import { crc32 as zlibCrc32 } from "node:zlib";
import { crc32, crc32Update } from "../../../src/xlsx/zip/crc32";

describe("crc32", () => {
  it("equals zlib's for lengths 0 to 40 and for a large buffer fed in uneven pieces", () => {
    for (let n = 0; n <= 40; n++) {
      const data = randomBytes(n);
      expect(crc32(data)).toBe(zlibCrc32(data));
    }
    const big = randomBytes(100_003);
    let running = 0;
    for (let at = 0; at < big.length; at += 7_777) running = crc32Update(running, big.subarray(at, at + 7_777));
    expect(running).toBe(zlibCrc32(big));
  });
});
