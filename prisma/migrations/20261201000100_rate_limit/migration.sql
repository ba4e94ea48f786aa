-- Per-key request counters in fixed windows, on the database's clock (lib/http/rate-limit.ts).

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "hits" INTEGER NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- No index on "updatedAt": every counted request updates it, and the table holds at most one
-- row per key (per staff user), so pruning can scan it.


