// What a demo story is: a persona, the balance state their history ends in, and the diagnosis
// the engine must reach for it (shared/diagnosis-contract.md).
import type { Cause } from "@/lib/diagnosis/entry-types";
import type { AccountStory } from "./account-story";
import type { ProfileName } from "./routine-history";

export type Situation =
  | "refund-reversal"
  | "transfer-recall"
  | "risk-hold"
  | "promo-clawback"
  | "account-takeover"
  | "takeover-caught-early"
  | "disputed-payment"
  | "overdraft-fee"
  | "mixed-causes"
  | "recovered"
  | "healthy";

export type UsualDevice = {
  key: string;
  label: string;
  platform: string;
  /** Day (relative to the demo date) of the device's first login. */
  firstDay: number;
  /** Last day the owner used it (an old phone replaced by a new one). */
  retiredDay?: number;
};

export type StoryDefinition = {
  key: string;
  situation: Situation;
  slug: string;
  ownerName: string;
  phone: string;
  locale: "zh-CN" | "en";
  email?: string;
  story: { en: string; zhCN: string };
  expectedPrimaryCause: Cause | null;
  expectedUrgent: boolean;
  profile: ProfileName;
  openingBalanceMinor: number;
  openedAt: string;
  twoFactorEnabled?: boolean;
  devices: readonly UsualDevice[];
  /** Writes the account's history after its devices and logins exist. */
  write(story: AccountStory): void;
};
