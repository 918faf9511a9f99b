/** How each severity looks: an icon and a word always, colour only as a third cue (never colour alone). */
import type { FindingSeverity } from "../../../domain/findings";

// Each colour has a contrast of at least 4.5:1 on white (WCAG 2.1 AA, 1.4.3).
export const SEVERITY_LOOK: Readonly<Record<FindingSeverity, { icon: string; color: string }>> = {
  error: { icon: "ErrorBadge", color: "#a4262c" },
  warning: { icon: "Warning", color: "#7a5600" },
  info: { icon: "Info", color: "#4f4d4b" },
};
