import { z } from "zod";
import { safeRedirectPath } from "@/lib/http/safe-redirect-path";
import { LOCALES } from "@/lib/i18n/locales";

export const LOCALE_COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 365;

const REDIRECT_ERROR = "redirectTo must be a path on this site starting with a single /";

/** Input of POST /api/locale, from the language switch form (or JSON). */
export const localeSwitchInput = z.object({
  locale: z.enum(LOCALES, { error: `locale must be one of: ${LOCALES.join(", ")}` }),
  // The one open-redirect guard; what comes out is percent-encoded, ready for a Location header.
  redirectTo: z
    .string({ error: "redirectTo must be a string" })
    .transform((value, ctx) => {
      const path = safeRedirectPath(value);
      if (path === null) ctx.issues.push({ code: "custom", message: REDIRECT_ERROR, input: value });
      return path ?? z.NEVER;
    })
    .optional(),
});

export type LocaleSwitchInput = z.infer<typeof localeSwitchInput>;
