import limits from "@/lib/http/server-action-limits.json";

/** The largest body Next reads as a server action; next.config.js sets Next's limit from the same file. */
export const ACTION_BODY_LIMIT_BYTES: number = limits.bodySizeLimitBytes;

/**
 * What is wrong with a POST that Next would read as a server action (a multipart form is how one
 * arrives without JavaScript; `Next-Action` marks one sent by script), before Next reads it: over
 * the size limit, or a body it cannot decode: multipart that is not a form, or a script-sent
 * action whose arguments are not JSON (React encodes them as JSON unless one is a form). Next
 * answers all of these with a bare 500.
 */
export async function checkActionBody(request: Request): Promise<"too-large" | "undecodable" | null> {
  if (request.method !== "POST") return null;
  const contentType = request.headers.get("content-type") ?? "";
  const isMultipart = /^multipart\/form-data\b/i.test(contentType);
  if (!isMultipart && !request.headers.has("next-action")) return null;
  if (Number(request.headers.get("content-length")) > ACTION_BODY_LIMIT_BYTES) return "too-large";
  // Without Content-Length (chunked), count what arrives.
  const body = await request.clone().arrayBuffer();
  if (body.byteLength > ACTION_BODY_LIMIT_BYTES) return "too-large";
  try {
    if (isMultipart) await new Response(body, { headers: { "content-type": contentType } }).formData();
    else JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
    return null;
  } catch {
    return "undecodable";
  }
}
