import { z } from "zod";
import type { CodePurpose } from "@/lib/auth/one-time-code";
import { phoneSchema } from "@/lib/auth/sign-in-schemas";

/** The API's names for what a code is for, and the stored purpose each one is. */
const CODE_PURPOSES = { "sign-in": "SIGN_IN", password: "PASSWORD", ticket: "TICKET" } as const satisfies Record<string, CodePurpose>;

/** POST /api/auth/code: which phone, and what the code is for (signing in by default). */
export const codeRequestSchema = z.object({
  phone: phoneSchema,
  purpose: z
    .enum(["sign-in", "password", "ticket"], { error: "purpose must be sign-in, password or ticket" })
    .default("sign-in")
    .transform((purpose) => CODE_PURPOSES[purpose]),
});

/** GET /api/dev/outbox?phone=… */
export const outboxQuerySchema = z.object({ phone: phoneSchema });

/** What the field keys mean, for the API's English `message` (pages show their own words). */
export const ISSUE_SENTENCES: Record<string, string> = {
  "phone.required": "enter a phone number",
  "phone.format": "enter an 11-digit mainland China mobile number starting with 1",
  "code.required": "enter the 6-digit code from the SMS",
  "code.format": "the code is 6 digits",
  "password.required": "enter a new password",
  "password.tooShort": "a new password has at least 8 characters",
  "password.common": "this password is on a list of common passwords or is as easy to guess (like 12345678 or abcd1234): choose another, for example a few words you will remember",
  "password.tooLong": "a password is at most 256 characters",
};

/** A zod failure as the `errors` of the API error shape. */
export function fieldErrors(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.join(".") || "(root)", message: ISSUE_SENTENCES[issue.message] ?? issue.message }));
}
