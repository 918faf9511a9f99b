/** 督查记录 (五: 每季度常规督查; 上半年和下半年各一次集中督查): the unit inspected and the date within its batch. */
import { supervisionBatches } from "../campaign";
import * as V from "../catalogue/validation-rules";
import { unknownUnitCheck, type Check } from "./check-kit";
import { VALIDATION_SHEETS as S } from "./sheet-names";

export const SUPERVISION_CHECKS: readonly Check[] = [
  unknownUnitCheck(S.supervision, (ctx) => ctx.rows("supervision", ["unitCode"]), "单位编码须在单位名册中"),
  {
    rule: V.SUPERVISION_DATE_OUTSIDE_BATCH,
    sheet: S.supervision,
    description: "督查日期在该督查批次的时间范围内",
    *check(ctx) {
      const windows = new Map(supervisionBatches(ctx.settings).map((b) => [b.name, b]));
      for (const finding of ctx.rows("supervision", ["batch", "date"])) {
        // A batch outside the list was refused by the reader; its row never gets here.
        const batch = windows.get(finding.batch);
        if (!batch || (finding.date >= batch.from && finding.date <= batch.to)) continue;
        yield { origin: finding.origin, field: "date", params: { date: finding.date, batch: batch.name, from: batch.from, to: batch.to } };
      }
    },
  },
];
