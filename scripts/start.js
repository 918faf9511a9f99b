// `npm start`: build in development mode and serve dist/ over https on port 3000, then
// sideload the add-in where office-addin-debugging can (Windows, macOS). On Linux it
// prints how to sideload into Excel on the web and the address of file mode, and keeps
// serving until Ctrl+C.
//
// Certificates: office-addin-dev-certs writes ~/.office-addin-dev-certs/{ca.crt,
// localhost.crt,localhost.key} and then tries to trust the CA, which fails without admin
// rights (its getHttpsServerOptions() rejects, while `install` exits 0). So when it
// rejects, read the three files here; when they are still missing, serve plain http and
// say so loudly (Office refuses http add-ins, file mode in a browser still works).
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const PORT = 3000;
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const CERT_FILES = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };

function readCertFiles() {
  const paths = Object.values(CERT_FILES).map((f) => path.join(CERT_DIR, f));
  if (!paths.every((p) => fs.existsSync(p))) return null;
  const [ca, cert, key] = paths.map((p) => fs.readFileSync(p));
  return { ca, cert, key };
}

function localBin(name) {
  return path.join(ROOT, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);
}

/** The https options for the dev server, or null when no certificate could be had. */
async function httpsOptions() {
  try {
    return await require("office-addin-dev-certs").getHttpsServerOptions();
  } catch (error) {
    console.warn(`office-addin-dev-certs: ${String(error && error.message ? error.message : error).split("\n")[0]}`);
  }
  if (!readCertFiles()) {
    // Its exit code says nothing (0 even when trusting the CA failed): look for the files instead.
    spawnSync(localBin("office-addin-dev-certs"), ["install"], { stdio: "inherit", cwd: ROOT });
  }
  const files = readCertFiles();
  if (files) console.log(`Using the development certificate in ${CERT_DIR} (its CA may not be trusted on this machine).`);
  return files;
}

function printHowToUse(protocol) {
  const base = `${protocol}://localhost:${PORT}`;
  console.log(
    [
      "",
      "提升年工作台 dev server is running.",
      `  Task pane:           ${base}/taskpane.html`,
      `  File mode (browser): ${base}/taskpane.html  (outside Excel the pane opens .xlsx files locally)`,
      "",
      "Sideload into Excel on the web (浏览器中的 Excel):",
      "  1. Open a workbook at office.com.",
      "  2. 插入 → 加载项 → 上传我的加载项 (Insert → Add-ins → Upload My Add-in).",
      `  3. Choose ${path.join(ROOT, "manifest.xml")}.`,
      "  The browser must trust the certificate: open the task pane address above once and accept it.",
      "",
      "Press Ctrl+C to stop.",
    ].join("\n")
  );
}

/** Sideloads into desktop Excel through office-addin-debugging (Windows and macOS only). */
function sideload() {
  const child = spawn(
    localBin("office-addin-debugging"),
    ["start", "manifest.xml", "desktop", "--app", "excel", "--no-debug", "--dev-server-port", String(PORT)],
    {
      cwd: ROOT,
      stdio: "inherit",
      shell: process.platform === "win32",
    }
  );
  child.on("error", (error) => console.warn(`Sideloading failed: ${error.message}. Upload manifest.xml by hand (see above).`));
}

async function main() {
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const config = require(path.join(ROOT, "webpack.config.js"))({}, { mode: "development" });
  const https = await httpsOptions();
  if (!https) {
    console.warn(
      [
        "",
        "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
        "!! No development certificate: serving over plain HTTP.               !!",
        "!! Excel will NOT load the add-in from http://; only file mode works. !!",
        "!! Fix: npx office-addin-dev-certs install, then npm start again.     !!",
        "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
        "",
      ].join("\n")
    );
  }
  const server = new WebpackDevServer(
    Object.assign({}, config.devServer, { server: https ? { type: "https", options: https } : { type: "http" } }),
    webpack(config)
  );
  await server.start();
  printHowToUse(https ? "https" : "http");

  if (process.platform === "win32" || process.platform === "darwin") sideload();
  else console.log(`Sideloading into desktop Excel is not available on ${process.platform}: use Excel on the web (above).`);

  const stop = () => server.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
