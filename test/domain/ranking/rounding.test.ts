/** Rounding as the sheet shows it: decimal, half away from zero, blind to binary noise. */
import { formatScore, roundTo } from "../../../src/domain/ranking";

describe("roundTo", () => {
  it.each([
    // [value, precision, expected] — worked by hand on the decimal value.
    [71.245, 2, 71.25], // 7124.5 → up (a naive Math.round(x*100)/100 gives 71.24)
    [80.44 + 0.005, 2, 80.45], // stored as 80.44499999…; the decimal value is 80.445
    [1.005, 2, 1.01], // stored as 1.00499999999999989…
    [0.1 + 0.2, 1, 0.3],
    [84.83333333333333, 2, 84.83],
    [84.83333333333333, 0, 85],
    [-71.245, 2, -71.25], // half away from zero, as Excel's ROUND
    [-0.004, 2, 0], // never -0
    [79.9999999999999, 2, 80],
    [80.001, 3, 80.001],
    [2.5, 0, 3],
    [1e-7, 2, 0],
  ])("roundTo(%p, %p) = %p", (value, precision, expected) => {
    expect(Object.is(roundTo(value, precision), expected)).toBe(true);
  });

  it("formats with exactly the precision's decimals", () => {
    expect(formatScore(70, 2)).toBe("70.00");
    expect(formatScore(71.245, 2)).toBe("71.25");
    expect(formatScore(84.5, 0)).toBe("85");
  });
});
