/** The command line's contact with the world, injected so tests can run commands in-process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  now(): Date;
}

/** The part of a stream quietOnClosedPipe needs. */
interface ErrorEmitter {
  on(event: "error", listener: (error: NodeJS.ErrnoException) => void): unknown;
}

/**
 * `tisheng report … --json | head`: once the reader has what it wanted it closes the pipe, and the
 * next write fails with EPIPE. That is no error of ours: end at once and say nothing, as Unix tools
 * do. Any other failure of the stream is rethrown.
 */
export function quietOnClosedPipe(stream: ErrorEmitter, exit: (code: number) => void): void {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
    exit(0);
  });
}

let stdoutGuarded = false;

/** The real process streams and clock. */
export const processIo: CliIo = {
  out: (text) => {
    if (!stdoutGuarded) {
      stdoutGuarded = true;
      quietOnClosedPipe(process.stdout, (code) => process.exit(code));
    }
    process.stdout.write(text);
  },
  err: (text) => process.stderr.write(text),
  now: () => new Date(),
};
