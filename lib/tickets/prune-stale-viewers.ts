import "server-only";
import { db } from "@/lib/db";

/** A ticket page pings every 20 s; a viewer silent for this long has closed it. */
export const VIEWER_STALE_MS = 60_000;

export async function pruneStaleViewers({ now }: { now: Date }): Promise<number> {
  const { count } = await db.ticketViewer.deleteMany({ where: { lastSeenAt: { lt: new Date(now.getTime() - VIEWER_STALE_MS) } } });
  return count;
}
