import { z } from "zod";

// Checked lazily (at first use) so `next build` works without a database.
const serverEnvSchema = z.object({
  DATABASE_URL: z.url({ message: "DATABASE_URL must be a postgresql:// URL" }).refine((v) => /^postgres(ql)?:\/\//.test(v), {
    message: "DATABASE_URL must start with postgresql://",
  }),
  NEXTAUTH_SECRET: z.string().min(16, { message: "NEXTAUTH_SECRET must be at least 16 characters" }),
});

export function databaseUrl(): string {
  const parsed = serverEnvSchema.shape.DATABASE_URL.safeParse(process.env.DATABASE_URL);
  if (!parsed.success) throw new Error(`DATABASE_URL: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  return parsed.data;
}

export function authSecret(): string {
  const parsed = serverEnvSchema.shape.NEXTAUTH_SECRET.safeParse(process.env.NEXTAUTH_SECRET);
  if (!parsed.success) throw new Error(`NEXTAUTH_SECRET: ${parsed.error.issues[0]?.message ?? "missing"}`);
  return parsed.data;
}
