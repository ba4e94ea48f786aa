// Command-line flags of prisma/seed.ts, checked with zod so a typo gets a sentence, not a stack.
import { z } from "zod";

export type SeedOptions = {
  reset: boolean;
  help: boolean;
  scale: { accounts: number; entries: number } | null;
};

export const SEED_USAGE = `Usage: npx tsx prisma/seed.ts [--reset] [--accounts N --entries M]

  (no flags)              seed the demo world unless it is already there
  --reset                 empty every table first, then seed
  --accounts N --entries M
                          also load N synthetic accounts with M ledger entries in total
                          (benchmark data; the demo world is seeded first when missing)
  --help                  show this text`;

const count = (flag: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `${flag} must be a whole number, e.g. ${flag} 50000`)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, `${flag} must be at least ${min.toLocaleString("en")}`)
        .max(max, `${flag} must be at most ${max.toLocaleString("en")}`),
    );

const schema = z
  .object({
    reset: z.boolean(),
    help: z.boolean(),
    accounts: count("--accounts", 1, 10_000_000).optional(),
    entries: count("--entries", 0, 100_000_000).optional(),
  })
  .refine((o) => (o.accounts === undefined) === (o.entries === undefined), {
    message: "--accounts and --entries go together, e.g. --accounts 50000 --entries 1000000",
  });

const VALUE_FLAGS = new Set(["--accounts", "--entries"]);
const SWITCHES = new Set(["--reset", "--help", "-h"]);

export function parseSeedArgs(argv: readonly string[]): { ok: true; options: SeedOptions } | { ok: false; message: string } {
  const raw: { reset: boolean; help: boolean; accounts?: string; entries?: string } = { reset: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] as string;
    const [flag, inline] = token.startsWith("--") && token.includes("=") ? [token.slice(0, token.indexOf("=")), token.slice(token.indexOf("=") + 1)] : [token, undefined];
    if (SWITCHES.has(flag) && inline === undefined) {
      if (flag === "--reset") raw.reset = true;
      else raw.help = true;
    } else if (VALUE_FLAGS.has(flag)) {
      const value = inline ?? argv[i + 1];
      if (inline === undefined) i += 1;
      if (value === undefined || value === "" || value.startsWith("--")) return { ok: false, message: `${flag} needs a value, e.g. ${flag} 50000` };
      raw[flag === "--accounts" ? "accounts" : "entries"] = value;
    } else {
      return { ok: false, message: `Unknown argument ${JSON.stringify(token)}.\n\n${SEED_USAGE}` };
    }
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((issue) => issue.message).join("\n") };
  const { reset, help, accounts, entries } = parsed.data;
  return { ok: true, options: { reset, help, scale: accounts !== undefined && entries !== undefined ? { accounts, entries } : null } };
}
