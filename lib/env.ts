import { z } from "zod";

// Checked lazily (at first use) so `next build` works without secrets.
const serverEnvSchema = z.object({
  NEXTAUTH_SECRET: z.string().min(16, { message: "NEXTAUTH_SECRET must be at least 16 characters" }),
});

export function authSecret(): string {
  const parsed = serverEnvSchema.shape.NEXTAUTH_SECRET.safeParse(process.env.NEXTAUTH_SECRET);
  if (!parsed.success) throw new Error(`NEXTAUTH_SECRET: ${parsed.error.issues[0]?.message ?? "missing"}`);
  return parsed.data;
}
