/** The wizard's causes (issue 9 builds /diagnose/result/{cause}). */
export type WizardCause = "refund" | "promo" | "hack" | "overdraft";

const BY_SLUG: Record<string, WizardCause> = {
  "refund-reversal": "refund",
  "wrong-transfer": "refund",
  "promotion-clawback": "promo",
  "read-promotion-terms": "promo",
  "account-takeover": "hack",
  "secure-your-account": "hack",
  overdraft: "overdraft",
  "set-payment-limits": "overdraft",
};

const BY_CATEGORY: Record<string, WizardCause> = { refunds: "refund", promotions: "promo", security: "hack" };

/**
 * The wizard result an article leads on to, or null when the article is not about one cause
 * (the page then links to the start of the wizard).
 */
export function wizardCauseForArticle(article: { slug: string; category: string }): WizardCause | null {
  return BY_SLUG[article.slug] ?? BY_CATEGORY[article.category] ?? null;
}
