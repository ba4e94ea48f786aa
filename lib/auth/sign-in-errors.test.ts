import { describe, expect, it } from "vitest";
import { decodeSignInError, encodeSignInError, type SignInError } from "@/lib/auth/sign-in-errors";

describe("sign-in error codes", () => {
  it.each<SignInError>([
    { code: "invalid-credentials" },
    { code: "throttled", seconds: 90 },
    { code: "disabled" },
    { code: "invalid-input", field: "phone", issue: "phone.format" },
    { code: "unavailable" },
  ])("survive the trip through next-auth: %j", (error) => {
    expect(decodeSignInError(encodeSignInError(error))).toEqual(error);
  });

  it("reads next-auth's own CredentialsSignin as the generic error, anything unknown as unavailable", () => {
    expect(decodeSignInError("CredentialsSignin")).toEqual({ code: "invalid-credentials" });
    expect(decodeSignInError("Can't reach database server")).toEqual({ code: "unavailable" });
    expect(decodeSignInError(undefined)).toEqual({ code: "unavailable" });
  });
});
