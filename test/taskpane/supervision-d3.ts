/**
 * The d3 packages under @fluentui/react-charting ship ES modules, which Jest's CommonJS
 * runtime cannot load; each also ships a UMD build. For the pane tests that draw charts,
 * every d3 package (and internmap) resolves to its UMD build. Registered with doMock (not
 * hoisted) before the charts' chunk is first imported, which happens inside a test.
 */
import { join } from "node:path";

const UMD_PACKAGES = [
  "d3-array",
  "d3-axis",
  "d3-color",
  "d3-format",
  "d3-hierarchy",
  "d3-interpolate",
  "d3-path",
  "d3-sankey",
  "d3-scale",
  "d3-selection",
  "d3-shape",
  "d3-time",
  "d3-time-format",
  "internmap",
];

/** Points every d3 package at its UMD build for the current test file. */
export function useUmdD3(): void {
  for (const name of UMD_PACKAGES) {
    const umd = join(__dirname, "..", "..", "node_modules", name, "dist", `${name}.js`);
    jest.doMock(name, () => jest.requireActual(umd));
  }
}
