/** Jest's global teardown: waits for a background build still running, and removes the run's shared folder. */
import { rmSync } from "node:fs";
import { RUN_FOLDER_VARIABLE } from "./run-cache";

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { tishengBuild?: Promise<void> }).tishengBuild;
  const folder = process.env[RUN_FOLDER_VARIABLE];
  if (folder) rmSync(folder, { recursive: true, force: true });
}
