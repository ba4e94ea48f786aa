import type { ValidationError } from "./check-history-consistency";

/** One `path: message` line per error, as the command line and the API print them. */
export function formatValidationErrors(errors: readonly ValidationError[]): string {
  return errors.map((error) => `${error.path}: ${error.message}`).join("\n");
}
