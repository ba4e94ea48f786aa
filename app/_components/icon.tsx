/**
 * A small set of line icons (24px grid, 1.75 stroke) drawn for this portal, so no icon package
 * is needed. Icons are decorative: the text next to them carries the meaning.
 */
const PATHS = {
  logo: "M12 3 4.5 6v5.5c0 4.6 3.1 8.3 7.5 9.5 4.4-1.2 7.5-4.9 7.5-9.5V6L12 3Zm-3.5 9.5 2.5 2.5 4.5-5",
  diagnose: "M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13Zm9.5 16-4.6-4.6M8 10.5h5M10.5 8v5",
  faq: "M5 4.5h10.5A3.5 3.5 0 0 1 19 8v11.5H8.5A3.5 3.5 0 0 1 5 16V4.5Zm0 11.5a3 3 0 0 1 3-3h11M9 8.5h6",
  tickets: "M4 7.5A1.5 1.5 0 0 1 5.5 6h13A1.5 1.5 0 0 1 20 7.5V10a2 2 0 0 0 0 4v2.5a1.5 1.5 0 0 1-1.5 1.5h-13A1.5 1.5 0 0 1 4 16.5V14a2 2 0 0 0 0-4V7.5Zm10-1.5v12",
  shield: "M12 3 4.5 6v5.5c0 4.6 3.1 8.3 7.5 9.5 4.4-1.2 7.5-4.9 7.5-9.5V6L12 3Zm0 5v4.5m0 3h.01",
  refund: "M4 9h11.5a4.5 4.5 0 0 1 0 9H11M4 9l4-4M4 9l4 4",
  promo: "M4 10h16v10H4V10Zm8 0v10M3 6.5h18V10H3V6.5Zm9 0C10.5 3 7 3.5 7.5 5.5c.4 1.3 3 1 4.5 1Zm0 0c1.5-3.5 5-3 4.5-1-.4 1.3-3 1-4.5 1Z",
  hack: "M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 8c.6-3.6 3.4-6 7-6 1 0 2 .2 2.8.6M18 15v3m0 2.5h.01",
  overdraft: "M4 7.5A1.5 1.5 0 0 1 5.5 6h13A1.5 1.5 0 0 1 20 7.5v10a1.5 1.5 0 0 1-1.5 1.5h-13A1.5 1.5 0 0 1 4 17.5v-10Zm5 5h6",
  arrow: "M5 12h14m-5-5 5 5-5 5",
  check: "m5 12.5 4.5 4.5L19 7.5",
  globe: "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm-9-9h18M12 3c2.5 2.5 3.5 5.5 3.5 9s-1 6.5-3.5 9c-2.5-2.5-3.5-5.5-3.5-9s1-6.5 3.5-9Z",
  warning: "M12 4 2.5 20h19L12 4Zm0 6v4.5m0 3h.01",
  clock: "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm0-13.5V12l3 2",
  staff: "M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7Zm-6 9c.5-3.4 2.9-5.5 6-5.5s5.5 2.1 6 5.5M16 4.5a3.5 3.5 0 0 1 0 6.5m2 3.5c1.6.7 2.7 2.6 3 5.5",
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, className = "size-6" }: { name: IconName; className?: string }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      className={className}
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
