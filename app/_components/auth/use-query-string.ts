"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** The page's query string in the browser; "" while prerendering (the same HTML for everyone). */
export function useQueryString(): string {
  return useSyncExternalStore(noSubscription, () => window.location.search, () => "");
}

/** False in the prerendered HTML, true once this component's JavaScript runs. */
export function useIsHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
