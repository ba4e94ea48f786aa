import type { SignInError } from "@/lib/auth/sign-in-errors";
import type { PlacedRefusal } from "@/lib/auth/sign-in-form-state";

/**
 * Where a form shows why a sign-in was refused: next to the field it concerns (a malformed
 * phone, a wrong password, a wrong code), or, when it concerns none (throttled, disabled,
 * unavailable), in the form's alert box. A wrong password is said at the password field with
 * the generic sentence ("phone number or password is not correct"), which names no account.
 */
export function placeSignInError(error: SignInError): PlacedRefusal {
  switch (error.code) {
    case "invalid-input":
      return { issues: [{ field: error.field, issue: error.issue }], refusal: null };
    case "invalid-credentials":
      return { issues: [{ field: "password", issue: "password.incorrect" }], refusal: null };
    case "invalid-code":
      return { issues: [{ field: "code", issue: "code.incorrect" }], refusal: null };
    case "throttled":
      return { issues: [], refusal: { code: "throttled", seconds: error.seconds } };
    case "disabled":
      return { issues: [], refusal: { code: "disabled" } };
    default:
      return { issues: [], refusal: { code: "unavailable" } };
  }
}
