/** Help-center categories in the order the help center shows them (labels in messages/<locale>/help.json). */
export const FAQ_CATEGORIES = ["causes", "fixing", "credit", "security", "promotions", "refunds", "money", "support"] as const;

export type FaqCategory = (typeof FAQ_CATEGORIES)[number];

export function isFaqCategory(value: string): value is FaqCategory {
  return (FAQ_CATEGORIES as readonly string[]).includes(value);
}
