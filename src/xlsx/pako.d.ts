/** The parts of pako 1.x the file worker and the pane's file codecs use (pako ships no types); here so the command-line build, which compiles src/xlsx, sees it too. */
declare module "pako" {
  export function deflateRaw(data: Uint8Array, options?: { level?: number }): Uint8Array;
  export function inflateRaw(data: Uint8Array): Uint8Array;
  /** The streaming inflater: `push` feeds input (`last` ends it), `onData` hears each output chunk. */
  export class Inflate {
    constructor(options?: { raw?: boolean; chunkSize?: number });
    push(data: Uint8Array, last: boolean): boolean;
    onData: (chunk: Uint8Array) => void;
    onEnd: (status: number) => void;
    err: number;
    msg: string;
  }
}
