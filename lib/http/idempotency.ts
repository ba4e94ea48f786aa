import "server-only";
import { createHash, randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

type Tx = Prisma.TransactionClient;
export type IdempotentAnswer = { status: number; body: Prisma.InputJsonObject };
export type IdempotentOutcome =
  | ({ kind: "fresh" | "replayed" } & IdempotentAnswer)
  /** The key was used for a different request by this caller: 422. */
  | { kind: "mismatch" }
  /** The first request with this key is still running after the wait: 409, retry later. */
  | { kind: "in_flight" };

type WithIdempotencyOptions = {
  /** Whose key it is: "user:<id>" or "ip:<address>"; two callers never share a key. */
  caller: string;
  operation: string;
  key: string;
  /** What the request asks for, canonical (same meaning, same string): its hash is compared. */
  request: string;
  ttlMs: number;
  /** The work, on the same transaction as the key: both commit together or neither does. */
  work: (tx: Tx) => Promise<IdempotentAnswer>;
};

/** How long a retry waits for the first request with its key before answering in_flight. */
const WAIT_FOR_FIRST_MS = 5000;
const LOCK_NOT_AVAILABLE = "55P03";

export function hashRequest(request: string): string {
  return createHash("sha256").update(request).digest("hex");
}

/**
 * Runs `work` once per (caller, operation, key), in PostgreSQL so every web instance shares it
 * (decision 015). The key's row is inserted first, inside the work's transaction; a concurrent
 * request with the same key blocks on that row's unique index until the first commits (then
 * replays its stored answer) or rolls back (then does the work itself). Expired keys count as new.
 */
export async function withIdempotency(options: WithIdempotencyOptions): Promise<IdempotentOutcome> {
  const { caller, operation, key, ttlMs, work } = options;
  const requestHash = hashRequest(options.request);
  try {
    return await db.$transaction(
      async (tx): Promise<IdempotentOutcome> => {
        await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = '${WAIT_FOR_FIRST_MS}ms'`);
        await tx.$executeRaw`DELETE FROM "IdempotencyKey" WHERE "caller" = ${caller} AND "operation" = ${operation} AND "key" = ${key} AND "expiresAt" <= now()`;
        const reserved = await tx.$queryRaw<{ id: string }[]>`
          INSERT INTO "IdempotencyKey" ("id", "caller", "operation", "key", "requestHash", "expiresAt")
          VALUES (${randomUUID()}, ${caller}, ${operation}, ${key}, ${requestHash}, now() + make_interval(secs => ${ttlMs / 1000}))
          ON CONFLICT ("caller", "operation", "key") DO NOTHING
          RETURNING "id"`;
        const id = reserved[0]?.id;
        if (!id) {
          const stored = await tx.idempotencyKey.findUniqueOrThrow({ where: { caller_operation_key: { caller, operation, key } }, select: { requestHash: true, statusCode: true, response: true } });
          if (stored.requestHash !== requestHash) return { kind: "mismatch" };
          return { kind: "replayed", status: stored.statusCode!, body: stored.response as Prisma.InputJsonObject };
        }
        const answer = await work(tx);
        await tx.idempotencyKey.update({ where: { id }, data: { statusCode: answer.status, response: answer.body } });
        return { kind: "fresh", ...answer };
      },
      { maxWait: WAIT_FOR_FIRST_MS, timeout: WAIT_FOR_FIRST_MS * 3 },
    );
  } catch (error) {
    if (isLockTimeout(error)) return { kind: "in_flight" };
    throw error;
  }
}

/**
 * The finished answer stored for this key, without taking it: null when the key is new, expired
 * or still running. For a caller with a one-shot check before the work (an SMS code, which works
 * once): a retry of a request that already passed it is answered from here, not refused.
 */
export async function findIdempotentAnswer(options: Omit<WithIdempotencyOptions, "ttlMs" | "work">): Promise<IdempotentOutcome | null> {
  const { caller, operation, key } = options;
  const [stored] = await db.$queryRaw<{ requestHash: string; statusCode: number | null; response: Prisma.JsonValue }[]>`
    SELECT "requestHash", "statusCode", "response" FROM "IdempotencyKey"
    WHERE "caller" = ${caller} AND "operation" = ${operation} AND "key" = ${key} AND "expiresAt" > now()`;
  if (!stored || stored.statusCode === null) return null;
  if (stored.requestHash !== hashRequest(options.request)) return { kind: "mismatch" };
  return { kind: "replayed", status: stored.statusCode, body: stored.response as Prisma.InputJsonObject };
}

function isLockTimeout(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${JSON.stringify(error)}` : String(error);
  return text.includes(LOCK_NOT_AVAILABLE) || text.includes("lock timeout");
}
