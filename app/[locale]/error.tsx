"use client";

import { ErrorState } from "@/app/_components/error-state";

// Catches what an area's own layout throws, so it brings its own <main>.
export default function LocaleError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="main" tabIndex={-1} className="flex-1">
      <ErrorState error={error} retry={retry} />
    </main>
  );
}
