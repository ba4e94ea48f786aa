import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { requireHelpEditor } from "@/lib/help/require-help-editor";

/** The most frequent searches that found nothing or only weak matches (and which): what the help center lacks. */
export async function listSearchMisses(options: { actor: SessionUser | null; limit?: number }) {
  requireHelpEditor(options.actor);
  return db.faqSearchMiss.findMany({
    select: { locale: true, query: true, kind: true, count: true, lastSeenAt: true },
    orderBy: [{ count: "desc" }, { lastSeenAt: "desc" }],
    take: options.limit ?? 30,
  });
}
