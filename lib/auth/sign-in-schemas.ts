import { z } from "zod";

/*
 * One schema per sign-in form, shared by the browser (instant feedback) and the server (the
 * real check). Issue messages are not prose but keys under `auth.validation.*`, so each side
 * shows them in the reader's language.
 */

export const PHONE_DIGITS = 11;
export const MAX_PASSWORD_LENGTH = 256;

/**
 * "138 0000 0001", "138-0000-0001", "+86 138 0000 0001" and "0086 13800000001" all mean
 * 13800000001: people type numbers the way they read them, the database stores digits only.
 */
export function normalizePhone(raw: string): string {
  const compact = raw.replace(/[\s\-().]/g, "");
  if (compact.startsWith("+86")) return compact.slice(3);
  if (compact.startsWith("0086")) return compact.slice(4);
  if (/^86\d{11}$/.test(compact)) return compact.slice(2);
  return compact;
}

const password = z
  .string({ error: "password.required" })
  .min(1, { error: "password.required" })
  .max(MAX_PASSWORD_LENGTH, { error: "password.tooLong" });

export const walletSignInSchema = z.object({
  phone: z
    .string({ error: "phone.required" })
    .trim()
    .min(1, { error: "phone.required" })
    .transform(normalizePhone)
    .pipe(z.string().regex(/^1\d{10}$/, { error: "phone.format" })),
  password,
});

export const staffSignInSchema = z.object({
  email: z
    .string({ error: "email.required" })
    .trim()
    .min(1, { error: "email.required" })
    .max(254, { error: "email.format" })
    .toLowerCase()
    .pipe(z.email({ error: "email.format" })),
  password,
});

export type SignInProvider = "wallet" | "staff";
export type WalletSignInInput = z.infer<typeof walletSignInSchema>;
export type StaffSignInInput = z.infer<typeof staffSignInSchema>;
export type SignInField = "phone" | "email" | "password";

/** Every issue key a schema above can produce; each has a message in both locales. */
export const SIGN_IN_ISSUES = [
  "phone.required",
  "phone.format",
  "email.required",
  "email.format",
  "password.required",
  "password.tooLong",
] as const;
export type SignInIssue = (typeof SIGN_IN_ISSUES)[number];

export function isSignInIssue(value: unknown): value is SignInIssue {
  return typeof value === "string" && (SIGN_IN_ISSUES as readonly string[]).includes(value);
}

export type FieldIssue = { field: SignInField; issue: SignInIssue };

/** The first issue per field, in form order, from a failed parse. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  for (const item of error.issues) {
    const field = item.path[0];
    if (typeof field !== "string" || seen.has(field)) continue;
    if (field !== "phone" && field !== "email" && field !== "password") continue;
    seen.add(field);
    issues.push({ field, issue: isSignInIssue(item.message) ? item.message : (`${field}.required` as SignInIssue) });
  }
  return issues;
}

export function signInSchemaFor(provider: SignInProvider) {
  return provider === "wallet" ? walletSignInSchema : staffSignInSchema;
}
