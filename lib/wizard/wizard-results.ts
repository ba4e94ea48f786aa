import type { Cause, TicketPriority } from "@/generated/prisma/enums";

/** Help-center topics by slug (issue 11 owns /faq; the lead reconciles the slugs at merge). */
export const FAQ_SLUGS = {
  whyNegative: "why-negative-balance",
  refundReversal: "refund-reversal",
  promotionClawback: "promotion-clawback",
  accountTakeover: "account-takeover",
  overdraft: "overdraft",
  creditRecord: "credit-record",
  topUp: "top-up-to-clear",
} as const;

export const WIZARD_RESULT_IDS = ["refund", "promo", "hack", "overdraft", "unsure"] as const;
export type WizardResultId = (typeof WIZARD_RESULT_IDS)[number];

export type WizardResult = {
  id: WizardResultId;
  /** The engine's cause this result stands for; null for "not sure". */
  cause: Cause | null;
  urgent: boolean;
  /** Priority of a ticket opened from this result (a possible takeover is urgent). */
  ticketPriority: TicketPriority;
  /** Keys of wizard.json `results.<id>.steps`, in the order the user should do them. */
  steps: readonly string[];
  faq: readonly (typeof FAQ_SLUGS)[keyof typeof FAQ_SLUGS][];
};

export const WIZARD_RESULTS: Record<WizardResultId, WizardResult> = {
  refund: { id: "refund", cause: "REFUND", urgent: false, ticketPriority: "NORMAL", steps: ["find", "topUp", "merchant", "support"], faq: [FAQ_SLUGS.refundReversal, FAQ_SLUGS.topUp, FAQ_SLUGS.creditRecord] },
  promo: { id: "promo", cause: "PROMO", urgent: false, ticketPriority: "NORMAL", steps: ["terms", "topUp", "support"], faq: [FAQ_SLUGS.promotionClawback, FAQ_SLUGS.topUp, FAQ_SLUGS.creditRecord] },
  // Securing the account comes before everything else, then reporting, then what support does and by
  // when. No top-up step: money someone else took is investigated before anyone is asked to pay.
  hack: { id: "hack", cause: "HACK", urgent: true, ticketPriority: "URGENT", steps: ["password", "twoFactor", "devices", "report", "support"], faq: [FAQ_SLUGS.accountTakeover, FAQ_SLUGS.creditRecord] },
  overdraft: { id: "overdraft", cause: "OVERDRAFT", urgent: false, ticketPriority: "NORMAL", steps: ["topUp", "limits", "plan"], faq: [FAQ_SLUGS.overdraft, FAQ_SLUGS.topUp, FAQ_SLUGS.creditRecord] },
  unsure: { id: "unsure", cause: null, urgent: false, ticketPriority: "NORMAL", steps: ["checkAccount", "records", "support"], faq: [FAQ_SLUGS.whyNegative, FAQ_SLUGS.creditRecord] },
};

export function isWizardResultId(value: unknown): value is WizardResultId {
  return typeof value === "string" && (WIZARD_RESULT_IDS as readonly string[]).includes(value);
}

/** The result page for an engine cause (OTHER has no page of its own: "not sure" asks support). */
export function resultForCause(cause: Cause | null): WizardResultId {
  switch (cause) {
    case "REFUND": return "refund";
    case "PROMO": return "promo";
    case "HACK": return "hack";
    case "OVERDRAFT": return "overdraft";
    default: return "unsure";
  }
}
