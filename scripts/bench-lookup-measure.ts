// Run by scripts/bench-lookup.ts as `node --conditions=react-server --import tsx` so that the
// lib/ functions (which import "server-only") load outside Next. DATABASE_URL is the bench database.
import pg from "pg";
import type { SessionUser } from "../lib/auth/session-user";
import { BIG_ACCOUNT, BIG_ENTRIES } from "./bench-lookup-seed";

const CONCURRENCY = 10;
const actor: SessionUser = { id: "bench_agent", role: "AGENT", name: "Bench Agent", locale: "zh-CN", walletAccountId: null };

type Figures = { p50: number; p99: number; n: number };

async function measure(iterations: number, run: () => Promise<unknown>, concurrency = CONCURRENCY): Promise<Figures> {
  const times: number[] = [];
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next++ < iterations) {
      const started = performance.now();
      await run();
      times.push(performance.now() - started);
    }
  }));
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p99: at(0.99), n: times.length };
}

/** The round with the median p50 of three. */
function medianRound(rounds: Figures[]): Figures {
  return [...rounds].sort((a, b) => a.p50 - b.p50)[1]!;
}

async function main() {
  const { db } = await import("../lib/db");
  const { readLedgerPage } = await import("../lib/accounts/read-ledger-page");
  const { listLedgerEntries } = await import("../lib/accounts/list-ledger-entries");
  const { ledgerQuery } = await import("../lib/accounts/ledger-query");
  const { getAccountWorkspace } = await import("../lib/accounts/get-account-workspace");
  const { listTicketQueue } = await import("../lib/tickets/list-ticket-queue");
  const { ticketQueueQuery } = await import("../lib/tickets/ticket-queue-query");
  const { streamLedgerCsv } = await import("../lib/accounts/stream-ledger-csv");
  const { encodeCursor } = await import("../lib/http/keyset-cursor");
  const raw = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: CONCURRENCY });

  const first = ledgerQuery.parse({});
  // The cursor of page 1,000 (entry 49,950 newest first), found once with OFFSET for the setup only.
  const deep = (await raw.query<{ t: Date; s: number }>(`SELECT "occurredAt" AS t, seq AS s FROM "LedgerEntry" WHERE "accountId" = $1 ORDER BY "occurredAt" DESC, seq DESC OFFSET 49949 LIMIT 1`, [BIG_ACCOUNT])).rows[0]!;
  const deepQuery = ledgerQuery.parse({ cursor: encodeCursor({ t: deep.t.toISOString(), s: deep.s }) });
  const rawSql = `SELECT id, seq, type, "amountMinor", "occurredAt", status, counterparty, description, "deviceId", "relatedEntryId", "promoId", "userDisputed"
    FROM "LedgerEntry" WHERE "accountId" = $1 ORDER BY "occurredAt" DESC, seq DESC LIMIT 51`;

  // Warm up at the measured concurrency, so the pool's 10 connections are open (as in a running portal)
  // and a connection's first queries (opening, planning) are not counted as the steady state.
  await measure(200, () => listLedgerEntries({ actor, accountId: BIG_ACCOUNT, query: first }));
  await measure(200, () => raw.query(rawSql, [BIG_ACCOUNT]));
  const results: Record<string, Figures> = {};
  results["ledger page 1 (API path, audited)"] = await measure(1000, () => listLedgerEntries({ actor, accountId: BIG_ACCOUNT, query: first }));
  // Prisma beside raw pg: three interleaved rounds, the median of each side, so a slow moment of
  // this 2-core machine (autovacuum after the audited run, a GC) does not land on one side only.
  const prismaRounds: Figures[] = [];
  const pgRounds: Figures[] = [];
  for (let round = 0; round < 3; round++) {
    prismaRounds.push(await measure(1000, () => readLedgerPage({ accountId: BIG_ACCOUNT, query: first })));
    pgRounds.push(await measure(1000, () => raw.query(rawSql, [BIG_ACCOUNT])));
  }
  results["ledger page 1 (Prisma)"] = medianRound(prismaRounds);
  results["ledger page 1 (raw pg)"] = medianRound(pgRounds);
  results["ledger page 1,000 deep (Prisma)"] = await measure(1000, () => readLedgerPage({ accountId: BIG_ACCOUNT, query: deepQuery }));
  results["queue page 1 (100k tickets)"] = await measure(500, () => listTicketQueue({ actor, query: ticketQueueQuery.parse({ status: ["NEW", "OPEN", "WAITING_ON_CUSTOMER"] }) }));
  results["account page, typical account"] = await measure(200, () => getAccountWorkspace({ actor, accountId: "bench_acc_17", ledger: first }));
  // The diagnosis reads the whole history: for the 200,000-entry account, one caller at a time.
  results[`account page, ${BIG_ENTRIES.toLocaleString("en")} entries (1 caller)`] = await measure(3, () => getAccountWorkspace({ actor, accountId: BIG_ACCOUNT, ledger: first }), 1);

  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const stream = await streamLedgerCsv({ actor, accountId: BIG_ACCOUNT, query: first });
  let bytes = 0;
  let lines = 0;
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    for (const byte of chunk) if (byte === 10) lines++;
  }
  const csvSeconds = (performance.now() - started) / 1000;
  clearInterval(sampler);

  console.log(JSON.stringify({ results, csv: { seconds: csvSeconds, lines, megabytes: bytes / 1e6, rssGrowthMb: (peak - rssBefore) / 1e6 } }));
  await raw.end();
  await db.$disconnect();
}

void main();
