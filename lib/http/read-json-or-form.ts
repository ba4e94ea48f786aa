import { apiError } from "@/lib/http/api-error";
import { isFormRequest, isJsonRequest } from "@/lib/http/content-type";
import { findNulText } from "@/lib/http/find-nul-text";
import { readRequestBody } from "@/lib/http/read-body";
import { nulTextResponse } from "@/lib/http/read-json-body";

export type JsonOrForm = { isJson: boolean; value: Record<string, unknown> };

/**
 * The body of a route that serves both the portal's plain HTML forms (which work without
 * JavaScript and get a 303) and JSON clients: a form's fields become an object of strings
 * (empty fields left out). Refusals are ready answers in the error shape (415, 413, 400; a NUL
 * in any text is 400 invalid_text, as in readJsonBody).
 */
export async function readJsonOrForm(request: Request, maxBytes: number): Promise<JsonOrForm | Response> {
  const isJson = isJsonRequest(request);
  if (!isJson && !isFormRequest(request)) return apiError(415, "unsupported_media_type", "Send the body as JSON (Content-Type application/json) or as a form.");
  const read = await readRequestBody(request, maxBytes);
  if (!read.ok) return apiError(413, "too_large", `The request body is larger than ${maxBytes} bytes.`, { maxBytes });
  try {
    if (isJson) {
      const value = read.bytes.byteLength === 0 ? {} : (JSON.parse(new TextDecoder().decode(read.bytes)) as unknown);
      if (typeof value !== "object" || value === null || Array.isArray(value)) return apiError(400, "invalid_json", "The body must be a JSON object.");
      const nul = findNulText(value);
      if (nul) return nulTextResponse(nul);
      return { isJson, value: value as Record<string, unknown> };
    }
    const form = await new Response(read.bytes, { headers: { "content-type": request.headers.get("content-type")! } }).formData();
    const value: Record<string, unknown> = {};
    for (const [name, field] of form) if (typeof field === "string" && field !== "") value[name] = field;
    const nul = findNulText(value);
    if (nul) return nulTextResponse(nul);
    return { isJson, value };
  } catch (error) {
    return apiError(400, isJson ? "invalid_json" : "invalid_form", `The request body could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}
