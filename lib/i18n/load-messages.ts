import type { Locale } from "@/lib/i18n/locales";

/**
 * Messages live in one file per area (messages/<locale>/<area>.json) so that people working
 * on different areas never edit the same file; the area name becomes the top-level namespace.
 * Add a new area to AREAS; lib/i18n/messages.test.ts checks both locales have every key.
 */
export const AREAS = ["common", "home", "auth", "errors", "me", "wizard", "tickets", "agent", "help"] as const;

export async function loadMessages(locale: Locale): Promise<Record<string, Record<string, unknown>>> {
  const entries = await Promise.all(
    AREAS.map(async (area) => {
      const loaded = (await import(`../../messages/${locale}/${area}.json`)) as { default: Record<string, unknown> };
      return [area, loaded.default] as const;
    }),
  );
  return Object.fromEntries(entries);
}
