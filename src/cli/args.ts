/** A small argument parser: positional arguments, boolean flags and flags with a value, all declared. */
import { UsageError } from "./errors";

export interface ArgSpec {
  flags: readonly string[];
  options: readonly string[];
  positional: number;
  usage: string;
}

export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

/** Parses `argv` against `spec`; unknown flags and a wrong number of positionals are usage errors. */
export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith("--")) {
      const [name, inline] = arg.slice(2).split("=", 2);
      if (spec.flags.includes(name) && inline === undefined) parsed.flags.add(name);
      else if (spec.options.includes(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined || value.startsWith("--")) throw new UsageError(`--${name} 需要一个值。用法：${spec.usage}`);
        parsed.options.set(name, value);
      } else throw new UsageError(`未知选项 ${arg}。用法：${spec.usage}`);
    } else parsed.positional.push(arg);
  }
  if (parsed.positional.length !== spec.positional) throw new UsageError(`参数个数不对。用法：${spec.usage}`);
  return parsed;
}
