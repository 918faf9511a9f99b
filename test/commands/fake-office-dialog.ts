/**
 * A stand-in for the part of Office.js the notice dialog uses: Office.context.ui.displayDialogAsync
 * with its AsyncResult, the dialog's two events, and the DialogApi requirement check. Like
 * Office, it answers through a callback on a later turn, never synchronously.
 */

type Handler = (arg: { message: string; origin: string | undefined } | { error: number }) => void;

/** How the fake Office answers displayDialogAsync. */
export type DialogBehaviour = "opens" | { fails: { code: number; message: string } } | "throws" | "unsupported";

/** One displayDialogAsync call the code under test made. */
export interface OpenedDialog {
  url: string;
  options: Office.DialogOptions;
  closed: boolean;
  /** The page's 关闭 button: the page messages its opener. */
  clickClose(): void;
  /** The dialog's own ×: Office reports event 12006. */
  closeByUser(): void;
  /** An Office dialog event with `code` (12002: the page could not be loaded, …). */
  fireEvent(code: number): void;
}

/** Installs a fake `Office` global; returns the dialog requests made through it and an uninstall. */
export function installFakeOffice(behaviour: DialogBehaviour = "opens") {
  const requests: OpenedDialog[] = [];
  const office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    context: {
      requirements: { isSetSupported: (name: string) => behaviour !== "unsupported" || name !== "DialogApi" },
      ui: {
        displayDialogAsync(url: string, options: Office.DialogOptions, callback: (result: unknown) => void) {
          if (behaviour === "throws") throw new Error("displayDialogAsync is not available");
          const handlers = new Map<string, Handler>();
          // A test may click before the callback has handed the dialog over (a loaded machine runs the
          // callback late): the click is kept and delivered once the code under test listens, as a user
          // can only click a dialog that is on screen.
          const pending = new Map<string, Parameters<Handler>[0]>();
          const deliver = (type: string, arg: Parameters<Handler>[0]) => {
            const handler = handlers.get(type);
            if (handler) handler(arg);
            else pending.set(type, arg);
          };
          const dialog = {
            addEventHandler: (type: string, handler: Handler) => {
              handlers.set(type, handler);
              const waiting = pending.get(type);
              pending.delete(type);
              if (waiting) handler(waiting);
            },
            close: () => {
              record.closed = true;
            },
          };
          const record: OpenedDialog = {
            url,
            options,
            closed: false,
            clickClose: () => deliver("dialogMessageReceived", { message: "close", origin: new URL(url).origin }),
            closeByUser: () => deliver("dialogEventReceived", { error: 12006 }),
            fireEvent: (code) => deliver("dialogEventReceived", { error: code }),
          };
          requests.push(record);
          const result =
            behaviour === "opens"
              ? { status: "succeeded", value: dialog }
              : { status: "failed", error: { ...(behaviour as { fails: object }).fails, name: "Error" } };
          setTimeout(() => callback(result), 0);
        },
      },
    },
  };
  (globalThis as { Office?: unknown }).Office = office;
  return { requests, uninstall: () => delete (globalThis as { Office?: unknown }).Office };
}
