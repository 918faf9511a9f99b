/**
 * Frame gaps measured inside the page: a requestAnimationFrame loop records the longest time
 * between two frames (a frozen pane draws no frame), and on every frame the text of the
 * pane's progress (role=status), so a test can tell which progress the user saw.
 */
import type { Page } from "playwright-core";

interface Probe {
  maxGap: number;
  last: number;
  texts: string[];
}
type ProbeWindow = { __frames?: Probe };

/** Starts (or restarts) the measurement: the gap and the texts seen so far are cleared. */
export async function startFrameProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as ProbeWindow;
    const fresh = !w.__frames;
    w.__frames = { maxGap: 0, last: 0, texts: [] };
    if (!fresh) return;
    const tick = (time: number) => {
      const probe = (window as unknown as ProbeWindow).__frames as Probe;
      if (probe.last) probe.maxGap = Math.max(probe.maxGap, time - probe.last);
      probe.last = time;
      const text = document.querySelector("[role=group][aria-label='进度'] .ms-ProgressIndicator-itemName")?.textContent?.trim();
      if (text && probe.texts[probe.texts.length - 1] !== text) probe.texts.push(text);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** The longest frame gap (ms) since startFrameProbe, and the progress texts shown meanwhile. */
export function readFrameProbe(page: Page): Promise<{ maxGap: number; texts: string[] }> {
  return page.evaluate(() => {
    const probe = (window as unknown as ProbeWindow).__frames as Probe;
    return { maxGap: Math.round(probe.maxGap), texts: [...probe.texts] };
  });
}
