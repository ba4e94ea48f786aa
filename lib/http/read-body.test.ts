import { describe, expect, it } from "vitest";
import { readBytesLimited, readRequestBody } from "@/lib/http/read-body";

describe("readBytesLimited", () => {
  it("joins the chunks of a body within the limit", async () => {
    function* chunks() {
      yield new TextEncoder().encode('{"a":');
      yield new TextEncoder().encode("1}");
    }
    const result = await readBytesLimited(chunks(), 100);
    expect(result.ok && new TextDecoder().decode(result.bytes)).toBe('{"a":1}');
  });

  it("stops reading an endless chunked body right after the limit", async () => {
    let pulled = 0;
    function* endless() {
      for (;;) {
        pulled++;
        yield new Uint8Array(1024);
      }
    }
    expect(await readBytesLimited(endless(), 10 * 1024)).toEqual({ ok: false, problem: "too_large", maxBytes: 10 * 1024 });
    expect(pulled).toBe(11);
  });

  it("refuses a declared Content-Length over the limit without reading", async () => {
    const request = new Request("http://localhost/x", { method: "POST", body: "x".repeat(10), headers: { "content-length": "999999" } });
    expect(await readRequestBody(request, 100)).toMatchObject({ ok: false, problem: "too_large" });
    expect(request.bodyUsed).toBe(false);
  });
});
