/** The two functions of pako 1.x the file worker uses (pako ships no types). */
declare module "pako" {
  export function deflateRaw(data: Uint8Array, options?: { level?: number }): Uint8Array;
  export function inflateRaw(data: Uint8Array): Uint8Array;
}
