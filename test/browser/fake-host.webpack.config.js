// Bundles test/browser/fake-office-host.ts into one office.js that the browser tests serve in
// place of Microsoft's (see fake-host.ts). Output goes to a temporary folder, never the repo:
//   npx webpack -c test/browser/fake-host.webpack.config.js --env outDir=/tmp/fake-host
const os = require("os");
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");

/** The configuration; `env.outDir` is where office.js is written. */
module.exports = (env = {}) => ({
  mode: "development",
  // No eval-wrapped modules or source maps: the bundle is one plain script, as office.js is.
  devtool: false,
  target: "web",
  entry: path.join(__dirname, "fake-office-host.ts"),
  output: { path: env.outDir || path.join(os.tmpdir(), "tisheng-fake-host"), filename: "office.js", clean: true },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true, configFile: path.join(ROOT, "tsconfig.json") } },
      },
    ],
  },
  performance: { hints: false },
  stats: "errors-warnings",
});
