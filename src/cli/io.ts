/** The command line's contact with the world, injected so tests can run commands in-process. */
import { terminalText } from "./terminal";

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  now(): Date;
}

/**
 * A writer to `stream` that goes quiet once the stream is closed: `tisheng init … | head -1`
 * closes the pipe after one line, and the command finishes its work (its files are what
 * matters) and ends with its own exit code, instead of dying on EPIPE with a stack trace.
 */
export function quietWriter(stream: NodeJS.WritableStream): (text: string) => void {
  let closed = false;
  // Any error on a standard stream means nothing more can be shown there; the work goes on.
  stream.on("error", () => {
    closed = true;
  });
  return (text) => {
    if (closed) return;
    try {
      stream.write(text);
    } catch {
      closed = true;
    }
  };
}

/** The real process streams and clock. */
export const processIo: CliIo = {
  out: quietWriter(process.stdout),
  err: quietWriter(process.stderr),
  now: () => new Date(),
};

/** `io` with everything it prints stripped of escape sequences and control characters. */
export function terminalIo(io: CliIo): CliIo {
  return { out: (text) => io.out(terminalText(text)), err: (text) => io.err(terminalText(text)), now: () => io.now() };
}
