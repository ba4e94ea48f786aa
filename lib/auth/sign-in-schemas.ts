import { z } from "zod";
import { CODE_PATTERN, MAX_EMAIL_LENGTH, MAX_PASSWORD_LENGTH, MIN_NEW_PASSWORD_LENGTH, PHONE_PATTERN, isSignInIssue, normalizeCode, normalizePhone, passwordLength, type FieldIssue, type SignInIssue, type SignInProvider } from "@/lib/auth/sign-in-fields";

/*
 * One schema per sign-in form: the server's real check. The browser runs the zod-free
 * checkSignInFields() from sign-in-fields.ts for instant feedback (same rules, kept in step by
 * sign-in-schemas.test.ts). Issue messages are keys under `auth.validation.*`.
 */

const password = z
  .string({ error: "password.required" })
  .min(1, { error: "password.required" })
  .max(MAX_PASSWORD_LENGTH, { error: "password.tooLong" });

export const phoneSchema = z
  .string({ error: "phone.required" })
  .trim()
  .min(1, { error: "phone.required" })
  .transform(normalizePhone)
  .pipe(z.string().regex(PHONE_PATTERN, { error: "phone.format" }));

const code = z
  .string({ error: "code.required" })
  .transform(normalizeCode)
  .pipe(z.string().min(1, { error: "code.required" }).regex(CODE_PATTERN, { error: "code.format" }));

export const walletSignInSchema = z.object({ phone: phoneSchema, password });

/** The `wallet-code` provider: phone number and the SMS code. */
export const codeSignInSchema = z.object({ phone: phoneSchema, code });

/**
 * A new password set with a code (reset, or the first password of a code-only user). Its shape
 * only: whether it is too common is checked after parsing (lib/auth/check-password-strength.ts).
 */
export const passwordResetSchema = z.object({
  phone: phoneSchema,
  code,
  password: password.refine((value) => passwordLength(value) >= MIN_NEW_PASSWORD_LENGTH, { error: "password.tooShort" }),
});

export const staffSignInSchema = z.object({
  email: z
    .string({ error: "email.required" })
    .trim()
    .min(1, { error: "email.required" })
    .max(MAX_EMAIL_LENGTH, { error: "email.format" })
    .toLowerCase()
    .pipe(z.email({ error: "email.format" })),
  password,
});

export type WalletSignInInput = z.infer<typeof walletSignInSchema>;
export type StaffSignInInput = z.infer<typeof staffSignInSchema>;
export type { FieldIssue, SignInField, SignInIssue, SignInProvider } from "@/lib/auth/sign-in-fields";

/** The first issue per field, in form order, from a failed parse. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  for (const item of error.issues) {
    const field = item.path[0];
    if (typeof field !== "string" || seen.has(field)) continue;
    if (field !== "phone" && field !== "email" && field !== "password" && field !== "code") continue;
    seen.add(field);
    issues.push({ field, issue: isSignInIssue(item.message) ? item.message : (`${field}.required` as SignInIssue) });
  }
  return issues;
}

export function signInSchemaFor(provider: SignInProvider) {
  return provider === "wallet" ? walletSignInSchema : staffSignInSchema;
}
