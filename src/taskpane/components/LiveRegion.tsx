/**
 * A polite live region that is always on the page (WCAG 4.1.3): screen readers announce what
 * runs and how it ended. A region mounted together with its text is often not announced, so
 * this one stays mounted and only its text changes.
 */
import { mergeStyles } from "@fluentui/react";

/** Visually hidden, still read (the usual clip pattern). */
const hidden = mergeStyles({
  position: "absolute",
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
  border: 0,
});

/** Announces `text` whenever it changes. */
export function LiveRegion({ text, id }: { text: string; id?: string }) {
  return (
    <div id={id} role="status" aria-live="polite" aria-label="操作进展" className={hidden}>
      {text}
    </div>
  );
}

/** What a live region reads: the step that runs, else how the last action ended (prefixed, so it reads as news). */
export function announce(step: string | undefined, error: string | null, message: string | undefined): string {
  if (step) return `正在进行：${step}`;
  if (error) return `出错：${error}`;
  return message ? `已完成：${message}` : "";
}
