import "server-only";
import { checkNewPassword, type FieldIssue } from "@/lib/auth/sign-in-fields";

/*
 * Whether a password someone is choosing may be kept (decision 028): 8 to 256 characters
 * (checkNewPassword, the same check the page runs), and not guessable. "Guessable" is zxcvbn's
 * verdict with the common-password lists @zxcvbn-ts/language-common ships (about 49,000 leaked
 * passwords, plus keyboard walks, repeats, sequences and dates): fewer than a million guesses
 * (score 0 or 1) is refused. That catches 12345678, password1, P@ssw0rd, qwertyuiop, aaaaaaaa and
 * the phone number itself, and lets through any 8 characters that are not on a list or a pattern,
 * Chinese or with spaces included. Only setting a password checks this: signing in never does,
 * so older passwords keep working.
 *
 * Server only. The lists are ~400 KB: loaded on the first password set, never in a page's bundle
 * and never by a process that only signs people in.
 */

/** zxcvbn scores 0-4; 2 means at least 10^6 guesses, beyond what the sign-in slowdown lets anyone try. */
const MIN_SCORE = 2;

/**
 * Only the first 64 characters are analysed: zxcvbn's matching grows with the square of the
 * length (a 256-character sequence costs ~0.5 s of CPU here, 64 characters at most ~70 ms), and a
 * password that long is not weak unless its start already is.
 */
const ANALYSED_CHARACTERS = 64;

type Checker = { check(password: string, userInputs?: (string | number)[]): { score: number } };

// The loaded lists, shared by every request of this process (read-only data, not state).
let loading: Promise<Checker> | undefined;

function checker(): Promise<Checker> {
  loading ??= Promise.all([import("@zxcvbn-ts/core"), import("@zxcvbn-ts/language-common")]).then(
    ([core, common]) => new core.ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * The first problem with a new password, or null when it may be kept. `userInputs` are words of
 * this person (phone number, email, name) that count as guessable too.
 */
export async function checkPasswordStrength(options: { password: string; userInputs?: readonly string[] }): Promise<FieldIssue | null> {
  const { password, userInputs = [] } = options;
  const problem = checkNewPassword(password);
  if (problem) return problem;
  const analysed = [...password].slice(0, ANALYSED_CHARACTERS).join("");
  const { score } = (await checker()).check(analysed, [...userInputs]);
  return score < MIN_SCORE ? { field: "password", issue: "password.common" } : null;
}
