import { z } from "zod";
import { QUERY_ISSUE } from "./parse-query";

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

export const FOREIGN_CURSOR_TEXT = "not a cursor from this list: start again without it";

/**
 * The `cursor` query parameter of a list: decoded in the list's one query schema, so a cursor
 * from another list, a tampered one or garbage is a field error like any other filter (400 from
 * the API, a notice on the page) and the lib/ function only ever sees a checked key.
 */
export function cursorParam<T>(schema: z.ZodType<T>) {
  return z.unknown().transform((text, context) => {
    const key = typeof text === "string" ? decodeCursor(text, schema) : null;
    if (key !== null) return key;
    context.addIssue({ code: "custom", message: FOREIGN_CURSOR_TEXT, params: { code: QUERY_ISSUE.foreignCursor } });
    return z.NEVER;
  });
}
