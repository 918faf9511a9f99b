/** Node's zlib as the zip codec of the result workbook (raw deflate, as zip entries hold it). */
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { ZipCodec } from "../xlsx/zip/write-zip";

/** Raw deflate and inflate through Node's zlib. */
export const nodeZipCodec: ZipCodec = {
  deflateRaw: (data) => deflateRawSync(data, { level: 6 }),
  inflateRaw: (data) => inflateRawSync(data),
};
