import { clientIp } from "@/lib/auth/client-ip";
import { apiError, jsonResponse } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/http/api-route";
import { consumeRateLimit } from "@/lib/http/rate-limit";
import { searchQueryInput } from "@/lib/help/help-schemas";
import { answerSearch } from "@/lib/help/answer-search";

export const dynamic = "force-dynamic";

/** Results come while typing (a request every few keystrokes), so the limit per address is generous. */
const SEARCH_RATE = { limit: 120, windowMs: 60_000 };

/**
 * Public: GET /api/faq/search?q=…&locale=zh-CN|en[&live=1][&exact=1] → `{ results: [{ slug, title,
 * snippet, score }], total, correction? }`, best first, `snippet` HTML-escaped with the matches in
 * <mark>; `total` is how many articles match (the search page's count), `results` the best 10 of
 * them; `correction` when a word was misspelled (`exact=1`: not applied, only suggested). A query
 * without results or with only weak matches is counted as a gap unless `live=1` (the search box
 * while typing).
 */
export const GET = apiRoute(async (request) => {
  const url = new URL(request.url);
  const parsed = searchQueryInput.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({ path: issue.path.join(".") || "(root)", message: issue.message }));
    return apiError(400, "invalid_input", `${errors[0]!.path}: ${errors[0]!.message}`, { errors });
  }
  const ip = clientIp(request.headers);
  const rate = await consumeRateLimit({ key: `faq-search:${ip}`, rule: SEARCH_RATE });
  if (!rate.ok) {
    return apiError(429, "rate_limited", `Too many searches in a minute: try again in ${rate.retryAfterSeconds} s.`, {
      retryAfterSeconds: rate.retryAfterSeconds,
      headers: { "Retry-After": String(rate.retryAfterSeconds) },
    });
  }
  const { q, locale, live, exact } = parsed.data;
  const outcome = await answerSearch({ locale, query: q, isExact: exact === "1", isLive: live === "1", ip });
  return jsonResponse({
    results: outcome.results,
    total: outcome.total,
    ...(outcome.correction ? { correction: { query: outcome.correction.query, applied: outcome.correction.isApplied } } : {}),
    ...(outcome.isTruncated ? { truncated: true } : {}),
  });
});
