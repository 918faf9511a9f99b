/**
 * Raw deflate and inflate in the browser for the zip-level result workbook (src/xlsx/result-workbook.ts).
 * Browsers only offer asynchronous streams (CompressionStream), and the writer is synchronous, so the
 * worker uses pako, the deflate library exceljs's own zip code is built on.
 */
import { deflateRaw, inflateRaw } from "pako";
import type { ZipCodec } from "../xlsx/zip/write-zip";

/** pako as the zip codec. */
export const browserZipCodec: ZipCodec = {
  deflateRaw: (data) => deflateRaw(data, { level: 6 }),
  inflateRaw: (data) => inflateRaw(data),
};
