/** The demo campaign: a deterministic sample 金坛市 campaign year (see ./demo-campaign). */
export { demoCampaign } from "./demo-campaign";
