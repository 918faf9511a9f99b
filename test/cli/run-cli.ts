/** Runs the tisheng command line in-process with captured output and a fixed clock. */
import { main } from "../../src/cli/main";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(...argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
    now: () => new Date(Date.UTC(2010, 11, 20, 2, 0)),
  });
  return { code, stdout, stderr };
}
