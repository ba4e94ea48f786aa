// The demo world keeps money as plain numbers: every amount in it is far below 2^53, the engine
// takes numbers, and the rows reach the BIGINT columns through JSON (seed-demo-data.ts), which
// has no bigint. The factories' row types also allow bigint (Prisma's input types), so the seed
// narrows them here, once.
import type { AccountRow, EntryRow } from "@/prisma/seed/factories";

export type DemoAccountRow = AccountRow & { openingBalanceMinor: number; balanceMinor: number };
export type DemoEntryRow = EntryRow & { amountMinor: number };
