/**
 * Remembers which stage guide the user has seen, in localStorage. Guarded: storage may be
 * missing or throw (a locked-down browser, Office's privacy settings, a full quota), and
 * the pane must then work all the same, remembering for this session only.
 */

/** The part of Storage the pane uses. */
export type GuideStorage = Pick<Storage, "getItem" | "setItem">;

const KEY = "tisheng.guide.seen";

/** window.localStorage, or null where reading it throws (some browsers throw on the property itself). */
export function browserStorage(): GuideStorage | null {
  try {
    return typeof window !== "undefined" ? window.localStorage : null;
  } catch {
    return null;
  }
}

export interface GuideMemory {
  /** The guide key last seen, or null when none was (or storage cannot be read). */
  seen(): string | null;
  /** Records `key` as seen: in storage when it works, in memory in any case. */
  remember(key: string): void;
}

/** A memory over `storage` that never throws. */
export function guideMemory(storage: GuideStorage | null): GuideMemory {
  let session: string | null = null;
  return {
    seen() {
      if (session !== null) return session;
      try {
        return storage?.getItem(KEY) ?? null;
      } catch {
        return null;
      }
    },
    remember(key) {
      session = key;
      try {
        storage?.setItem(KEY, key);
      } catch {
        // Storage refused (private mode, quota): the session value above still hides the guide.
      }
    },
  };
}
