// Every seeded wallet account with the story it tells and the diagnosis the engine must give it
// (shared/diagnosis-contract.md, as of DEMO_NOW). Tests run the engine over this list.
import type { Cause } from "@/lib/diagnosis/entry-types";
import { BACKGROUND_STORIES } from "./stories/background-stories";
import { HACK_STORIES } from "./stories/hack-stories";
import { HEALTHY_STORIES } from "./stories/healthy-stories";
import { OVERDRAFT_STORIES } from "./stories/overdraft-stories";
import { PROMO_STORIES } from "./stories/promo-stories";
import { REFUND_STORIES } from "./stories/refund-stories";
import type { Situation, StoryDefinition } from "./story-types";

export type Scenario = {
  key: string;
  situation: Situation;
  accountId: string;
  /** Sign-in phone (digits); staff lists show it masked, e.g. 138****0001. */
  phone: string;
  ownerName: string;
  locale: "zh-CN" | "en";
  story: { en: string; zhCN: string };
  expectedPrimaryCause: Cause | null;
  expectedUrgent: boolean;
  /** Personas can sign in to the portal (password DEMO_PASSWORDS.wallet); background accounts cannot. */
  hasPortalLogin: boolean;
};

/** The named personas, one story each. */
export const PERSONA_STORIES: readonly StoryDefinition[] = [
  ...REFUND_STORIES,
  ...PROMO_STORIES,
  ...HACK_STORIES,
  ...OVERDRAFT_STORIES,
  ...HEALTHY_STORIES,
];

export const ALL_STORIES: readonly StoryDefinition[] = [...PERSONA_STORIES, ...BACKGROUND_STORIES];

const personaKeys = new Set(PERSONA_STORIES.map((s) => s.key));

export const SCENARIOS: readonly Scenario[] = ALL_STORIES.map((s) => ({
  key: s.key,
  situation: s.situation,
  accountId: `acc_${s.slug}`,
  phone: s.phone,
  ownerName: s.ownerName,
  locale: s.locale,
  story: s.story,
  expectedPrimaryCause: s.expectedPrimaryCause,
  expectedUrgent: s.expectedUrgent,
  hasPortalLogin: personaKeys.has(s.key),
}));

export function scenarioByKey(key: string): Scenario {
  const scenario = SCENARIOS.find((s) => s.key === key);
  if (!scenario) throw new Error(`No demo scenario "${key}"`);
  return scenario;
}
