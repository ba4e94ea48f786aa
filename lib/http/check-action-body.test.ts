import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, checkActionBody } from "@/lib/http/check-action-body";

function multipart(bytes: number): { body: string; contentType: string } {
  const boundary = "----portal-test";
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="message"\r\n\r\n`;
  const tail = `\r\n--${boundary}--\r\n`;
  return { body: head + "x".repeat(bytes - head.length - tail.length) + tail, contentType: `multipart/form-data; boundary=${boundary}` };
}

const post = (body: BodyInit, headers: Record<string, string>) => new Request("http://localhost/", { method: "POST", body, headers });

describe("checkActionBody", () => {
  it("lets a form within the limit through", async () => {
    const form = multipart(ACTION_BODY_LIMIT_BYTES);
    expect(await checkActionBody(post(form.body, { "content-type": form.contentType }))).toBeNull();
  });

  it("finds a form over the limit too large, by Content-Length or by what arrives", async () => {
    const form = multipart(1.5 * 1024 * 1024);
    expect(await checkActionBody(post(form.body, { "content-type": form.contentType, "content-length": String(form.body.length) }))).toBe("too-large");
    expect(await checkActionBody(post(form.body, { "content-type": form.contentType }))).toBe("too-large");
    // A script-sent action announces its size.
    expect(await checkActionBody(post("[]", { "content-type": "text/plain", "next-action": "00ab", "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) }))).toBe("too-large");
  });

  it("finds multipart that is not a form", async () => {
    expect(await checkActionBody(post("not a form", { "content-type": "multipart/form-data; boundary=x" }))).toBe("undecodable");
  });

  it("finds a script-sent action whose arguments are not JSON, and lets React's JSON through", async () => {
    const action = (body: string) => post(body, { "content-type": "text/plain;charset=UTF-8", "next-action": "00ab" });
    expect(await checkActionBody(action("{{{"))).toBe("undecodable");
    expect(await checkActionBody(action(""))).toBe("undecodable");
    expect(await checkActionBody(post(new Uint8Array([0x5b, 0xff, 0x5d]), { "content-type": "text/plain", "next-action": "00ab" }))).toBe("undecodable");
    expect(await checkActionBody(action('[42,true]'))).toBeNull();
    expect(await checkActionBody(action('["$K1"]'))).toBeNull();
  });

  it("leaves other requests alone", async () => {
    expect(await checkActionBody(new Request("http://localhost/", { method: "GET" }))).toBeNull();
    expect(await checkActionBody(post("x".repeat(2 * 1024 * 1024), { "content-type": "application/json" }))).toBeNull();
  });
});
