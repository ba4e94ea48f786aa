import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";

export const LOCALE_COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 365;

/**
 * Only a path on this site may be a redirect target: one leading "/", no "//" or "/\" (which
 * browsers treat as another host) and no control characters. This keeps the switch from
 * becoming an open redirect.
 */
export function isSafeRedirectPath(value: string): boolean {
  return value.startsWith("/") && !/^\/[\\/]/.test(value) && !/[\u0000-\u001f\u007f]/.test(value);
}

/** Input of POST /api/locale, from the language switch form (or JSON). */
export const localeSwitchInput = z.object({
  locale: z.enum(LOCALES, { error: `locale must be one of: ${LOCALES.join(", ")}` }),
  redirectTo: z
    .string({ error: "redirectTo must be a string" })
    .max(2048, { error: "redirectTo is too long (at most 2048 characters)" })
    .refine(isSafeRedirectPath, { error: "redirectTo must be a path on this site starting with a single /" })
    .optional(),
});

export type LocaleSwitchInput = z.infer<typeof localeSwitchInput>;
