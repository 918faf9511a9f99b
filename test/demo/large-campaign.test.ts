/** The bench's data: any number of records, as clean as the demo it grows from. */
import { demoCampaign } from "../../src/demo";
import { largeCampaign, recordCount } from "../../src/demo/large-campaign";
import { demo, findingsOf, gridsOf, SETTINGS } from "../domain/validation/workbook-grids";

describe("largeCampaign", () => {
  it("holds exactly the records asked for, over every input sheet", () => {
    const data = largeCampaign(SETTINGS, 20000);
    expect(recordCount(data)).toBe(20000);
    const demoData = demoCampaign(SETTINGS);
    for (const sheet of ["progress", "inspections", "supervision", "scores"] as const)
      expect(data[sheet].length).toBeGreaterThan(demoData[sheet].length);
  });

  it("adds no finding to the demo's: the bench measures clean data", () => {
    const key = (f: { sheet: string; rule: string }) => `${f.sheet}|${f.rule}`;
    const demoKeys = findingsOf(demo()).map(key);
    const large = findingsOf(gridsOf(largeCampaign(SETTINGS, 20000))).map(key);
    // Its extra scores may fill the demo's score gaps (未参评, a missing group); nothing new appears.
    for (const k of large) expect(demoKeys).toContain(k);
    expect(large.filter((k) => k.includes("plans."))).toEqual(demoKeys.filter((k) => k.includes("plans.")));
  });

  it("is the demo itself when asked for fewer records than the demo holds", () => {
    expect(largeCampaign(SETTINGS, 10)).toEqual(demoCampaign(SETTINGS));
  });
});
