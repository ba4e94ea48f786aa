import { isStorableText } from "@/lib/http/plain-text";

/** A form field as text ("" when missing or a file). */
export function formText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/**
 * What a server action received as its form. An action is a public endpoint: a script may call
 * it with anything, and a plain form post without JavaScript binds the form to its first
 * argument. Anything but a form is an empty one (which validation then refuses), and so is a form
 * with a NUL in a field: no page's form sends one, and PostgreSQL could not store it.
 */
export function submittedForm(value: unknown): FormData {
  if (!(value instanceof FormData)) return new FormData();
  const isStorable = [...value.values()].every((field) => typeof field !== "string" || isStorableText(field));
  return isStorable ? value : new FormData();
}
