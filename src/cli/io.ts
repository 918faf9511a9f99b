/** The command line's contact with the world, injected so tests can run commands in-process. */
import { terminalText } from "./terminal";

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  now(): Date;
}

/** The part of a stream quietWriter needs. */
interface Writable {
  on(event: "error", listener: (error: NodeJS.ErrnoException) => void): unknown;
  write(text: string): unknown;
}

/**
 * A writer to `stream` that goes quiet once its reader has gone: `tisheng init … | head -1`
 * closes the pipe after one line, and the next write fails with EPIPE. That is no error of
 * ours: the command says nothing more there, finishes its work (its files are what matters)
 * and ends with its own exit code, instead of dying with a stack trace. Any other failure
 * of the stream (a full disk under `> out.txt`) goes to `onError`.
 */
export function quietWriter(stream: Writable, onError: (error: NodeJS.ErrnoException) => void): (text: string) => void {
  let closed = false;
  stream.on("error", (error) => {
    closed = true;
    if (error.code !== "EPIPE") onError(error);
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

/** Output that cannot be written (other than to a closed pipe): one line on stderr, exit 2, as any file error. */
function outputFailed(error: NodeJS.ErrnoException): void {
  process.stderr.write(`tisheng: 无法输出结果，输出被截断（${error.code ?? "write error"}）。请检查输出重定向到的磁盘或文件后重试\n`);
  process.exit(2);
}

/** The real process streams and clock. */
export const processIo: CliIo = {
  out: quietWriter(process.stdout, outputFailed),
  err: quietWriter(process.stderr, () => process.exit(2)),
  now: () => new Date(),
};

/** `io` with everything it prints stripped of escape sequences and control characters. */
export function terminalIo(io: CliIo): CliIo {
  return { out: (text) => io.out(terminalText(text)), err: (text) => io.err(terminalText(text)), now: () => io.now() };
}
