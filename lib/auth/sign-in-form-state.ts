import type { FieldIssue } from "@/lib/auth/sign-in-fields";

/*
 * What the sign-in and password forms get back from their server actions when nothing was
 * signed in or saved: the page renders again with it, with or without JavaScript. Only what is
 * safe to put back into the page: the phone number or email typed, never a password or a code.
 */

/** A refusal that concerns no single field, shown once in the form's alert box. */
export type FormRefusal =
  /** Too many failed sign-ins: the next attempt waits this long (decision 028). */
  | { code: "throttled"; seconds: number }
  /** Too many codes asked for: the next SMS waits this long (decision 020). */
  | { code: "code-throttled"; seconds: number }
  | { code: "disabled" }
  | { code: "unavailable" };

/** Field problems (each shown next to its field) and at most one general refusal. */
export type PlacedRefusal = { issues: FieldIssue[]; refusal: FormRefusal | null };

/** The password form (wallet phone or staff email). */
export type PasswordSignInState = PlacedRefusal & { identifier: string };

/**
 * The SMS-code forms: the phone step, the code step (the code was asked for `phone`), or, after
 * a new password was saved but signing in with it failed, "saved".
 */
export type CodeFormStep = "phone" | "code" | "saved";
export type CodeFormState = PlacedRefusal & { step: CodeFormStep; phone: string };
