// Builds the task pane and the ribbon's function file into dist/.
// - office.js is not bundled: each page loads it from Microsoft's CDN, as add-ins must. For networks
//   that block the CDN, `--env officeJs=local` (npm run build:intranet) or OFFICE_JS=local serves the
//   pinned copy of @microsoft/office-js from dist/office-js/<version>/ instead (see the README for what
//   Microsoft allows: not for AppSource, acceptable for a centrally deployed or sideloaded add-in).
// - help.html, the local help page, is plain HTML: no script, no network.
// - exceljs is never in the start bundle: file mode runs in a dedicated worker
//   (src/worker/file-worker.ts; webpack 5 makes it an entry of its own from
//   `new Worker(new URL(..., import.meta.url))` in src/taskpane/worker-spawn.ts, which needs
//   ts-loader to keep `module: esnext`), and src/xlsx imports exceljs there with import(),
//   aliased to its prebuilt browser bundle so no node polyfills are needed. The worker loads
//   its chunks with importScripts, relative to its own URL (publicPath "auto").
// - Fluent UI's icon fonts are copied to dist/fonts and served by us (no CDN at runtime).
// Size check: scripts/bundle-size.js (target: ≤ 250 KB gzip loaded at start).
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DIST = path.resolve(__dirname, "dist");
const DEV_PORT = 3000;

// Node built-ins that browser code may name (through exceljs's dependencies) but never needs.
const NO_NODE_BUILTINS = Object.fromEntries(
  ["fs", "path", "os", "crypto", "stream", "zlib", "util", "buffer", "events", "url"].map((m) => [m, false])
);

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

// What of @microsoft/office-js a local copy leaves out: debug builds, typings, IntelliSense, other hosts.
const OFFICE_JS_UNUSED = [
  "**/*.debug.js",
  "**/*.d.ts",
  "**/office-vsdoc.js",
  ...["outlook", "onenote", "word", "powerpoint", "access", "project", "visio"].map((h) => `**/${h}*`),
];

/**
 * Where the pages load office.js from: `{src, copy}` with the script's src and the copy patterns
 * that serve it. "cdn" (the default) is Microsoft's CDN; "local" is the pinned package version,
 * copied into dist/office-js/<version>/ with the files office.js fetches relative to itself.
 */
function officeJsSource(choice = "cdn") {
  if (choice === "cdn") return { src: OFFICE_JS_CDN, copy: [] };
  if (choice !== "local") throw new Error(`officeJs (OFFICE_JS) must be "cdn" or "local", not "${choice}".`);
  let packageFile;
  try {
    packageFile = require.resolve("@microsoft/office-js/package.json");
  } catch {
    throw new Error("officeJs=local needs the @microsoft/office-js package in node_modules (a devDependency; run npm ci).");
  }
  const dir = `office-js/${require(packageFile).version}`;
  // A glob inside its context: the ignore patterns match relative to the context, which a folder given
  // as `from` would not be (node_modules may be a link to a folder outside the project).
  // toType "dir": the folder name holds dots, which copy-webpack-plugin would take for a file's extension.
  // minimized: Microsoft's files are minified already; Terser would spend minutes on 14 MB again.
  const context = path.join(path.dirname(packageFile), "dist");
  const copy = [{ context, from: "**/*", to: dir, toType: "dir", globOptions: { ignore: OFFICE_JS_UNUSED }, info: { minimized: true } }];
  return { src: `${dir}/office.js`, copy };
}

/** The webpack configuration for `mode` ("production" or "development"); `env.officeJs` or OFFICE_JS picks office.js's source. */
module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const officeJs = officeJsSource(env.officeJs ?? process.env.OFFICE_JS ?? "cdn");
  const page = (filename, template, chunks) => new HtmlWebpackPlugin({ filename, template, chunks, templateParameters: { officeJs: officeJs.src } });
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "eval-cheap-module-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      // The ribbon's notice dialog: a few hundred bytes, no React.
      notice: "./src/commands/notice-page.ts",
    },
    output: {
      path: DIST,
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].chunk.js" : "[name].[contenthash:8].chunk.js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      alias: { exceljs$: require.resolve("exceljs/dist/exceljs.min.js") },
      fallback: NO_NODE_BUILTINS,
    },
    module: {
      // exceljs.min.js is a finished browserify bundle: parsing it again only costs time and warnings.
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is `npm run typecheck`; the build only transpiles.
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: path.resolve(__dirname, "tsconfig.json") } },
        },
      ],
    },
    plugins: [
      page("taskpane.html", "./src/taskpane/taskpane.html", ["taskpane"]),
      page("commands.html", "./src/commands/commands.html", ["commands"]),
      page("notice.html", "./src/commands/notice.html", ["notice"]),
      // The help page the pane's 帮助 links open: no chunk, nothing injected.
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/help/help.html", chunks: [], inject: false }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: path.join(path.dirname(require.resolve("@fluentui/font-icons-mdl2")), "..", "fonts"), to: "fonts" },
          ...officeJs.copy,
        ],
      }),
    ],
    // webpack's hints measure uncompressed bytes; the budget is gzip bytes, checked by scripts/bundle-size.js.
    performance: { hints: false },
    devServer: {
      port: DEV_PORT,
      // Only this machine: the pane is for the local Excel, not for the network.
      host: "localhost",
      static: { directory: DIST },
      headers: { "Access-Control-Allow-Origin": "*" },
      // scripts/start.js replaces this with the office-addin-dev-certs certificate.
      server: "https",
      client: { overlay: { warnings: false } },
    },
  };
};

module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
