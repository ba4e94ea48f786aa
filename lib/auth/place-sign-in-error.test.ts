import { describe, expect, it } from "vitest";
import { placeSignInError } from "@/lib/auth/place-sign-in-error";
import { decodeSignInError } from "@/lib/auth/sign-in-errors";

describe("placeSignInError", () => {
  it("puts a wrong password at the password field and a wrong code at the code field", () => {
    expect(placeSignInError({ code: "invalid-credentials" })).toEqual({ issues: [{ field: "password", issue: "password.incorrect" }], refusal: null });
    expect(placeSignInError({ code: "invalid-code" })).toEqual({ issues: [{ field: "code", issue: "code.incorrect" }], refusal: null });
  });

  it("puts a malformed field at that field", () => {
    expect(placeSignInError({ code: "invalid-input", field: "phone", issue: "phone.format" })).toEqual({ issues: [{ field: "phone", issue: "phone.format" }], refusal: null });
  });

  it("says what concerns no field once, in the alert box, with the wait", () => {
    expect(placeSignInError({ code: "throttled", seconds: 30 })).toEqual({ issues: [], refusal: { code: "throttled", seconds: 30 } });
    expect(placeSignInError({ code: "disabled" })).toEqual({ issues: [], refusal: { code: "disabled" } });
    expect(placeSignInError({ code: "unavailable" })).toEqual({ issues: [], refusal: { code: "unavailable" } });
  });

  it("reads next-auth's ?error=CredentialsSignin (a plain post to its callback) as a wrong password", () => {
    expect(placeSignInError(decodeSignInError("CredentialsSignin")).issues).toEqual([{ field: "password", issue: "password.incorrect" }]);
  });
});
