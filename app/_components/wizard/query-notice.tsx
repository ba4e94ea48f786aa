"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * A notice shown only when the page's query string carries `param` (e.g. ?restart=… after a
 * tampered wizard link). Prerendered pages cannot read the query on the server (decision 006),
 * so this island reads it in the browser; the server renders nothing.
 */
export function QueryNotice({ param, text }: { param: string; text: string }) {
  const present = useSyncExternalStore(subscribe, () => new URLSearchParams(window.location.search).has(param), () => false);
  if (!present) return null;
  return (
    <p role="status" className="mb-6 rounded-xl border border-line bg-calm-50 p-4 text-ink-900">
      {text}
    </p>
  );
}
