import type { ValidationError } from "./check-history-consistency";

/**
 * One `path: message` line per error, as the command line prints them; when the list was cut
 * (HistoryLimits.maxErrors), a last line says how many more there were.
 */
export function formatValidationErrors(errors: readonly ValidationError[], moreErrors = 0): string {
  const lines = errors.map((error) => `${error.path}: ${error.message}`);
  if (moreErrors > 0) lines.push(`(root): ${moreErrors} more problem${moreErrors === 1 ? "" : "s"} not shown (fix the ones above first)`);
  return lines.join("\n");
}
