/** An error from the workbench, shown in the user's words until dismissed. */
import { MessageBar, MessageBarType } from "@fluentui/react";

export interface ErrorBarProps {
  message: string;
  onDismiss: () => void;
}

/** A red MessageBar with the (Chinese) message of the exception. */
export function ErrorBar({ message, onDismiss }: ErrorBarProps) {
  return (
    <MessageBar messageBarType={MessageBarType.error} isMultiline onDismiss={onDismiss} dismissButtonAriaLabel="关闭">
      {message}
    </MessageBar>
  );
}
