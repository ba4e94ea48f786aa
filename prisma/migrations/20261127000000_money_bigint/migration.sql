-- AlterTable
ALTER TABLE "WalletAccount" ALTER COLUMN "openingBalanceMinor" SET DATA TYPE BIGINT,
ALTER COLUMN "balanceMinor" SET DATA TYPE BIGINT;

-- AlterTable
ALTER TABLE "LedgerEntry" ALTER COLUMN "amountMinor" SET DATA TYPE BIGINT;

-- AlterTable
ALTER TABLE "Promotion" ALTER COLUMN "minSpendMinor" SET DATA TYPE BIGINT;



-- Hand-written below this line: rules Prisma's schema language cannot express.

-- Stored money stays inside what the diagnosis engine accepts (MAX_ABS_AMOUNT_MINOR = 10^12 in
-- lib/diagnosis/entry-types.ts), so every stored value also reads back as an exact JavaScript
-- number (decision 012). A balance is a sum of such amounts: it may go beyond 10^12, never
-- beyond Number.MAX_SAFE_INTEGER (the engine's bound on the sum of |amounts|).
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_amount_range_check"
  CHECK ("amountMinor" BETWEEN -1000000000000 AND 1000000000000);
ALTER TABLE "WalletAccount" ADD CONSTRAINT "WalletAccount_opening_balance_range_check"
  CHECK ("openingBalanceMinor" BETWEEN -1000000000000 AND 1000000000000);
ALTER TABLE "WalletAccount" ADD CONSTRAINT "WalletAccount_balance_range_check"
  CHECK ("balanceMinor" BETWEEN -9007199254740991 AND 9007199254740991);
