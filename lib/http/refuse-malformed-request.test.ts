import { describe, expect, it } from "vitest";
import { refuseMalformedRequest } from "@/lib/http/refuse-malformed-request";

const request = (method: string, url: string, headers: Record<string, string> = {}) => ({ method, url, headers });

describe("refuseMalformedRequest", () => {
  it("answers TRACE under /api with 405, Allow and the error shape", async () => {
    const response = refuseMalformedRequest(request("TRACE", "/api/tickets"))!;
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE");
    expect(await response.json()).toEqual({ error: "method_not_allowed", message: expect.stringContaining("GET") });
  });

  it("answers TRACE on a page with 405 in the visitor's language, as plain text", async () => {
    const english = refuseMalformedRequest(request("TRACE", "/faq?x=1", { "accept-language": "en" }))!;
    expect([english.status, english.headers.get("allow"), english.headers.get("content-type")]).toEqual([405, "GET, HEAD, POST", "text/plain; charset=utf-8"]);
    expect(await english.text()).toBe("This address does not answer TRACE requests.");
    const chinese = refuseMalformedRequest(request("TRACK", "/", { "accept-language": "en", cookie: "a=b; NEXT_LOCALE=zh-CN" }))!;
    expect(await chinese.text()).toBe("此地址不接受 TRACK 请求。");
  });

  it.each(["/%ff", "/faq/%ff", "/api/tickets/%C0%AF", "/100%", "/faq/%E4%B8", "/faq/%00"])("answers the malformed path %s with 400", async (url) => {
    const response = refuseMalformedRequest(request("GET", url, { "accept-language": "en" }))!;
    expect(response.status).toBe(400);
    if (url.startsWith("/api/")) expect(await response.json()).toEqual({ error: "bad_request", message: expect.stringContaining("percent-encoding") });
    else expect(await response.text()).toContain("percent-encoding");
  });

  it.each([
    ["GET", "/faq/%E4%B8%AD%E6%96%87"],
    ["GET", "/faq?q=%ff"],
    ["POST", "/api/tickets"],
    ["OPTIONS", "/api/tickets"],
    ["DELETE", "/agent"],
    ["HEAD", "/"],
  ])("leaves %s %s to Next", (method, url) => {
    expect(refuseMalformedRequest(request(method, url))).toBeNull();
  });
});
