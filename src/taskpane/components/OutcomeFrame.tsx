/** The frame around an action's outcome: the place focus moves to when the action ends (see focus.ts). */
import type { ReactNode } from "react";
import { FOCUS_IDS } from "../focus";

/** Renders `children` in a focusable region named 操作结果. */
export function OutcomeFrame({ children }: { children: ReactNode }) {
  return (
    <div id={FOCUS_IDS.outcome} tabIndex={-1} role="region" aria-label="操作结果">
      {children}
    </div>
  );
}
