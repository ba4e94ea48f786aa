import type { z } from "zod";

/*
 * Opaque paging cursors: the last row's sort key as base64url JSON. Decoding checks the shape
 * with the caller's zod schema, so a tampered cursor is a clear 400, never a 500 or a query on
 * garbage.
 */

export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

/** The decoded key, or null when the text is not a cursor this schema made. */
export function decodeCursor<T>(text: string, schema: z.ZodType<T>): T | null {
  if (!/^[A-Za-z0-9_-]{1,512}$/.test(text)) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
