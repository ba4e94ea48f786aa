/**
 * Text for a LIKE/ILIKE `contains` that matches itself only: PostgreSQL's LIKE reads `%` and `_`
 * as wildcards and `\` as their escape, and Prisma's `contains` passes them through, so a search
 * for "%%" would list every row. Escaping all three makes every character literal.
 */
export function literalLikeText(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
