/**
 * The stage guide's state: shown when today's guide (its stage and year) differs from the one
 * last seen, closed by 开始 or 跳过 (remembered), shown again by 使用指引.
 */
import { useMemo, useState } from "react";
import { guideMemory, type GuideStorage } from "./guide-memory";
import type { StageGuide } from "./stage-guide";

export interface GuideView {
  /** Whether the guide is on screen. */
  open: boolean;
  /**
   * welcome: nothing was ever seen here (the guide also says what the workbench is);
   * newStage: the campaign entered a stage not seen yet; reopened: 使用指引 asked for it.
   */
  mode: "welcome" | "newStage" | "reopened";
  /** Closes the guide and remembers today's as seen. */
  close(): void;
  /** Opens it again (使用指引). */
  reopen(): void;
}

/** The guide's view for `guide` (null while the stage is not known yet: nothing shows). */
export function useGuide(guide: StageGuide | null, storage: GuideStorage | null): GuideView {
  const memory = useMemo(() => guideMemory(storage), [storage]);
  const [seen, setSeen] = useState(() => memory.seen());
  const [forced, setForced] = useState(false);
  return {
    open: guide !== null && (forced || seen !== guide.key),
    mode: seen === null ? "welcome" : guide && seen !== guide.key ? "newStage" : "reopened",
    close() {
      setForced(false);
      if (!guide) return;
      memory.remember(guide.key);
      setSeen(guide.key);
    },
    reopen: () => setForced(true),
  };
}
