"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { useEffect } from "react";
import en from "@/messages/en/errors.json";
import zh from "@/messages/zh-CN/errors.json";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/errors/database-unavailable-digest";
import { fillTemplate } from "@/lib/i18n/fill-template";

/** Errors from server components carry a digest that matches the server log entry. */
function digestOf(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string") return error.digest;
  return undefined;
}

/**
 * The friendly error state. An error boundary gets no props from the server, so its few strings
 * come with it in both languages (about 1 KB) and the [locale] segment picks one.
 */
export function ErrorState({ error, retry }: { error: unknown; retry: () => void }) {
  const { locale } = useParams<{ locale?: string }>();
  const messages = locale === "en" ? en : zh;
  const t = messages.error;
  const digest = digestOf(error);
  // The database is down or restarting (lib/errors/database-unavailable.ts): say so, not "broken".
  const isOutage = digest === DATABASE_UNAVAILABLE_DIGEST;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div className="container-page max-w-2xl py-16 text-center sm:py-24">
      <h1 className="text-3xl font-bold text-ink-900">{isOutage ? messages.outage.title : t.title}</h1>
      <p className="mt-4 text-lg text-balance text-ink-700">{isOutage ? messages.outage.body : t.body}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        {/* retry() refetches the server part too; a plain reset() would re-render stale data. */}
        <button type="button" onClick={() => retry()} className="btn-primary">
          {t.retry}
        </button>
        <Link href="/" className="btn-secondary">
          {t.home}
        </Link>
      </div>
      {digest && !isOutage && (
        <div className="mt-8 rounded-xl border border-line bg-white p-4 text-sm text-ink-700">
          <p className="font-mono text-ink-900">{fillTemplate(t.reference, { digest })}</p>
          <p className="mt-1">{t.referenceHint}</p>
        </div>
      )}
    </div>
  );
}
