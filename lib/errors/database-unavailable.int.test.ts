import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { isDatabaseUnavailable } from "@/lib/errors/database-unavailable";

// The errors Prisma and pg really throw when PostgreSQL is gone, so an upgrade that changes their
// shape fails here rather than turning the API's 503 back into a 500 (decision 030).
const clients: PrismaClient[] = [];
const client = (connectionString: string) => {
  const created = new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 1 }) });
  clients.push(created);
  return created;
};
afterAll(async () => {
  await Promise.all(clients.map((created) => created.$disconnect()));
});

async function thrown(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected the query to fail");
}

describe("isDatabaseUnavailable on real failures", () => {
  it("recognises a server that is not listening, for model, raw and transaction queries", async () => {
    const closed = client("postgresql://portal:secret@127.0.0.1:1/portal");
    expect(isDatabaseUnavailable(await thrown(() => closed.portalUser.count()))).toBe(true);
    expect(isDatabaseUnavailable(await thrown(() => closed.$queryRaw`SELECT 1`))).toBe(true);
    expect(isDatabaseUnavailable(await thrown(() => closed.$transaction((tx) => tx.portalUser.count())))).toBe(true);
  });

  it("recognises a connection the server ends while a query runs (57P01), and not a bad query", async () => {
    const url = inject("databaseUrl");
    const db = client(url);
    const running = thrown(() => db.$queryRaw`SELECT pg_sleep(5), 'outage-probe'`);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      // Wait until the query is really running, then end its connection as a restart would.
      for (let terminated = 0; terminated === 0; ) {
        const { rowCount } = await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE '%outage-probe%' AND pid <> pg_backend_pid()`);
        terminated = rowCount ?? 0;
      }
    } finally {
      await admin.end();
    }
    expect(isDatabaseUnavailable(await running)).toBe(true);
    expect(isDatabaseUnavailable(await thrown(() => db.$queryRawUnsafe("SELEC 1")))).toBe(false);
  });
});
