/**
 * Microsoft's own request builder: the Excel script of @microsoft/office-js (excel-web-16.00, what
 * Excel on the web loads) run in a jsdom window, with a capturing executor in place of the host.
 * Every context.sync() is serialised by Microsoft's code exactly as Excel on the web would receive
 * it, and its size recorded; the answer is an empty success, so it serves writes that read nothing.
 */
import { readFileSync } from "fs";
import { JSDOM } from "jsdom";

/** What a test gets: Microsoft's Excel namespace and the UTF-8 size of every request it sent. */
export interface MicrosoftExcel {
  Excel: typeof Excel;
  /** Request bodies, in bytes of UTF-8, in the order sent. */
  readonly requests: number[];
  /** A new request context over the capturing executor. */
  context(): Excel.RequestContext;
}

/**
 * Excel's answers: to every Instantiate action (ActionType 1) a reference id, as Excel gives an
 * object it created, so that its path stays valid in the next request of the same batch; to a
 * load of a sheet's protection, "not protected". Nothing else: the writes measured read nothing more.
 */
function answers(body: string): { ActionId: number; Value: Record<string, unknown> }[] {
  type Action = { Id: number; ActionType: number; QueryInfo?: { Select?: string[] } };
  const actions = (JSON.parse(body) as { Actions?: Action[] }).Actions ?? [];
  return actions.flatMap((a): { ActionId: number; Value: Record<string, unknown> }[] => {
    if (a.ActionType === 1) return [{ ActionId: a.Id, Value: { _ReferenceId: `ref${a.Id}` } }];
    // A sheet's protection, loaded after a batch's cells are written (./apply-plan): not protected.
    if (a.ActionType === 2 && a.QueryInfo?.Select?.join() === "protected") return [{ ActionId: a.Id, Value: { Protected: false, protected: false } }];
    return [];
  });
}

let cached: { window: JSDOM["window"]; requests: number[] } | undefined;

/** Loads excel-web-16.00.js once per test file (it is 3 MB); `requests` is emptied on every call. */
export function microsoftExcel(): MicrosoftExcel {
  if (!cached) {
    const dom = new JSDOM("<!doctype html><html><body></body></html>", { runScripts: "outside-only", url: "https://localhost/" });
    const script = readFileSync(require.resolve("@microsoft/office-js/dist/excel-web-16.00.js"), "utf8");
    dom.window.eval(script);
    const requests: number[] = [];
    const win = dom.window as unknown as { OSF: { DDA: { RichApi?: Record<string, unknown> } } };
    // The local-document executor hands the message (a "safe array" whose 5th item is the JSON body) to the host.
    win.OSF.DDA.RichApi = {
      ...(win.OSF.DDA.RichApi ?? {}),
      executeRichApiRequestAsync: (message: unknown[], callback: (result: unknown) => void) => {
        const body = String(message[4]);
        requests.push(Buffer.byteLength(body, "utf8"));
        callback({ status: "succeeded", value: { data: [200, [], JSON.stringify({ Results: answers(body) })] } });
      },
    };
    cached = { window: dom.window, requests };
  }
  cached.requests.length = 0;
  const excel = (cached.window as unknown as { Excel: typeof Excel }).Excel;
  return { Excel: excel, requests: cached.requests, context: () => new excel.RequestContext() };
}
