import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeApiMethodNotAllowed } from "./api-method-not-allowed";

/** The ways Next ends a response: end(), headers first then end(), an empty write then end(). */
const STYLES: Record<string, (response: http.ServerResponse) => void> = {
  end: (response) => response.end(),
  flushed: (response) => {
    response.flushHeaders();
    response.end();
  },
  written: (response) => {
    response.write("");
    response.end();
  },
};

let server: http.Server;
let base = "";

beforeAll(async () => {
  server = http.createServer((request, response) => {
    describeApiMethodNotAllowed(request, response);
    const url = new URL(request.url ?? "/", "http://x");
    response.statusCode = Number(url.searchParams.get("status") ?? 405);
    if (url.searchParams.get("json")) response.setHeader("Content-Type", "application/json");
    if (url.searchParams.get("json")) return void response.end('{"error":"own"}');
    STYLES[url.searchParams.get("style") ?? "end"]!(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("describeApiMethodNotAllowed", () => {
  for (const style of Object.keys(STYLES)) {
    it(`gives Next's empty 405 under /api the error shape (${style})`, async () => {
      const response = await fetch(`${base}/api/health?style=${style}`, { method: "PATCH" });
      expect(response.status).toBe(405);
      expect(response.headers.get("content-type")).toBe("application/json");
      expect(await response.json()).toEqual({ error: "method_not_allowed", message: "This address does not answer PATCH requests." });
    });
  }

  it("leaves pages, other statuses and a 405 that has its own body alone", async () => {
    expect(await (await fetch(`${base}/faq?style=flushed`, { method: "PATCH" })).text()).toBe("");
    expect(await (await fetch(`${base}/api/health?status=404`, { method: "PATCH" })).text()).toBe("");
    expect(await (await fetch(`${base}/api/health?json=1`, { method: "PATCH" })).json()).toEqual({ error: "own" });
  });
});
