import type { ResetPasswordResult } from "@/lib/auth/reset-password";
import type { PlacedRefusal } from "@/lib/auth/sign-in-form-state";

/**
 * Where the password form shows why a new password was not saved: a malformed field, a password
 * on the common list and a wrong code next to their fields; too many attempts in the alert box.
 */
export function placeResetPasswordError(result: Exclude<ResetPasswordResult, { ok: true }>): PlacedRefusal {
  switch (result.error) {
    case "invalid-input":
      return { issues: result.issues, refusal: null };
    case "weak-password":
      return { issues: [result.issue], refusal: null };
    case "invalid-code":
      return { issues: [{ field: "code", issue: "code.incorrect" }], refusal: null };
    case "throttled":
      return { issues: [], refusal: { code: "throttled", seconds: result.retryAfterSeconds } };
  }
}
