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
  /** True when no guide was ever seen here: the guide says what the workbench is. */
  firstRun: boolean;
  /** Closes the guide and remembers today's as seen. */
  close(): void;
  /** Opens it again (使用指引). */
  reopen(): void;
}

/** The guide's view for `guide` (null while the stage is not known yet: nothing shows). */
export function useGuide(guide: StageGuide | null, storage: GuideStorage | null): GuideView {
  const memory = useMemo(() => guideMemory(storage), [storage]);
  const [firstSeen] = useState(() => memory.seen());
  const [seen, setSeen] = useState(firstSeen);
  const [forced, setForced] = useState(false);
  return {
    open: guide !== null && (forced || seen !== guide.key),
    firstRun: firstSeen === null,
    close() {
      setForced(false);
      if (!guide) return;
      memory.remember(guide.key);
      setSeen(guide.key);
    },
    reopen: () => setForced(true),
  };
}
