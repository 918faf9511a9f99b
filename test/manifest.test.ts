/** @jest-environment jsdom */
/**
 * The manifest's contract with Excel and the users: zh-CN by default with en-US overrides,
 * the 提升年 tab with its three buttons, the function file, icons that exist at the sizes
 * they claim, and ExcelApi 1.13 (see the manifest comment). Schema validity is scripts/validate-manifest.js.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..");
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");

/** Elements by local name, whatever their namespace prefix. */
function all(name: string, root: Element | Document = doc): Element[] {
  return [...root.getElementsByTagName("*")].filter((e) => e.localName === name);
}

function one(name: string, root: Element | Document = doc): Element {
  const found = all(name, root);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
}

/** A direct child of <OfficeApp> (names like Description recur inside VersionOverrides). */
function top(name: string): Element {
  const found = [...doc.documentElement.children].find((e) => e.localName === name);
  if (!found) throw new Error(`no top-level <${name}>`);
  return found;
}

/** The zh-CN default and the en-US override of a resource string. */
function resourceString(id: string): { zh: string; en: string | null } {
  const element = all("String").find((e) => e.getAttribute("id") === id);
  if (!element) throw new Error(`no resource string ${id}`);
  const override = all("Override", element).find((o) => o.getAttribute("Locale") === "en-US");
  return { zh: element.getAttribute("DefaultValue") ?? "", en: override?.getAttribute("Value") ?? null };
}

function labelOf(control: Element): string {
  const label = [...control.children].find((c) => c.localName === "Label");
  return resourceString(label!.getAttribute("resid")!).zh;
}

function resourceUrl(kind: "Image" | "Url", id: string): string {
  const element = all(kind).find((e) => e.getAttribute("id") === id);
  if (!element) throw new Error(`no ${kind} resource ${id}`);
  return element.getAttribute("DefaultValue")!;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The file in assets/ that a https://localhost:3000/assets/… URL serves. */
function assetFile(url: string): string {
  const match = /^https:\/\/localhost:3000\/(assets\/[\w.-]+\.png)$/.exec(url);
  if (!match) throw new Error(`not an asset URL: ${url}`);
  return path.join(ROOT, match[1]);
}

describe("manifest.xml", () => {
  it("parses as XML", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.localName).toBe("OfficeApp");
  });

  it("is a workbook task-pane add-in with a GUID id", () => {
    expect(doc.documentElement.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(one("Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(all("Host").some((h) => h.getAttribute("Name") === "Workbook")).toBe(true);
  });

  it("defaults to zh-CN, with en-US overrides for the display name and description", () => {
    expect(top("DefaultLocale").textContent).toBe("zh-CN");
    const name = top("DisplayName");
    expect(name.getAttribute("DefaultValue")).toBe("提升年工作台");
    expect(all("Override", name).map((o) => o.getAttribute("Locale"))).toEqual(["en-US"]);
    expect(all("Override", top("Description")).map((o) => o.getAttribute("Locale"))).toEqual(["en-US"]);
  });

  it("gives every resource string an en-US override", () => {
    const strings = all("String");
    expect(strings.length).toBeGreaterThan(0);
    for (const s of strings) expect(resourceString(s.getAttribute("id")!).en).toBeTruthy();
  });

  it("requires ExcelApi 1.13, the first set every Excel with it shows in a current browser (never Excel 2019's IE11 or Edge Legacy)", () => {
    const set = all("Set").find((s) => s.getAttribute("Name") === "ExcelApi");
    expect(set?.getAttribute("MinVersion")).toBe("1.13");
  });

  it("points SupportUrl at the help page", () => {
    expect(one("SupportUrl").getAttribute("DefaultValue")).toMatch(/\/help\.html$/);
  });

  it("has a 提升年 tab whose buttons open the pane, rank and validate", () => {
    const tab = one("CustomTab");
    expect(labelOf(tab)).toBe("提升年");
    const buttons = all("Control", tab).filter((c) => c.getAttribute("xsi:type") === "Button");
    const described = buttons.map((b) => {
      const action = one("Action", b);
      return {
        label: labelOf(b),
        action: action.getAttribute("xsi:type"),
        target: action.getAttribute("xsi:type") === "ExecuteFunction" ? one("FunctionName", action).textContent : null,
      };
    });
    expect(described).toEqual([
      { label: "打开工作台", action: "ShowTaskpane", target: null },
      { label: "一键排名", action: "ExecuteFunction", target: "rankFromRibbon" },
      { label: "校验", action: "ExecuteFunction", target: "validateFromRibbon" },
    ]);
  });

  it("points the pane and the function file at the dev server's pages", () => {
    expect(resourceUrl("Url", one("FunctionFile").getAttribute("resid")!)).toBe("https://localhost:3000/commands.html");
    const showPane = all("Action").find((a) => a.getAttribute("xsi:type") === "ShowTaskpane")!;
    expect(resourceUrl("Url", one("SourceLocation", showPane).getAttribute("resid")!)).toBe("https://localhost:3000/taskpane.html");
    expect(one("SourceLocation", one("DefaultSettings")).getAttribute("DefaultValue")).toBe("https://localhost:3000/taskpane.html");
  });

  it("refers only to icons that exist in assets/ at the size each reference claims", () => {
    const refs = all("Image").filter((i) => i.getAttribute("size"));
    expect(refs.length).toBeGreaterThanOrEqual(12); // group + three buttons × 16/32/80
    for (const ref of refs) {
      const size = Number(ref.getAttribute("size"));
      expect(pngSize(assetFile(resourceUrl("Image", ref.getAttribute("resid")!)))).toEqual({ width: size, height: size });
    }
    expect(new Set(refs.map((r) => r.getAttribute("size")))).toEqual(new Set(["16", "32", "80"]));
  });

  it("has a 32 px icon and a 64 px high-resolution icon", () => {
    expect(pngSize(assetFile(top("IconUrl").getAttribute("DefaultValue")!))).toEqual({ width: 32, height: 32 });
    expect(pngSize(assetFile(top("HighResolutionIconUrl").getAttribute("DefaultValue")!))).toEqual({ width: 64, height: 64 });
  });
});
