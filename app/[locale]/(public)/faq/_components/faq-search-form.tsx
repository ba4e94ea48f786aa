"use client";

import { useEffect, useRef, useState } from "react";
import { fillTemplate } from "@/lib/i18n/fill-template";

export type FaqSearchLabels = {
  label: string;
  placeholder: string;
  button: string;
  loading: string;
  noResults: string;
  /** The count when exactly one article matches, and for any other number (plurals are chosen here, not by an ICU runtime). */
  resultCountOne: string;
  resultCount: string;
  seeAll: string;
  error: string;
};
type Result = { slug: string; title: string; snippet: string };
type State = { kind: "idle" } | { kind: "loading" } | { kind: "done"; results: Result[]; total: number } | { kind: "error" };

const DEBOUNCE_MS = 200;
/** Results shown under the box; the count it states is always the API's `total`, the search page's count. */
const SHOWN = 6;

/**
 * The help center's search box. Without JavaScript it is a plain GET form to /faq/search; with
 * it, results appear under the box while typing (GET /api/faq/search, `live=1` so partial words
 * are not counted as searches that found nothing). Snippets come from the server HTML-escaped,
 * with only <mark> added (lib/help/highlight-snippet.ts).
 */
export function FaqSearchForm({ locale, labels, initialQuery = "" }: { locale: string; labels: FaqSearchLabels; initialQuery?: string }) {
  const [query, setQuery] = useState(initialQuery);
  const [state, setState] = useState<State>({ kind: "idle" });
  const latest = useRef(0);
  const input = useRef<HTMLInputElement>(null);

  // The page is painted before its scripts run (decision 025): words typed before React took
  // over are in the box but were never seen by onChange, so pick them up once, on hydration.
  useEffect(() => {
    const typed = input.current?.value ?? "";
    if (typed !== initialQuery) setQuery(typed);
  }, [initialQuery]);

  useEffect(() => {
    const trimmed = query.trim();
    if (trimmed === "" || trimmed === initialQuery.trim()) return;
    const ticket = ++latest.current;
    const run = async () => {
      setState({ kind: "loading" });
      try {
        const response = await fetch(`/api/faq/search?${new URLSearchParams({ q: trimmed, locale, live: "1" })}`);
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { results: Result[]; total: number };
        if (ticket === latest.current) setState({ kind: "done", results: body.results.slice(0, SHOWN), total: body.total });
      } catch {
        if (ticket === latest.current) setState({ kind: "error" });
      }
    };
    const timer = setTimeout(() => void run(), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, locale, initialQuery]);

  const visible = query.trim() === "" ? { kind: "idle" as const } : state;
  const status =
    visible.kind === "loading"
      ? labels.loading
      : visible.kind === "error"
        ? labels.error
        : visible.kind === "done"
          ? visible.total === 0
            ? labels.noResults
            : fillTemplate(visible.total === 1 ? labels.resultCountOne : labels.resultCount, { count: visible.total })
          : "";

  return (
    <div>
      <form action="/faq/search" method="get" role="search" className="flex gap-2">
        <label htmlFor="faq-search" className="sr-only">
          {labels.label}
        </label>
        <input
          ref={input}
          id="faq-search"
          name="q"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder={labels.placeholder}
          maxLength={500}
          autoComplete="off"
          className="min-w-0 flex-1 rounded-xl border border-line bg-white px-4 py-3 text-base text-ink-900 focus:outline-2 focus:outline-brand-600"
        />
        <button type="submit" className="btn-primary">
          {labels.button}
        </button>
      </form>
      <p role="status" className="mt-2 min-h-6 text-sm text-ink-700">
        {status}
      </p>
      {visible.kind === "done" && visible.results.length > 0 ? (
        <ul className="mt-1 divide-y divide-line rounded-xl border border-line bg-white">
          {visible.results.map((result) => (
            <li key={result.slug} className="p-4">
              <a href={`/faq/${result.slug}`} className="font-semibold text-brand-800 underline-offset-2 hover:underline">
                {result.title}
              </a>
              <p className="mt-1 text-sm text-ink-700" dangerouslySetInnerHTML={{ __html: result.snippet }} />
            </li>
          ))}
        </ul>
      ) : null}
      {visible.kind === "done" && visible.total > visible.results.length ? (
        <p className="mt-2 text-sm">
          <a href={`/faq/search?${new URLSearchParams({ q: query.trim() })}`} className="text-link">
            {fillTemplate(labels.seeAll, { count: visible.total })}
          </a>
        </p>
      ) : null}
    </div>
  );
}
