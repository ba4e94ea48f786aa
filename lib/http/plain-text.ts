import { z } from "zod";

/** Whether text holds a control character (PostgreSQL refuses NUL in text; none belong in a search). */
export function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Whether PostgreSQL can store this text: it refuses NUL in text and in JSON, and nobody types one. */
export function isStorableText(text: string): boolean {
  return !text.includes("\u0000");
}

/** Text a person could type into a search box. */
export function plainText(max: number) {
  return z.string().trim().max(max, { error: `at most ${max} characters` }).refine((text) => !hasControlCharacters(text), { error: "must not contain control characters" });
}

/** An id as the portal makes them (cuid or a seeded slug): anything else cannot exist. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;
