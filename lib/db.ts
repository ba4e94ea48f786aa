import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { markDatabaseUnavailable } from "@/lib/errors/database-unavailable";

// The one PrismaClient. Cached on globalThis only so dev hot reloads reuse its connection
// pool; it holds no application state (see docs/decisions/003-stateless-web-tier.md).
const globalForDb = globalThis as unknown as { portalDb?: PrismaClient };

// The pool connects on the first query, not here: `next build` imports this module without a
// database. scripts/start.ts checks DATABASE_URL before Next starts.
function createClient(): PrismaClient {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) }),
    errorFormat: "minimal",
  });
  // A query that fails because PostgreSQL is unreachable carries a fixed digest, so a page's
  // error boundary can say "try again shortly" instead of "something broke" (decision 030).
  // The extension only rethrows: the client's API and types are unchanged.
  return client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return (await query(args)) as unknown;
        } catch (error) {
          markDatabaseUnavailable(error);
          throw error;
        }
      },
    },
  }) as unknown as PrismaClient;
}

export const db: PrismaClient = globalForDb.portalDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.portalDb = db;
