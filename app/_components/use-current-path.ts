"use client";

import { useSelectedLayoutSegments } from "next/navigation";

/**
 * The page's public path (/faq, /staff/signin, /) from the route tree, not from the URL: on a
 * page prerendered under app/[locale]/ the URL and the route differ by the hidden locale, and
 * the route tree gives the same answer on the server and in the browser (no hydration mismatch).
 */
export function useCurrentPath(): string {
  const segments = useSelectedLayoutSegments().filter((segment) => !segment.startsWith("(") && !segment.startsWith("__PAGE__"));
  return `/${segments.join("/")}`;
}
