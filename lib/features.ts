/**
 * Which user-facing areas have shipped. Until one has, every place that offers it (home page
 * buttons and cards) says "coming soon" right there. Flip an entry in the issue that ships it.
 */
export const SHIPPED = {
  diagnose: true,
  faq: true,
  tickets: true,
} as const;

export type Feature = keyof typeof SHIPPED;
