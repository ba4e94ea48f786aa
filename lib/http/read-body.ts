export type ReadBytesResult = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; problem: "too_large"; maxBytes: number };

/**
 * Reads a byte stream (a request body, a file, stdin) and stops as soon as it passes `maxBytes`,
 * so a chunked upload without Content-Length cannot make us hold more than the limit. Breaking
 * out of the loop cancels the stream.
 */
export async function readBytesLimited(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array> | null, maxBytes: number): Promise<ReadBytesResult> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (source) {
    for await (const chunk of source) {
      total += chunk.byteLength;
      if (total > maxBytes) return { ok: false, problem: "too_large", maxBytes };
      chunks.push(chunk);
    }
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/** A request's body, refused early when its declared Content-Length is already over the limit. */
export function readRequestBody(request: Request, maxBytes: number): Promise<ReadBytesResult> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve({ ok: false, problem: "too_large", maxBytes });
  return readBytesLimited(request.body as AsyncIterable<Uint8Array> | null, maxBytes);
}
