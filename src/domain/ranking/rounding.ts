/**
 * Rounding as the sheet shows it. Totals are sums of decimals typed by people, so binary
 * noise (71.24499999999999 for 71.245) must not decide a rank: the value is first cut to
 * 15 significant digits (what Excel itself displays), then rounded half away from zero in
 * decimal, as Excel's ROUND does.
 */

/** `value` rounded to `precision` decimals, half away from zero, ignoring binary noise. */
export function roundTo(value: number, precision: number): number {
  if (!Number.isFinite(value)) return value;
  const [mantissa, exponent] = value.toExponential(14).split("e");
  const scaled = Number(`${mantissa}e${Number(exponent) + precision}`);
  const rounded = Math.sign(scaled) * Math.round(Math.abs(scaled));
  if (rounded === 0) return 0;
  const [m, e] = rounded.toExponential().split("e");
  return Number(`${m}e${Number(e) - precision}`);
}

/** A score as text with exactly `precision` decimals ("71.25"), for evidence and messages. */
export function formatScore(value: number, precision: number): string {
  return roundTo(value, precision).toFixed(precision);
}
