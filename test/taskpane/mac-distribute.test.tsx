/**
 * @jest-environment jsdom
 *
 * 分发填报模板 in Excel on Mac: its task pane ignores a download link (OfficeDev/office-js#2700), so
 * the button says so and names what works (Excel on the web, the command line) instead of making
 * a .zip nobody receives and recording a distribution that never happened. Windows and the web
 * keep the download.
 */
import { fireEvent, screen } from "@testing-library/react";
import { FakeWorkbench } from "./fake-workbench";
import { button, isDisabled, renderApp } from "./render-app";

/** 15 April 2010: 组织推进, when 分发汇总 opens first. */
const APRIL_15_2010 = () => new Date(2010, 3, 15, 10, 0, 0);

async function renderOn(platform: string) {
  const wb = new FakeWorkbench("excel");
  renderApp({ workbench: wb, now: APRIL_15_2010, hostInfo: { inExcel: true, platform } });
  await screen.findByText("活动年度：2010年", undefined, { timeout: 5000 });
  return wb;
}

describe("分发填报模板 by platform", () => {
  it("on Mac says why it cannot hand over the .zip, names Excel on the web and the command line, and makes nothing", async () => {
    const wb = await renderOn("Mac");
    const distribute = button("分发填报模板");
    expect(isDisabled(distribute)).toBe(true);
    const reason = document.getElementById(distribute.getAttribute("aria-describedby") ?? "")?.textContent ?? "";
    expect(reason).toContain("Mac 版 Excel");
    expect(reason).toContain("Excel 网页版");
    expect(reason).toContain("命令行");
    expect(reason).toContain("分发记录也不会改动");
    fireEvent.click(distribute);
    expect(wb.actions().filter((c) => c.op === "distributeTemplates")).toEqual([]);
  });

  it.each(["PC", "OfficeOnline"])("on %s offers it as before", async (platform) => {
    await renderOn(platform);
    const distribute = button("分发填报模板");
    expect(isDisabled(distribute)).toBe(false);
    expect(distribute.getAttribute("aria-describedby")).toBeNull();
  });
});
