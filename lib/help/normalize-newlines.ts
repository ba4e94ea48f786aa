/**
 * Text with every line break as "\n". Browsers post a textarea's line breaks as "\r\n" while the
 * seed writes "\n": the same article must not look rewritten line by line because of it.
 */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
