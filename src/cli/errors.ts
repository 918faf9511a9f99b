/** Errors the command line reports as one line on stderr with exit code 2 (usage and file problems). */

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
