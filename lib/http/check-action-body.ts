import limits from "@/lib/http/server-action-limits.json";

/** The largest body Next reads as a server action; next.config.js sets Next's limit from the same file. */
export const ACTION_BODY_LIMIT_BYTES: number = limits.bodySizeLimitBytes;

/**
 * What is wrong with a POST that Next would read as a server action (a multipart form is how one
 * arrives without JavaScript; `Next-Action` marks one sent by script), before Next reads it: over
 * the size limit, or multipart that is not a form. Next answers both with a bare 500.
 */
export async function checkActionBody(request: Request): Promise<"too-large" | "not-a-form" | null> {
  if (request.method !== "POST") return null;
  const contentType = request.headers.get("content-type") ?? "";
  const isMultipart = /^multipart\/form-data\b/i.test(contentType);
  if (!isMultipart && !request.headers.has("next-action")) return null;
  if (Number(request.headers.get("content-length")) > ACTION_BODY_LIMIT_BYTES) return "too-large";
  if (!isMultipart) return null;
  // Without Content-Length (chunked), count what arrives.
  const body = await request.clone().arrayBuffer();
  if (body.byteLength > ACTION_BODY_LIMIT_BYTES) return "too-large";
  try {
    await new Response(body, { headers: { "content-type": contentType } }).formData();
    return null;
  } catch {
    return "not-a-form";
  }
}
