import http from "node:http";

/*
 * One HTTP request exactly as written: any method (TRACE too) and the path byte for byte (dot
 * segments, "%ff", "%C0%AF" and overlong paths are not tidied up on the way, as a browser or
 * Playwright's request context would).
 */

export type RawAnswer = { status: number; headers: http.IncomingHttpHeaders; body: string };

export function rawRequest(baseURL: string, options: { method: string; path: string; headers?: Record<string, string>; body?: Buffer }): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseURL);
  const headers = { ...options.headers, ...(options.body ? { "content-length": String(options.body.length) } : {}) };
  return new Promise((resolve, reject) => {
    const request = http.request({ hostname, port, method: options.method, path: options.path, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end(options.body);
  });
}
