import "server-only";
import { db } from "@/lib/db";
import { limitWrite } from "@/lib/http/limit-write";

/** Normalized queries up to this length are kept; longer ones are cut (the gap list is for people to read). */
const MAX_STORED = 100;

/**
 * Counts one search that found nothing, per language and normalized query (the help center's
 * gaps). At most WRITE_LIMITS.searchMiss per client address are stored (decision 029): past it
 * the search still answers, the miss is just not counted. Says whether it was stored.
 */
export async function recordSearchMiss(options: { locale: string; query: string; ip: string }): Promise<boolean> {
  const query = options.query.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim().slice(0, MAX_STORED);
  if (query === "") return false;
  if (!(await limitWrite({ kind: "searchMiss", subject: options.ip })).ok) return false;
  await db.$executeRaw`
    INSERT INTO "FaqSearchMiss" ("locale", "query", "count", "firstSeenAt", "lastSeenAt")
    VALUES (${options.locale}, ${query}, 1, now(), now())
    ON CONFLICT ("locale", "query") DO UPDATE SET "count" = "FaqSearchMiss"."count" + 1, "lastSeenAt" = now()`;
  return true;
}
