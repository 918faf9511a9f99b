/**
 * Every rule of the catalogues by id, so that what a user reads about a finding can cite the
 * rule's basis (the campaign document's clause) instead of its id, which is for programs.
 */
import type { Rule } from "../findings";
import * as RANKING from "./ranking-rules";
import * as READING from "./reading-rules";
import * as SUPERVISION from "./supervision-rules";
import * as VALIDATION from "./validation-rules";

type AnyRule = Rule<never>;

let index: Map<string, AnyRule> | null = null;

function rulesOf(catalogue: Record<string, unknown>): AnyRule[] {
  return Object.values(catalogue).filter((v): v is AnyRule => typeof v === "object" && v !== null && "id" in v && "basis" in v);
}

/** The basis of the rule with `id` (the clause it enforces), or "" for an id no catalogue declares. */
export function basisOfRule(id: string): string {
  index ??= new Map([READING, VALIDATION, RANKING, SUPERVISION].flatMap((c) => rulesOf(c).map((r) => [r.id, r] as const)));
  return index.get(id)?.basis ?? "";
}
