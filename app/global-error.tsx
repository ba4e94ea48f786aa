"use client";

import "./globals.css";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/errors/database-unavailable-digest";
import enErrors from "@/messages/en/errors.json";
import zhErrors from "@/messages/zh-CN/errors.json";

/**
 * Replaces the root layout when it fails, so translations may be unavailable: the text is in
 * both languages, hard-coded, and the page owns its <html>.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined;

  return (
    <html lang="zh-CN">
      <body className="bg-canvas font-sans text-ink-900">
        <title>出错了 · Something went wrong</title>
        <main className="mx-auto max-w-xl px-4 py-20 text-center">
          <h1 className="text-2xl font-bold">
            页面出错了
            <span lang="en" className="mt-1 block text-xl font-semibold text-ink-700">
              Something went wrong
            </span>
          </h1>
          {digest === DATABASE_UNAVAILABLE_DIGEST ? (
            <>
              <p className="mt-4">{zhErrors.outage.body}</p>
              <p lang="en" className="mt-2 text-ink-700">
                {enErrors.outage.body}
              </p>
            </>
          ) : (
            <>
              <p className="mt-4">页面出错不会影响你的账户或余额。请重试，或稍后再来。</p>
              <p lang="en" className="mt-2 text-ink-700">
                A page error does not affect your account or balance. Please try again, or come back later.
              </p>
            </>
          )}
          <div className="mt-8 flex flex-wrap justify-center gap-3">
            <button type="button" onClick={() => retry()} className="btn-primary">
              重试 <span lang="en">Try again</span>
            </button>
            {/* A full page load: the client router may be the thing that broke. */}
            <a href="/" className="btn-secondary">
              返回首页 <span lang="en">Home</span>
            </a>
          </div>
          {digest && (
            <p className="mt-8 font-mono text-sm text-ink-700">
              参考编号 <span lang="en">Reference</span>: {digest}
            </p>
          )}
        </main>
      </body>
    </html>
  );
}
