import { apiError } from "@/lib/http/api-error";
import { isJsonRequest } from "@/lib/http/content-type";
import { findNulText } from "@/lib/http/find-nul-text";
import { readRequestBody } from "@/lib/http/read-body";

/**
 * A small JSON body, read with a limit (lib/http/read-body.ts): the parsed value, or the
 * ready error answer (415 not JSON, 413 too large, 400 invalid_json, 400 invalid_text) to return as is.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  if (!isJsonRequest(request)) {
    return { ok: false, response: apiError(415, "unsupported_media_type", "Send the body as JSON (Content-Type application/json).") };
  }
  const read = await readRequestBody(request, maxBytes);
  if (!read.ok) return { ok: false, response: apiError(413, "too_large", `The request body is larger than ${maxBytes} bytes.`, { maxBytes }) };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(read.bytes)) as unknown;
  } catch (error) {
    return { ok: false, response: apiError(400, "invalid_json", `The request body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`) };
  }
  const nul = findNulText(value);
  if (nul) return { ok: false, response: nulTextResponse(nul) };
  return { ok: true, value };
}

/** The one answer to a body with a NUL character in some text (findNulText): 400 `invalid_text`, naming where. */
export function nulTextResponse(path: string): Response {
  return apiError(400, "invalid_text", `${path}: text must not contain the NUL character (U+0000).`, { path });
}
