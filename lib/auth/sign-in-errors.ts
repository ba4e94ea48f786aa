import { isSignInIssue, type SignInField, type SignInIssue } from "@/lib/auth/sign-in-fields";

/*
 * Why a sign-in was refused. next-auth carries a thrown Error's message to the browser as the
 * `error` of `signIn(..., { redirect: false })`, so the reason travels as a short code string
 * and the form turns it back into a localized sentence. None of the codes says whether the
 * phone number or email belongs to an account.
 */
export type SignInError =
  | { code: "invalid-credentials" }
  /** A one-time code that is wrong, expired, used or has had its tries: one answer for all. */
  | { code: "invalid-code" }
  /** Too many failures: the next attempt waits this long (decision 028). */
  | { code: "throttled"; seconds: number }
  | { code: "disabled" }
  | { code: "invalid-input"; field: SignInField; issue: SignInIssue }
  | { code: "unavailable" };

export function encodeSignInError(error: SignInError): string {
  switch (error.code) {
    case "throttled":
      return `throttled:${error.seconds}`;
    case "invalid-input":
      return `invalid-input:${error.field}:${error.issue}`;
    default:
      return error.code;
  }
}

export function decodeSignInError(raw: string | null | undefined): SignInError {
  const [code = "", first, second] = (raw ?? "").split(":");
  switch (code) {
    case "invalid-credentials":
    case "CredentialsSignin":
      return { code: "invalid-credentials" };
    case "disabled":
      return { code: "disabled" };
    case "invalid-code":
      return { code: "invalid-code" };
    case "throttled": {
      const seconds = Number(first);
      return { code: "throttled", seconds: Number.isInteger(seconds) && seconds > 0 ? seconds : 60 };
    }
    case "invalid-input":
      if ((first === "phone" || first === "email" || first === "password" || first === "code") && isSignInIssue(second)) {
        return { code: "invalid-input", field: first, issue: second };
      }
      return { code: "invalid-credentials" };
    default:
      // Anything else (a crashed authorize, a network error) must not read as "wrong password".
      return { code: "unavailable" };
  }
}
