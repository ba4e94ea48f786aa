import type { IncomingMessage, ServerResponse } from "node:http";

/*
 * Next answers a method a route handler does not export (PUT /api/health, GET /api/diagnose)
 * with a 405 and no body. Under /api every 4xx is the one error shape (docs/api.md), so the
 * portal's server (scripts/portal-server.ts) gives that 405 its body: when Next sends a 405
 * without a Content-Type on an /api address, the JSON `method_not_allowed` answer goes instead
 * of the empty one. Found by the API fuzzer once it tried every method on every route.
 */

function isApiPath(url: string | undefined): boolean {
  const path = (url ?? "/").split(/[?#]/)[0]!;
  return path === "/api" || path.startsWith("/api/");
}

const isEmpty = (chunk: unknown) => chunk === undefined || chunk === null || typeof chunk === "function" || (typeof chunk === "string" || chunk instanceof Uint8Array ? chunk.length === 0 : false);

/** Makes an empty 405 from Next on an /api address the JSON `method_not_allowed` answer. */
export function describeApiMethodNotAllowed(request: IncomingMessage, response: ServerResponse): void {
  if (!isApiPath(request.url)) return;
  const body = JSON.stringify({ error: "method_not_allowed", message: `This address does not answer ${request.method ?? ""} requests.` });
  const isBare405 = (status: number) => status === 405 && !response.hasHeader("content-type");
  const setJsonHeaders = () => {
    response.setHeader("Content-Type", "application/json");
    response.setHeader("Cache-Control", "no-store");
    response.removeHeader("Content-Length");
  };
  // Set when the headers of a bare 405 went out before its (empty) body: the body is ours.
  let isReplacing = false;

  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  response.writeHead = ((...args: unknown[]) => {
    const status = typeof args[0] === "number" ? args[0] : response.statusCode;
    const named = args.find((arg) => arg && typeof arg === "object") as Record<string, unknown> | undefined;
    if (isBare405(status) && !Object.keys(named ?? {}).some((name) => name.toLowerCase() === "content-type")) {
      isReplacing = true;
      setJsonHeaders();
    }
    return writeHead(...args);
  });

  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  response.write = ((...args: unknown[]) => (isReplacing && isEmpty(args[0]) ? true : write(...args))) as typeof response.write;

  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  response.end = ((...args: unknown[]) => {
    if (!response.headersSent && isBare405(response.statusCode) && isEmpty(args[0])) {
      setJsonHeaders();
      response.setHeader("Content-Length", Buffer.byteLength(body));
      return end(body);
    }
    if (isReplacing && isEmpty(args[0])) {
      isReplacing = false;
      return end(body);
    }
    return end(...args);
  }) as typeof response.end;
}
