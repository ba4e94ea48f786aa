import "server-only";
import { db } from "@/lib/db";
import type { SearchGapKind } from "@/lib/help/search-gap-kind";
import { limitWrite } from "@/lib/http/limit-write";

/** Normalized queries up to this length are kept; longer ones are cut (the gap list is for people to read). */
const MAX_STORED = 100;

/**
 * Counts one search that found nothing or only weak matches (`kind`, lib/help/search-gap-kind.ts),
 * per language and normalized query (the help center's gaps). The row keeps the latest search's
 * kind, so a query that an article now answers weakly no longer says "no results". At most
 * WRITE_LIMITS.searchMiss per client address are stored (decision 029): past it the search still
 * answers, the gap is just not counted. Says whether it was stored.
 */
export async function recordSearchMiss(options: { locale: string; query: string; kind: SearchGapKind; ip: string }): Promise<boolean> {
  const query = options.query.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim().slice(0, MAX_STORED);
  if (query === "") return false;
  if (!(await limitWrite({ kind: "searchMiss", subject: options.ip })).ok) return false;
  await db.$executeRaw`
    INSERT INTO "FaqSearchMiss" ("locale", "query", "kind", "count", "firstSeenAt", "lastSeenAt")
    VALUES (${options.locale}, ${query}, ${options.kind}::"FaqSearchMissKind", 1, now(), now())
    ON CONFLICT ("locale", "query") DO UPDATE SET "kind" = EXCLUDED."kind", "count" = "FaqSearchMiss"."count" + 1, "lastSeenAt" = now()`;
  return true;
}
