import { z } from "zod";

const nextAuthSecretSchema = z.string({ message: "is not set" }).min(16, { message: "NEXTAUTH_SECRET must be at least 16 characters" });

/** Checked at first use, not at import, so `next build` works without secrets. */
export function authSecret(): string {
  const parsed = nextAuthSecretSchema.safeParse(process.env.NEXTAUTH_SECRET);
  if (!parsed.success) throw new Error(`NEXTAUTH_SECRET: ${parsed.error.issues[0]?.message ?? "missing"}`);
  return parsed.data;
}
