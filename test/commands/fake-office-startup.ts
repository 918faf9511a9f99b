/**
 * office.js start-up as a page lives through it, for the pages Excel opens without the pane
 * (the ribbon's function file and the notice dialog). office.js waits for the page to call
 * Office.onReady() or set Office.initialize; on Windows and Mac it gives up after about 10 s
 * when neither happens, and then never hands the page a command or a dialog message. On
 * desktop it also takes only the commands associated once the page said it is ready, so a
 * handler associated before Office.onReady() never runs there; Excel on the web registers
 * earlier, which hides both faults. This fake fails a test in each of those cases.
 */

/** The platforms of Office.context.diagnostics.platform a test may start on. */
export type StartupPlatform = "PC" | "Mac" | "OfficeOnline";

interface Association {
  handler: (event: unknown) => unknown;
  /** Whether Office.onReady (or Office.initialize) had been called when the handler was associated. */
  afterReady: boolean;
}

export interface OfficeStartup {
  /** The time office.js waits for the page has passed: it has been told the page is ready, or it gives up. */
  finishLoading(): void;
  /**
   * The user presses the ribbon button whose manifest FunctionName is `id`: resolves with what the
   * handler returned; rejects, naming the fault, when the handler would never run on this platform.
   */
  press(id: string, event: unknown): Promise<unknown>;
  /** What the page sent its opener through Office.context.ui.messageParent. */
  readonly messages: string[];
  /** How often the page called Office.onReady (or set Office.initialize). */
  readyCalls(): number;
  uninstall(): void;
}

const DESKTOP = new Set<StartupPlatform>(["PC", "Mac"]);

/** Installs `Office` modelling start-up on `platform`, merged with `extra` (e.g. the dialog API a command uses). */
export function installOfficeStartup(platform: StartupPlatform, extra: Record<string, unknown> = {}): OfficeStartup {
  let readyCalls = 0;
  let state: "loading" | "ready" | "gaveUp" = "loading";
  const waiting: (() => void)[] = [];
  const associations = new Map<string, Association>();
  const messages: string[] = [];
  const info = { host: "Excel", platform };

  const markReady = () => {
    readyCalls++;
  };
  const whenReady = <T>(then: () => T): Promise<T> =>
    new Promise<T>((resolve) => {
      // After office.js gave up, nothing the page asks for is ever answered.
      if (state === "gaveUp") return;
      if (state === "ready") resolve(then());
      else waiting.push(() => resolve(then()));
    });

  const extraContext = (extra.context ?? {}) as Record<string, unknown>;
  const office: Record<string, unknown> = {
    ...extra,
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC", Mac: "Mac", OfficeOnline: "OfficeOnline" },
    onReady(callback?: (ready: typeof info) => void) {
      if (state !== "gaveUp") markReady();
      return whenReady(() => {
        callback?.(info);
        return info;
      });
    },
    actions: {
      associate(id: string, handler: (event: unknown) => unknown) {
        associations.set(id, { handler, afterReady: readyCalls > 0 });
      },
    },
    context: {
      requirements: { isSetSupported: () => false },
      ...extraContext,
      diagnostics: { host: "Excel", platform, version: "16.0.17928.20000" },
      platform,
      ui: {
        ...((extraContext.ui ?? {}) as Record<string, unknown>),
        messageParent(message: string) {
          if (state !== "ready") throw new Error("office.js 未初始化此页面（Office.onReady 从未在加载时调用），消息无法送达。");
          messages.push(message);
        },
      },
    },
  };
  // Office.initialize is the older way to say "ready": setting it counts as calling onReady.
  Object.defineProperty(office, "initialize", {
    set(handler: (reason: unknown) => void) {
      if (state === "gaveUp") return;
      markReady();
      void whenReady(() => handler("documentOpened"));
    },
    configurable: true,
  });
  (globalThis as { Office?: unknown }).Office = office;

  const finishLoading = () => {
    if (state !== "loading") return;
    state = readyCalls > 0 ? "ready" : "gaveUp";
    if (state === "ready") waiting.splice(0).forEach((run) => run());
  };

  return {
    finishLoading,
    async press(id, event) {
      finishLoading();
      if (state === "gaveUp") {
        throw new Error(`office.js gave up: the page never called Office.onReady() or set Office.initialize at load, so "${id}" never runs.`);
      }
      const association = associations.get(id);
      if (!association) throw new Error(`No handler associated with "${id}".`);
      if (DESKTOP.has(platform) && !association.afterReady) {
        throw new Error(`"${id}" was associated before Office.onReady() was called: Excel on ${platform} never invokes it.`);
      }
      return association.handler(event);
    },
    messages,
    readyCalls: () => readyCalls,
    uninstall: () => {
      delete (globalThis as { Office?: unknown }).Office;
    },
  };
}
