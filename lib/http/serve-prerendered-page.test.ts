import { createHash } from "node:crypto";
import fs from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// A build folder with two prerendered languages of /faq, one regenerated page and a dynamic one.
const dist = fs.mkdtempSync(path.join(os.tmpdir(), "portal-prerendered-"));
const STYLESHEET = '<link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next"/>';
const page = (lang: string) => `<html lang="${lang}"><head>${STYLESHEET}</head><body><p>${lang}</p><script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>`;
beforeAll(() => {
  process.env.NEXT_DIST_DIR = dist;
  const routes = { "/zh-CN/faq": false, "/en/faq": false, "/zh-CN": false, "/en": false, "/zh-CN/news": 60, "/zh-CN/old-news": 60 };
  fs.writeFileSync(
    path.join(dist, "prerender-manifest.json"),
    JSON.stringify({ routes: Object.fromEntries(Object.entries(routes).map(([route, seconds]) => [route, { initialRevalidateSeconds: seconds, ...(route === "/zh-CN/news" ? { srcRoute: "/[locale]/news" } : {}) }])) }),
  );
  fs.mkdirSync(path.join(dist, "server"), { recursive: true });
  fs.mkdirSync(path.join(dist, "static", "chunks"), { recursive: true });
  fs.writeFileSync(path.join(dist, "static", "chunks", "app.css"), "p{color:#15222b}");
  fs.writeFileSync(path.join(dist, "server", "app-paths-manifest.json"), JSON.stringify({ "/[locale]/(public)/news/page": "app/[locale]/(public)/news/page.js" }));
  for (const route of Object.keys(routes)) {
    const file = path.join(dist, "server", "app", `${route}.html`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, page(route.split("/")[1]!));
  }
  // Written by Next two minutes ago, with a 60-second revalidation: due.
  const twoMinutesAgo = new Date(Date.now() - 120_000);
  fs.utimesSync(path.join(dist, "server", "app", "zh-CN", "old-news.html"), twoMinutesAgo, twoMinutesAgo);
});
afterAll(() => {
  delete process.env.NEXT_DIST_DIR;
  fs.rmSync(dist, { recursive: true, force: true });
});

type Sent = { status: number; headers: Record<string, string | number>; body?: Buffer };
async function send(url: string, headers: Record<string, string> = {}, method = "GET"): Promise<Sent | null> {
  const { servePrerenderedPage } = await import("@/lib/http/serve-prerendered-page");
  const sent: Sent = { status: 0, headers: {} };
  const response = {
    set statusCode(value: number) {
      sent.status = value;
    },
    setHeader(name: string, value: string | number) {
      sent.headers[name.toLowerCase()] = value;
    },
    end(body?: Buffer) {
      sent.body = body;
    },
  } as unknown as ServerResponse;
  const handled = servePrerenderedPage({ method, url, headers } as unknown as IncomingMessage, response);
  return handled ? sent : null;
}

describe("servePrerendered page (the static fast path)", () => {
  it("sends the visitor's language from memory, compressed when asked, with the page's CSP", async () => {
    const zh = await send("/faq?utm=x", { "accept-language": "zh-CN", "accept-encoding": "gzip, br" });
    expect(zh!.status).toBe(200);
    expect(zlib.brotliDecompressSync(zh!.body!).toString()).toContain('<html lang="zh-CN">');
    expect(zh!.headers["content-encoding"]).toBe("br");
    const gzipped = await send("/faq", { "accept-language": "zh-CN", "accept-encoding": "gzip, deflate" });
    expect(gzipped!.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gzipped!.body!).equals(zlib.brotliDecompressSync(zh!.body!))).toBe(true);
    expect(String(zh!.headers["content-security-policy"])).toMatch(/script-src 'self' 'sha256-[^']+'; .*frame-ancestors 'none'/);
    expect(zh!.headers["cache-control"]).toBe("private, no-cache");
    expect(zh!.headers["x-content-type-options"]).toBe("nosniff");

    const en = await send("/faq", { cookie: "NEXT_LOCALE=en", "accept-language": "zh-CN" });
    expect(en!.body!.toString()).toContain('<html lang="en">');
    expect(en!.headers["content-encoding"]).toBeUndefined();
    expect(en!.headers.etag).not.toBe(zh!.headers.etag);
    expect((await send("/", { "accept-language": "en" }))!.body!.toString()).toContain('<html lang="en">');
  });

  it("carries the page's stylesheet inside the HTML, so the first paint needs no other request", async () => {
    const html = (await send("/faq", { "accept-language": "en" }))!.body!.toString();
    expect(html).toContain('<head><style>p{color:#15222b}</style><link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next" media="print"/></head>');
  });

  it("answers 304 to a matching If-None-Match and sends no body to HEAD", async () => {
    const first = await send("/faq");
    const again = await send("/faq", { "if-none-match": String(first!.headers.etag) });
    expect(again!.status).toBe(304);
    expect(again!.body).toBeUndefined();
    expect((await send("/faq", {}, "HEAD"))!.body).toBeUndefined();
  });

  it.each([
    ["a POST", "/faq", {}, "POST"],
    ["a React Server Components request", "/faq", { rsc: "1" }, "GET"],
    ["a prefetch", "/faq", { "next-router-prefetch": "1" }, "GET"],
    ["an _rsc query", "/faq?_rsc=abc", {}, "GET"],
    ["a staff page", "/agent", {}, "GET"],
    ["a page rendered per request", "/tickets/42", {}, "GET"],
    ["a page Next regenerates, once it is due", "/old-news", {}, "GET"],
    ["the internal locale path", "/zh-CN/faq", {}, "GET"],
    ["an encoded path", "/%66aq", {}, "GET"],
    ["a trailing slash", "/faq/", {}, "GET"],
    ["a session without its hint cookie", "/faq", { cookie: "next-auth.session-token=x" }, "GET"],
    ["a hint cookie without a session", "/faq", { cookie: "portal-signed-in=1" }, "GET"],
  ] as const)("leaves %s to Next", async (_label, url, headers, method) => {
    expect(await send(url, headers, method)).toBeNull();
  });

  it("serves a page Next regenerates while its file is current, and Next's regenerated file once there is one", async () => {
    const first = await send("/news", { "accept-language": "zh-CN" });
    expect(first!.body!.toString()).toContain("<p>zh-CN</p>");
    // Where Next 16 writes a regenerated page: route-cache/APP_PAGE/<sha256 of the app page>/$<route>.html
    const hash = createHash("sha256").update("/[locale]/(public)/news/page").digest("hex");
    const file = path.join(dist, "server", "route-cache", "APP_PAGE", hash, "$", "zh-CN", "news.html");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, "<html><body><p>regenerated</p><script>self.__next_f.push([1,\"x\"])</script></body></html>");
    const later = new Date(Date.now() + 5_000);
    fs.utimesSync(file, later, later);
    const second = await send("/news", { "accept-language": "zh-CN" });
    expect(second!.body!.toString()).toContain("<p>regenerated</p>");
    expect(second!.headers["etag"]).not.toBe(first!.headers["etag"]);
    expect(second!.headers["content-security-policy"]).not.toBe(first!.headers["content-security-policy"]);
  });

  it("serves signed-in visitors too, except on the sign-in pages (proxy.ts sends them on)", async () => {
    const cookie = "next-auth.session-token=x; portal-signed-in=1";
    expect(await send("/faq", { cookie })).not.toBeNull();
    expect(await send("/signin", { cookie })).toBeNull();
  });
});
