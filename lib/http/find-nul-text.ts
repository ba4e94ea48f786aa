/**
 * Pure: where the first text holding a NUL character (U+0000) sits in a parsed body, as a path
 * ("message", "entries[2].note"), or null when there is none. PostgreSQL cannot store a NUL in
 * text or JSON, and no person types one: a body carrying one is refused when it is read, so no
 * route ever hands one to a write (it was a 500 from the database).
 */
export function findNulText(value: unknown, path = ""): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path || "(root)" : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNulText(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      // A key is text too.
      if (key.includes("\u0000")) return path ? `${path}.${key}` : key;
      const found = findNulText(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}
