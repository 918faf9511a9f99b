// Builds the task pane and the ribbon's function file into dist/.
// - office.js is not bundled: each page loads it from Microsoft's CDN, as add-ins must.
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

/** The webpack configuration for `mode` ("production" or "development"). */
module.exports = (_env, argv = {}) => {
  const dev = argv.mode !== "production";
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
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
      new HtmlWebpackPlugin({ filename: "notice.html", template: "./src/commands/notice.html", chunks: ["notice"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: path.join(path.dirname(require.resolve("@fluentui/font-icons-mdl2")), "..", "fonts"), to: "fonts" },
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
