import { describe, expect, it } from "vitest";
import { placeResetPasswordError } from "@/lib/auth/place-reset-password-error";

describe("placeResetPasswordError", () => {
  it("puts every malformed field at its field", () => {
    const issues = [
      { field: "code", issue: "code.format" },
      { field: "password", issue: "password.tooShort" },
    ] as const;
    expect(placeResetPasswordError({ ok: false, error: "invalid-input", issues: [...issues] })).toEqual({ issues, refusal: null });
  });

  it("puts a common password at the password field and a wrong code at the code field", () => {
    expect(placeResetPasswordError({ ok: false, error: "weak-password", issue: { field: "password", issue: "password.common" } })).toEqual({
      issues: [{ field: "password", issue: "password.common" }],
      refusal: null,
    });
    expect(placeResetPasswordError({ ok: false, error: "invalid-code" })).toEqual({ issues: [{ field: "code", issue: "code.incorrect" }], refusal: null });
  });

  it("says how long to wait in the alert box", () => {
    expect(placeResetPasswordError({ ok: false, error: "throttled", retryAfterSeconds: 90 })).toEqual({ issues: [], refusal: { code: "throttled", seconds: 90 } });
  });
});
