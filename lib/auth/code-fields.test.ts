import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkCode, checkNewPassword, checkPhone, type FieldIssue } from "@/lib/auth/sign-in-fields";
import { fieldIssues, passwordResetSchema } from "@/lib/auth/sign-in-schemas";

/** The server's zod schema for a new password set with a code: [] when it accepts the values. */
function serverIssues(values: { phone: string; code: string; password: string }) {
  const parsed = passwordResetSchema.safeParse(values);
  return parsed.success ? [] : fieldIssues(parsed.error);
}

/** The browser's zod-free checks, in the same field order. */
function browserIssues(values: { phone: string; code: string; password: string }) {
  return [checkPhone(values.phone), checkCode(values.code), checkNewPassword(values.password)].filter((issue): issue is FieldIssue => issue !== null);
}

const phoneish = fc.stringMatching(/^[\s+0-9()\-.a]{0,16}$/);
// Codes as people paste them: digits with spaces or dashes, too short, too long, letters.
const codeish = fc.stringMatching(/^[\s0-9\-a]{0,9}$/);
// Passwords around both limits, also in characters beyond UTF-16's first plane (😀 counts as one).
const password = fc.oneof(
  fc.constant(""),
  fc.string({ minLength: 6, maxLength: 10 }),
  fc.string({ unit: "binary", minLength: 4, maxLength: 10 }),
  fc.string({ minLength: 250, maxLength: 260 }),
);

describe("the browser's checks of the code forms", () => {
  it("give the same issues as the server's schema", () => {
    fc.assert(
      fc.property(phoneish, codeish, password, (phone, code, pw) => {
        expect(browserIssues({ phone, code, password: pw })).toEqual(serverIssues({ phone, code, password: pw }));
      }),
      { numRuns: 2000 },
    );
  });

  it("accept a code pasted with a space, and name what is wrong otherwise", () => {
    expect(checkCode("123 456")).toBeNull();
    expect(checkCode("")).toEqual({ field: "code", issue: "code.required" });
    expect(checkCode("12345")).toEqual({ field: "code", issue: "code.format" });
    expect(checkNewPassword("seven77")).toEqual({ field: "password", issue: "password.tooShort" });
    // Characters as people count them: four emoji are four, not eight; spaces and Chinese count.
    expect(checkNewPassword("😀😀😀😀")).toEqual({ field: "password", issue: "password.tooShort" });
    expect(checkNewPassword("我 的 新 密 码")).toBeNull();
  });
});
