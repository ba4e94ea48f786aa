import type { z } from "zod";
import { apiError } from "./api-error";
import { readJsonBody } from "./read-json-body";

/**
 * A small JSON body checked with one zod schema: the value, or the ready error answer
 * (415 not JSON, 413 too large, 400 not JSON text, 422 naming each bad field).
 */
export async function readValidJsonBody<T>(request: Request, schema: z.ZodType<T>, maxBytes = 16 * 1024): Promise<{ ok: true; value: T } | { ok: false; response: Response }> {
  const body = await readJsonBody(request, maxBytes);
  if (!body.ok) return body;
  const parsed = schema.safeParse(body.value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors = parsed.error.issues.map((issue) => ({ path: issue.path.join(".") || "(body)", message: issue.message }));
  return { ok: false, response: apiError(422, "invalid_input", "Some fields are not valid.", { errors }) };
}
