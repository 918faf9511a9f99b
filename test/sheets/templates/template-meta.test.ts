import { createHash } from "node:crypto";
import { defaultSettings } from "../../../src/domain/settings";
import { dateLimitsPlan } from "../../../src/sheets/build-plan";
import { metaPlan, newCampaignId, readMeta } from "../../../src/sheets/meta-sheet";
import {
  headerHash,
  headerSignature,
  readTemplateMeta,
  templateMetaPlan,
  TEMPLATE_KIND,
  TEMPLATE_META_SHEET,
  type TemplateMeta,
} from "../../../src/sheets/template-meta";

const sha256 = async (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

const meta: TemplateMeta = {
  campaignId: "0123456789abcdef0123456789abcdef",
  year: 2026,
  unitCode: "T01",
  kind: TEMPLATE_KIND,
  schemaVersion: "1.0",
  createdAt: "2026-02-01 09:30",
  headerHash: "ab".repeat(32),
};

describe("template metadata", () => {
  it("reads back what it writes, from a very hidden protected sheet", () => {
    const plan = templateMetaPlan(meta);
    expect(plan).toEqual(expect.objectContaining({ name: TEMPLATE_META_SHEET, visibility: "veryHidden", protect: true }));
    expect(readTemplateMeta({ name: TEMPLATE_META_SHEET, rows: plan.rows })).toEqual({ meta });
  });

  it("names the missing key, and refuses a file without the sheet", () => {
    const rows = templateMetaPlan(meta).rows.filter((r) => r[0] !== "单位编码");
    expect(readTemplateMeta({ name: TEMPLATE_META_SHEET, rows })).toEqual({ meta: null, reason: expect.stringContaining("单位编码") });
    expect(readTemplateMeta(undefined).meta).toBeNull();
  });

  it("hashes the headers so a renamed or reordered column changes the hash", async () => {
    const base = [{ name: "工作进度", headers: ["单位编码", "序号", "进展"] }];
    expect(headerSignature(base)).toBe("工作进度\t单位编码\t序号\t进展");
    const h = await headerHash(base, sha256);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(await headerHash([{ name: "工作进度", headers: ["序号", "单位编码", "进展"] }], sha256)).not.toBe(h);
    expect(await headerHash([{ name: "工作进度", headers: ["单位编码", "序号", "进度"] }], sha256)).not.toBe(h);
  });
});

describe("活动编号 in 元数据", () => {
  it("is made from the injected random bytes and read back", () => {
    const id = newCampaignId(Uint8Array.from({ length: 16 }, (_, i) => i * 17));
    expect(id).toBe("00112233445566778899aabbccddeeff");
    const plan = metaPlan(defaultSettings(2026), "2026-01-01T00:00:00.000Z", { campaignId: id });
    expect(readMeta({ name: "元数据", rows: plan.rows }).campaignId).toBe(id);
    expect(readMeta({ name: "元数据", rows: metaPlan(defaultSettings(2026), "2026-01-01").rows }).campaignId).toBeNull();
  });

  it("survives 按新年度更新日期限制, which rewrites 元数据", () => {
    const plan = dateLimitsPlan(defaultSettings(2027), new Map(), "2026-01-01T00:00:00.000Z", new Date(), "a".repeat(32));
    const meta = plan.sheets.find((s) => s.name === "元数据")!;
    expect(readMeta({ name: "元数据", rows: meta.rows })).toEqual(expect.objectContaining({ campaignId: "a".repeat(32), dateLimitYear: 2027 }));
  });
});
