/*
 * The sign-in forms' fields, issue keys and the small checks the browser runs before sending.
 * No zod here: this file ships to the browser. The server's real check is the zod schema in
 * sign-in-schemas.ts, and a property test keeps the two in agreement.
 * Issue messages are not prose but keys under `auth.validation.*`, so each side shows them in
 * the reader's language.
 */

export const PHONE_DIGITS = 11;
export const MAX_PASSWORD_LENGTH = 256;
export const MAX_EMAIL_LENGTH = 254;
export const PHONE_PATTERN = /^1\d{10}$/;
/** SMS one-time codes: six digits (lib/auth/one-time-code.ts). */
export const CODE_PATTERN = /^\d{6}$/;
/**
 * A password someone chooses here (reset or first password): at least 8 characters, counted as
 * people count them (一 or 😀 is one), any characters, spaces included (decision 028). Sign-in
 * accepts any length, so older passwords keep working.
 */
export const MIN_NEW_PASSWORD_LENGTH = 8;

/** POST /api/auth/password's error code for a password on the common list (the page shows `password.common`). */
export const WEAK_PASSWORD_ERROR = "weak_password";

/** Characters as a person counts them: Unicode code points, not UTF-16 units. */
export function passwordLength(password: string): number {
  return [...password].length;
}

export type SignInProvider = "wallet" | "staff";
export type SignInField = "phone" | "email" | "password" | "code";

/**
 * The server's refusals that concern one field, shown next to it (lib/auth/place-sign-in-error.ts):
 * a wrong password (said as "phone number or password is not correct", never which) and a code
 * that is wrong, expired or used. Their words are the sentences under `auth.errors.*`.
 */
export const REFUSAL_ISSUES = ["password.incorrect", "code.incorrect"] as const;

/** Every issue key a check or a refusal can produce; each has a message in both locales. */
export const SIGN_IN_ISSUES = [
  "phone.required",
  "phone.format",
  "email.required",
  "email.format",
  "password.required",
  "password.tooLong",
  "password.tooShort",
  /** On the common-password list or as easy to guess (checked on the server only). */
  "password.common",
  "code.required",
  "code.format",
  ...REFUSAL_ISSUES,
] as const;
export type SignInIssue = (typeof SIGN_IN_ISSUES)[number];

/** Whether an issue is a refusal from the server rather than a check of what was typed. */
export function isRefusalIssue(issue: SignInIssue): issue is (typeof REFUSAL_ISSUES)[number] {
  return (REFUSAL_ISSUES as readonly string[]).includes(issue);
}
export type FieldIssue = { field: SignInField; issue: SignInIssue };

export function isSignInIssue(value: unknown): value is SignInIssue {
  return typeof value === "string" && (SIGN_IN_ISSUES as readonly string[]).includes(value);
}

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

// zod 4's z.email() pattern, copied so the browser needs no zod (the property test compares them).
const EMAIL_PATTERN = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** The first issue per field, in form order; an empty list means the form may be sent. */
export function checkSignInFields(provider: SignInProvider, values: { phone?: string; email?: string; password?: string }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (provider === "wallet") {
    const phone = (values.phone ?? "").trim();
    if (!phone) issues.push({ field: "phone", issue: "phone.required" });
    else if (!PHONE_PATTERN.test(normalizePhone(phone))) issues.push({ field: "phone", issue: "phone.format" });
  } else {
    const email = (values.email ?? "").trim();
    if (!email) issues.push({ field: "email", issue: "email.required" });
    else if (email.length > MAX_EMAIL_LENGTH || !EMAIL_PATTERN.test(email.toLowerCase())) issues.push({ field: "email", issue: "email.format" });
  }
  const password = values.password ?? "";
  if (!password) issues.push({ field: "password", issue: "password.required" });
  else if (password.length > MAX_PASSWORD_LENGTH) issues.push({ field: "password", issue: "password.tooLong" });
  return issues;
}

/** "123 456" and "123-456" are how people copy a code out of an SMS. */
export function normalizeCode(raw: string): string {
  return raw.replace(/[\s-]/g, "");
}

/** The phone check alone: the first step of the code forms. */
export function checkPhone(raw: string | undefined): FieldIssue | null {
  const phone = (raw ?? "").trim();
  if (!phone) return { field: "phone", issue: "phone.required" };
  return PHONE_PATTERN.test(normalizePhone(phone)) ? null : { field: "phone", issue: "phone.format" };
}

/** The code check alone (second step of the code forms). */
export function checkCode(raw: string | undefined): FieldIssue | null {
  const code = normalizeCode(raw ?? "");
  if (!code) return { field: "code", issue: "code.required" };
  return CODE_PATTERN.test(code) ? null : { field: "code", issue: "code.format" };
}

/**
 * A new password: 8 to 256 characters. Whether it is too common is the server's question
 * (lib/auth/check-password-strength.ts): its lists are far too big for a page.
 */
export function checkNewPassword(raw: string | undefined): FieldIssue | null {
  const password = raw ?? "";
  if (!password) return { field: "password", issue: "password.required" };
  if (passwordLength(password) < MIN_NEW_PASSWORD_LENGTH) return { field: "password", issue: "password.tooShort" };
  return password.length > MAX_PASSWORD_LENGTH ? { field: "password", issue: "password.tooLong" } : null;
}
