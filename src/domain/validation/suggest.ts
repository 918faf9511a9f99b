/**
 * "Did you mean": an unknown unit code, 评议主体 or 单位类别 that is one slip away from exactly one
 * real value (one character typed, dropped or changed, or only full-width or case apart) is almost
 * certainly that value; the finding then names it ("是否应为「Z01」？"). Two or more near values are
 * a guess, and bad input is reported, never guessed at: no suggestion then.
 *
 * Only findings call this, never a valid row, so a workbook without mistakes pays nothing. Answers
 * are remembered per candidate collection, so 2,900 rows with the same typo cost one search.
 */
import { toHalfWidth } from "../text";

/** The real values: a list, a set, or a map keyed by them (the roster's indexes). */
export type Candidates = readonly string[] | ReadonlySet<string> | ReadonlyMap<string, unknown>;

// The collections are built once per run and never change after the first lookup (the roster's
// indexes, the lists of the reader): a WeakMap lets each run's answers go with its collections.
const remembered = new WeakMap<object, Map<string, string>>();

/** The text with full-width forms folded and letters lower-cased: what a width or case slip cannot change. */
function fold(text: string): string {
  return toHalfWidth(text).toLowerCase();
}

/** True when `a` and `b` are at Levenshtein distance exactly 1 (counted in characters, not UTF-16 units). */
export function oneEditApart(a: string, b: string): boolean {
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > 1) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (i === short.length) return long.length === short.length + 1;
  // First difference: a substitution (same length) or an insertion into the shorter one.
  const skip = short.length === long.length ? 1 : 0;
  for (let j = i + skip; j < short.length; j++) if (short[j] !== long[j + 1 - skip]) return false;
  return true;
}

/**
 * The one candidate that `value` is a near miss of, or "" when none is, or more than one is. A
 * width or case difference alone is the closer match: "b10" is B10, although it is also one edit
 * from Z10 and S10; only when no candidate is that close does one edit count.
 */
export function suggestAmong(value: string, candidates: Iterable<string>): string {
  if (value.trim() === "") return "";
  const folded = fold(value);
  const same: string[] = [];
  const near: string[] = [];
  for (const candidate of candidates) {
    if (candidate === value) return "";
    const other = fold(candidate);
    if (other === folded) same.push(candidate);
    else if (oneEditApart(folded, other)) near.push(candidate);
  }
  if (same.length > 0) return same.length === 1 ? same[0] : "";
  return near.length === 1 ? near[0] : "";
}

/**
 * The suggestion for `value` among `candidates` ("" for none), remembered per collection. The
 * collection must not change after its first lookup (build it first, then report).
 */
export function suggestionFor(value: string, candidates: Candidates): string {
  let answers = remembered.get(candidates);
  if (!answers) {
    answers = new Map();
    remembered.set(candidates, answers);
  }
  let answer = answers.get(value);
  if (answer === undefined) {
    answer = suggestAmong(value, valuesOf(candidates));
    answers.set(value, answer);
  }
  return answer;
}

/** The real values of a collection: a map's keys, a list's or a set's members. */
function valuesOf(candidates: Candidates): Iterable<string> {
  return candidates instanceof Map ? (candidates as ReadonlyMap<string, unknown>).keys() : (candidates as Iterable<string>);
}

/** The sentence a message adds for a suggestion: "是否应为「Z01」？", or "" when there is none. */
export function didYouMean(suggestion: string | number | undefined): string {
  return suggestion === undefined || suggestion === "" ? "" : `是否应为「${suggestion}」？`;
}
