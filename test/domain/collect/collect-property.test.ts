/**
 * Random years of returns (fast-check): sequences of 分发 (a template carrying the unit's rows),
 * units filling and re-sending files (new or old templates), 汇总, office edits and 撤销 never
 * lose a row nobody removed, never bring back a row nobody sent, and a batch ends the same
 * whatever order its files come in.
 */
import fc from "fast-check";
import { collectBatch, keyOf, undoLastCollect, type CollectCandidate, type CollectLogEntry, type CollectRecords } from "../../../src/domain/collect";
import type { SelfInspection } from "../../../src/domain/types";
import { inspection } from "./records";

const UNITS = ["A", "B", "C"];
const IDS = ["1", "2", "3", "4"];

/** What a unit does to the rows its file carries: add or change a problem (to `text`), or clear one. */
const edit = fc.record({ id: fc.constantFrom(...IDS), clear: fc.boolean(), text: fc.constantFrom("甲", "乙", "丙") });
const op = fc.oneof(
  fc.record({ kind: fc.constant("distribute" as const), unit: fc.constantFrom(...UNITS) }),
  // A file made from template #t (modulo the templates so far), or from the unit's last file of it, with edits.
  fc.record({ kind: fc.constant("fill" as const), t: fc.nat(), fromLast: fc.boolean(), edits: fc.array(edit, { maxLength: 3 }) }),
  fc.record({ kind: fc.constant("collect" as const), pick: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), seed: fc.nat() }),
  fc.record({ kind: fc.constant("office" as const), unit: fc.constantFrom(...UNITS), e: edit }),
  fc.record({ kind: fc.constant("undo" as const) })
);

const keys = (rows: readonly SelfInspection[]) => new Set(rows.map((r) => keyOf("inspections", r)));
const applyEdits = (rows: readonly SelfInspection[], unit: string, edits: readonly { id: string; clear: boolean; text: string }[]) => {
  let out = [...rows];
  for (const e of edits) {
    out = out.filter((r) => r.problemId !== e.id);
    if (!e.clear) out.push(inspection(unit, e.id, e.text));
  }
  return out;
};

interface Template {
  unit: string;
  base: SelfInspection[];
  hash: string;
  created: string;
}

it("never loses a row nobody removed, never resurrects one nobody sent, and is the same in any file order", () => {
  fc.assert(
    fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
      let data: CollectRecords = { plans: [], progress: [], inspections: [inspection("A", "1", "初"), inspection("B", "2", "初")] };
      let log: CollectLogEntry[] = [];
      const templates: Template[] = [];
      const files: CollectCandidate[] = [];
      const lastFile = new Map<number, CollectCandidate>();
      let clock = 0;
      for (const o of ops) {
        clock += 1;
        const batch = new Date(Date.UTC(2010, 0, 1) + clock * 86_400_000).toISOString();
        if (o.kind === "distribute") {
          const base = data.inspections.filter((r) => r.unitCode === o.unit);
          templates.push({ unit: o.unit, base, hash: `t${templates.length}`, created: batch.slice(0, 16) });
        } else if (o.kind === "fill" && templates.length > 0) {
          const ti = o.t % templates.length;
          const t = templates[ti];
          const from = o.fromLast ? (lastFile.get(ti)?.records.inspections ?? t.base) : t.base;
          const rows = applyEdits(from, t.unit, o.edits);
          const file: CollectCandidate = {
            file: `${t.unit}-${files.length}.xlsx`,
            sha256: `${t.hash}:${JSON.stringify(rows)}`,
            unitCode: t.unit,
            templateCreatedAt: t.created,
            kinds: ["inspections"],
            records: { plans: [], progress: [], inspections: rows },
            base: { plans: [], progress: [], inspections: t.base },
            baseHash: t.hash,
          };
          files.push(file);
          lastFile.set(ti, file);
        } else if (o.kind === "collect" && files.length > 0) {
          const chosen = [...new Set(o.pick.map((i) => files[i % files.length]))];
          const before = data.inspections;
          const result = collectBatch(data, log, chosen, batch, (b) => b.slice(0, 10));
          // The same batch in another order ends the same.
          const shuffled = [...chosen].sort(
            (a, b) =>
              ((a.file.length * 31 + o.seed) % 7) - ((b.file.length * 31 + o.seed) % 7) || a.file.localeCompare(b.file) * (o.seed % 2 ? 1 : -1)
          );
          expect(collectBatch(data, log, shuffled, batch, (b) => b.slice(0, 10)).data).toEqual(result.data);
          const merged = chosen.filter((c) => result.files.some((f) => f.file === c.file && f.status === "merged"));
          const after = keys(result.data.inspections);
          // Never lose: a row gone was carried by a merged file's base and cleared in that file.
          for (const k of keys(before))
            if (!after.has(k)) expect(merged.some((c) => keys(c.base!.inspections).has(k) && !keys(c.records.inspections).has(k))).toBe(true);
          // Never resurrect: a row that appeared was sent by a merged file.
          for (const k of after) if (!keys(before).has(k)) expect(merged.some((c) => keys(c.records.inspections).has(k))).toBe(true);
          data = result.data;
          log = [...log, ...result.entries];
        } else if (o.kind === "office") {
          data = {
            ...data,
            inspections: [
              ...data.inspections.filter((r) => r.unitCode !== o.unit),
              ...applyEdits(
                data.inspections.filter((r) => r.unitCode === o.unit),
                o.unit,
                [o.e]
              ),
            ],
          };
        } else if (o.kind === "undo") {
          const before = data.inspections;
          const undone = undoLastCollect(data, log);
          if (undone.batch === undefined) continue;
          const touched = new Set(log.filter((e) => e.batch === undone.batch).flatMap((e) => (e.changes ?? []).map((c) => `${e.unitCode}|${c.key}`)));
          // Undo changes only rows its batch wrote; a row it keeps is listed.
          for (const r of before) {
            const k = keyOf("inspections", r);
            if (!touched.has(`${r.unitCode}|${k}`)) expect(undone.data.inspections).toContainEqual(r);
          }
          data = undone.data;
          log = undone.log;
        }
      }
    }),
    { numRuns: 300 }
  );
});
