/**
 * An error from the workbench, shown in the user's words until dismissed, with "复制详情": the
 * message, the time, the mode and the campaign stage go to the clipboard for whoever helps the
 * user. Success is announced ("已复制"); when the browser refuses, the details appear selected in
 * a text box to copy by hand.
 */
import { MessageBar, MessageBarButton, MessageBarType } from "@fluentui/react";
import { useEffect, useRef, useState } from "react";
import { copyText } from "../copy-text";
import { errorDetails, type ErrorContext } from "../error-details";

export interface ErrorBarProps {
  message: string;
  onDismiss: () => void;
  /** Where and in which stage the error happened, for 复制详情. */
  context?: ErrorContext;
  /** The clock: the time in the details is when the error was shown. */
  now?: () => Date;
  /** Copies text to the clipboard (tests pass their own); true on success. */
  copy?: (text: string) => Promise<boolean>;
}

type CopyState = "idle" | "copied" | "refused";

/** A red MessageBar with the (Chinese) message of the exception and a 复制详情 button. */
export function ErrorBar({ message, onDismiss, context, now = () => new Date(), copy = copyText }: ErrorBarProps) {
  const [shown, setShown] = useState(() => ({ message, at: now() }));
  const [state, setState] = useState<CopyState>("idle");
  const manual = useRef<HTMLTextAreaElement>(null);
  // A new error in the same bar: its own time, and no stale "已复制".
  if (shown.message !== message) {
    setShown({ message, at: now() });
    setState("idle");
  }
  const details = errorDetails(message, shown.at, context, globalThis.navigator?.userAgent ?? "");

  useEffect(() => {
    if (state === "refused") manual.current?.select();
  }, [state]);

  const onCopy = async () => setState((await copy(details)) ? "copied" : "refused");

  return (
    <MessageBar
      messageBarType={MessageBarType.error}
      isMultiline
      onDismiss={onDismiss}
      dismissButtonAriaLabel="关闭"
      actions={
        <div>
          <MessageBarButton onClick={() => void onCopy()} ariaDescription="把错误信息、时间和工作簿阶段复制到剪贴板">
            复制详情
          </MessageBarButton>
        </div>
      }
    >
      {message}
      {/* Always rendered, so screen readers announce the change when it is filled. */}
      <span role="status" style={{ display: "block", fontSize: 12 }}>
        {state === "copied" ? "已复制" : state === "refused" ? "浏览器不允许自动复制。请按 Ctrl+C（Mac 上按 ⌘+C）复制下面已选中的文字。" : ""}
      </span>
      {state === "refused" && (
        <textarea
          ref={manual}
          readOnly
          value={details}
          aria-label="错误详情"
          rows={6}
          style={{ width: "100%", boxSizing: "border-box", fontFamily: "inherit", fontSize: 12 }}
        />
      )}
    </MessageBar>
  );
}
