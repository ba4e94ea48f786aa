import type { z } from "zod";
import { apiError } from "./api-error";
import { isJsonRequest } from "./content-type";
import { readRequestBody } from "./read-body";

/**
 * A small JSON body checked with one zod schema: the value, or the ready error answer
 * (415 not JSON, 413 too large, 400 not JSON text, 422 naming each bad field).
 */
export async function readJsonBody<T>(request: Request, schema: z.ZodType<T>, maxBytes = 16 * 1024): Promise<{ ok: true; value: T } | { ok: false; response: Response }> {
  if (!isJsonRequest(request)) return { ok: false, response: apiError(415, "unsupported_media_type", "Send JSON (Content-Type application/json).") };
  const read = await readRequestBody(request, maxBytes);
  if (!read.ok) return { ok: false, response: apiError(413, "too_large", `The body is larger than ${maxBytes} bytes.`) };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(read.bytes));
  } catch {
    return { ok: false, response: apiError(400, "invalid_json", "The body is not valid JSON.") };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors = parsed.error.issues.map((issue) => ({ path: issue.path.join(".") || "(body)", message: issue.message }));
  return { ok: false, response: apiError(422, "invalid_input", "Some fields are not valid.", { errors }) };
}
