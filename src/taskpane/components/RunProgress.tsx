/** Progress of the running action: the step label its ProgressFn last reported. */
import { ProgressIndicator } from "@fluentui/react";
import type { Progress } from "../use-workbench";

/** A ProgressIndicator labelled with the current step (indeterminate until the first report). */
export function RunProgress({ progress }: { progress: Progress }) {
  return <ProgressIndicator label={progress.step} percentComplete={progress.fraction} ariaValueText={progress.step} />;
}
