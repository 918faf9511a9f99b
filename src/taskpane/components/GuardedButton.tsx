/**
 * A button that says why it cannot run: the reason is shown next to it and read with it
 * (aria-describedby), and it stays focusable so a keyboard user reaches it and hears why.
 */
import { DefaultButton, PrimaryButton, Stack, Text } from "@fluentui/react";
import { useId } from "react";

export interface GuardedButtonProps {
  text: string;
  primary?: boolean;
  /** Why it cannot run (shown), or null when it can. */
  blocked: string | null;
  /** Another action runs: disabled without a reason (the progress says what runs). */
  running: boolean;
  onClick: () => void;
  /** The id of a reason shown elsewhere (one line for a row of buttons): this button then shows none of its own. */
  reasonId?: string;
  /** The button's id (where focus is given back after something next to it closed). */
  id?: string;
}

/** The button, with its reason under it when blocked. */
export function GuardedButton({ text, primary, blocked, running, onClick, reasonId: sharedReason, id }: GuardedButtonProps) {
  const ownReason = useId();
  const reasonId = sharedReason ?? ownReason;
  const Button = primary ? PrimaryButton : DefaultButton;
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <Stack horizontal>
        <Button
          id={id}
          text={text}
          disabled={running || blocked !== null}
          allowDisabledFocus
          aria-describedby={blocked ? reasonId : undefined}
          onClick={onClick}
        />
      </Stack>
      {blocked && !sharedReason && (
        <Text id={reasonId} variant="small">
          {blocked}
        </Text>
      )}
    </Stack>
  );
}
