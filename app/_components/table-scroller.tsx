import type { ReactNode } from "react";

/**
 * The sideways scroller around a table wider than a phone. It is a named, focusable region so a
 * keyboard user can reach the columns off screen (axe "scrollable-region-focusable", found at
 * 390 px) and a screen reader announces what the region holds.
 */
export function TableScroller({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`overflow-x-auto focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${className}`}>
      {children}
    </div>
  );
}
