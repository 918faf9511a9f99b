/**
 * @jest-environment jsdom
 *
 * The start-up contract of the pages Excel opens without the pane: the ribbon's function file
 * and the notice dialog call Office.onReady() at load, so office.js on Windows and Mac hands
 * them their commands and messages (fake-office-startup.ts models what it does otherwise).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { startNoticePage } from "../../src/commands/notice-page";
import { installOfficeStartup, type OfficeStartup, type StartupPlatform } from "./fake-office-startup";

jest.mock("../../src/taskpane/worker-spawn", () => ({ spawnFileWorker: () => undefined }));

let startup: OfficeStartup | undefined;
let logged: jest.SpyInstance;

beforeEach(() => {
  logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
});

afterEach(() => {
  startup?.uninstall();
  startup = undefined;
  logged.mockRestore();
});

/** Loads commands.ts as Excel loads commands.html: a fresh module under the fake office.js. */
function loadFunctionFile(platform: StartupPlatform): OfficeStartup {
  startup = installOfficeStartup(platform);
  jest.isolateModules(() => {
    require("../../src/commands/commands");
  });
  return startup;
}

describe("the ribbon's function file", () => {
  it.each<StartupPlatform>(["PC", "Mac", "OfficeOnline"])(
    "tells office.js it is ready at load and runs 一键排名 and 校验 on %s",
    async (platform) => {
      const office = loadFunctionFile(platform);
      // Before office.js's wait is over: the call must come from loading the script, not from a click.
      expect(office.readyCalls()).toBeGreaterThan(0);
      for (const id of ["rankFromRibbon", "validateFromRibbon"]) {
        const event = { completed: jest.fn() };
        await office.press(id, event);
        // This Excel lacks everything in the fake, so the run reports that; what counts is that it ran and completed.
        expect(event.completed).toHaveBeenCalledTimes(1);
      }
    }
  );

  it("the fake refuses a function file that never calls Office.onReady, and one that associates before it", async () => {
    const silent = installOfficeStartup("PC");
    (globalThis as unknown as { Office: { actions: { associate(id: string, f: () => void): void } } }).Office.actions.associate(
      "rankFromRibbon",
      () => undefined
    );
    await expect(silent.press("rankFromRibbon", {})).rejects.toThrow(/never called Office.onReady/);
    silent.uninstall();

    const early = installOfficeStartup("Mac");
    const office = (globalThis as unknown as { Office: { onReady(): Promise<unknown>; actions: { associate(id: string, f: () => void): void } } })
      .Office;
    office.actions.associate("rankFromRibbon", () => undefined);
    void office.onReady();
    await expect(early.press("rankFromRibbon", {})).rejects.toThrow(/associated before Office.onReady/);
    early.uninstall();
  });
});

describe("the notice dialog", () => {
  function loadNoticePage(): Document {
    const doc = document.implementation.createHTMLDocument();
    doc.documentElement.innerHTML = readFileSync(join(__dirname, "../../src/commands/notice.html"), "utf8");
    return doc;
  }

  it.each<StartupPlatform>(["PC", "Mac", "OfficeOnline"])(
    "is ready at load, so 关闭 still reaches its opener after office.js's wait on %s",
    async (platform) => {
      startup = installOfficeStartup(platform);
      const doc = loadNoticePage();
      startNoticePage(doc, "?title=x&message=y");
      expect(startup.readyCalls()).toBe(1);
      // The user reads the notice for longer than office.js waits for a page to say it is ready.
      startup.finishLoading();
      doc.getElementById("notice-close")!.click();
      for (let i = 0; i < 20 && startup.messages.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 0));
      expect(startup.messages).toEqual(["close"]);
    }
  );
});
