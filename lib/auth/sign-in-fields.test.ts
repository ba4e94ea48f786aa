import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSignInFields } from "@/lib/auth/sign-in-fields";
import { fieldIssues, signInSchemaFor } from "@/lib/auth/sign-in-schemas";

/** What the server's zod schema says about the same values: [] when it accepts them. */
function serverIssues(provider: "wallet" | "staff", values: Record<string, string>) {
  const parsed = signInSchemaFor(provider).safeParse(values);
  return parsed.success ? [] : fieldIssues(parsed.error);
}

// Phone-ish and email-ish text: digits, separators, +86 prefixes, letters, dots, @, spaces.
const phoneish = fc.stringMatching(/^[\s+0-9()\-.a]{0,16}$/);
const emailish = fc.oneof(
  fc.emailAddress(),
  fc.stringMatching(/^[ A-Za-z0-9_'+\-.@]{0,30}$/),
  fc.emailAddress().map((email) => ` ${email.toUpperCase()} `),
);
const password = fc.oneof(fc.constant(""), fc.string({ maxLength: 8 }), fc.string({ minLength: 250, maxLength: 260 }));

describe("the browser's sign-in checks", () => {
  it("give the same issues as the server's schema for the wallet form", () => {
    fc.assert(
      fc.property(phoneish, password, (phone, pw) => {
        expect(checkSignInFields("wallet", { phone, password: pw })).toEqual(serverIssues("wallet", { phone, password: pw }));
      }),
      { numRuns: 2000 },
    );
  });

  it("give the same issues as the server's schema for the staff form", () => {
    fc.assert(
      fc.property(emailish, password, (email, pw) => {
        expect(checkSignInFields("staff", { email, password: pw })).toEqual(serverIssues("staff", { email, password: pw }));
      }),
      { numRuns: 2000 },
    );
  });

  it("name each empty field", () => {
    expect(checkSignInFields("wallet", {})).toEqual([
      { field: "phone", issue: "phone.required" },
      { field: "password", issue: "password.required" },
    ]);
    expect(checkSignInFields("staff", { email: "not-an-email", password: "x" })).toEqual([{ field: "email", issue: "email.format" }]);
  });
});
