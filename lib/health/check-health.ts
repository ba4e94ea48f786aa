import "server-only";
import { db } from "@/lib/db";

export type Health = { status: "ok"; database: "ok" } | { status: "degraded"; database: "unreachable" };

/** Liveness plus one round trip to PostgreSQL, for load balancers and the e2e harness. */
export async function checkHealth(): Promise<Health> {
  try {
    await db.$queryRaw`SELECT 1`;
    return { status: "ok", database: "ok" };
  } catch {
    return { status: "degraded", database: "unreachable" };
  }
}
