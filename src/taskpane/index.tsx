/* eslint-disable no-restricted-globals -- the entry point is where the pane learns its host; components never see Office */
/**
 * Entry of the task pane. Inside Excel it renders the pane over the Office.js workbench;
 * anywhere else (a plain browser page, where Office.onReady reports no host, or where
 * office.js could not load at all) it renders file mode.
 */
import { initializeIcons } from "@fluentui/font-icons-mdl2";
import { createRoot } from "react-dom/client";
import { App, type AppProps } from "./App";
import { excelWorkbench, fileWorkbench } from "./wiring";

// Icon fonts come from our own dist/fonts (copied by webpack), never from Microsoft's CDN;
// FabricConfig.fontBaseUrl = "" in taskpane.html keeps Fluent from fetching Segoe UI.
initializeIcons("fonts/");

const now = () => new Date();

function render(props: AppProps): void {
  const root = document.getElementById("root");
  if (!root) throw new Error("taskpane.html has no #root element");
  createRoot(root).render(<App {...props} />);
}

function renderFileMode(): void {
  const files = fileWorkbench(now);
  render({ workbench: null, hostInfo: { inExcel: false }, now, openFile: files.openFile, download: files.download, cancel: files.cancel });
}

function renderExcel(platform: string | undefined): void {
  try {
    const { workbench, warning } = excelWorkbench(now);
    render({ workbench, hostInfo: { inExcel: true, warning, platform }, now });
  } catch (e) {
    // Show why the workbench could not be built instead of a blank pane.
    const warning = e instanceof Error && e.message ? e.message : "无法连接当前工作簿。";
    render({ workbench: null, hostInfo: { inExcel: true, warning, platform }, now });
  }
}

if (document.getElementById("host-unsupported")) {
  // taskpane.html's own script found this browser too old and already says why and what works instead.
} else if (typeof Office === "undefined") {
  renderFileMode();
} else {
  void Office.onReady().then((info) =>
    info.host === Office.HostType.Excel ? renderExcel(info.platform ? String(info.platform) : undefined) : renderFileMode()
  );
}
