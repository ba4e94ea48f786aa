import "server-only";
import { db } from "@/lib/db";

/** Normalized queries up to this length are kept; longer ones are cut (the gap list is for people to read). */
const MAX_STORED = 100;

/** Counts one search that found nothing, per language and normalized query (the help center's gaps). */
export async function recordSearchMiss(options: { locale: string; query: string }): Promise<void> {
  const query = options.query.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim().slice(0, MAX_STORED);
  if (query === "") return;
  await db.$executeRaw`
    INSERT INTO "FaqSearchMiss" ("locale", "query", "count", "firstSeenAt", "lastSeenAt")
    VALUES (${options.locale}, ${query}, 1, now(), now())
    ON CONFLICT ("locale", "query") DO UPDATE SET "count" = "FaqSearchMiss"."count" + 1, "lastSeenAt" = now()`;
}
