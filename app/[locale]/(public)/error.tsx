"use client";

import { ErrorState } from "@/app/_components/error-state";

// Inside the public layout: the header stays, so the visitor can still find their way.
export default function PublicError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorState error={error} retry={retry} />;
}
