/** Progress of the running action: the step label its ProgressFn last reported, and 取消 where the work can be stopped. */
import { DefaultButton, ProgressIndicator, Stack } from "@fluentui/react";
import type { Progress } from "../use-workbench";

export interface RunProgressProps {
  progress: Progress;
  /** Stops the work (file mode); absent where it cannot be stopped (an Office.js call in flight). */
  onCancel?: () => void;
}

/** A ProgressIndicator labelled with the current step (indeterminate until the first report), with 取消 when given. */
export function RunProgress({ progress, onCancel }: RunProgressProps) {
  return (
    // Announced by the pane's LiveRegion, which stays mounted; a live region mounted with its text is often not read.
    <Stack tokens={{ childrenGap: 4 }} role="group" aria-label="进度">
      <ProgressIndicator label={progress.step} percentComplete={progress.fraction} ariaValueText={progress.step} />
      {onCancel && (
        <Stack horizontal>
          <DefaultButton text="取消" iconProps={{ iconName: "Cancel" }} onClick={onCancel} />
        </Stack>
      )}
    </Stack>
  );
}
