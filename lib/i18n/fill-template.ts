/**
 * Fills `{name}` placeholders in a message the server already translated, for the few client
 * components that get their strings as props (no ICU runtime in the browser). Plurals are chosen
 * on the server: it passes one string per form.
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
