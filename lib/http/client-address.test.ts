import { describe, expect, it } from "vitest";
import { hasProxyHeaders, isLoopbackIp, normalizeIp, resolveClientIp } from "@/lib/http/client-address";

describe("resolveClientIp", () => {
  it("uses the TCP peer by default, whatever X-Forwarded-For says", () => {
    expect(resolveClientIp({ peer: "203.0.113.7", forwardedFor: "198.51.100.1", trustedHops: 0 })).toBe("203.0.113.7");
    expect(resolveClientIp({ peer: "::ffff:203.0.113.7", forwardedFor: undefined, trustedHops: 0 })).toBe("203.0.113.7");
    expect(resolveClientIp({ peer: undefined, forwardedFor: "198.51.100.1", trustedHops: 0 })).toBe("unknown");
  });

  it("behind one proxy takes the address that proxy appended, not what the client wrote before it", () => {
    // The client sent "X-Forwarded-For: 1.1.1.1"; the proxy (10.0.0.2) appended the real client.
    expect(resolveClientIp({ peer: "10.0.0.2", forwardedFor: "1.1.1.1, 203.0.113.7", trustedHops: 1 })).toBe("203.0.113.7");
    expect(resolveClientIp({ peer: "10.0.0.2", forwardedFor: ["1.1.1.1", "203.0.113.7"], trustedHops: 1 })).toBe("203.0.113.7");
  });

  it("behind two proxies skips both", () => {
    expect(resolveClientIp({ peer: "10.0.0.3", forwardedFor: "9.9.9.9, 203.0.113.7, 10.0.0.2", trustedHops: 2 })).toBe("203.0.113.7");
  });

  it("falls back to the peer when the proxy's entry is not an address", () => {
    expect(resolveClientIp({ peer: "10.0.0.2", forwardedFor: "unknown", trustedHops: 1 })).toBe("10.0.0.2");
    expect(resolveClientIp({ peer: "10.0.0.2", forwardedFor: "", trustedHops: 1 })).toBe("10.0.0.2");
  });
});

describe("normalizeIp", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    ["203.0.113.7:51234", "203.0.113.7"],
    ["[2001:DB8::1]:443", "2001:db8::1"],
    ["2001:db8::1", "2001:db8::1"],
    ["::FFFF:10.1.2.3", "10.1.2.3"],
  ])("%s → %s", (value, expected) => {
    expect(normalizeIp(value)).toBe(expected);
  });

  it.each(["", "unknown", "1.2.3", "<script>", "999.1.1.1", "a".repeat(100)])("refuses %j", (value) => {
    expect(normalizeIp(value)).toBeNull();
  });
});

describe("hasProxyHeaders and isLoopbackIp", () => {
  it("notices each header a reverse proxy adds", () => {
    expect(hasProxyHeaders({ host: "localhost" })).toBe(false);
    for (const name of ["forwarded", "x-forwarded-for", "x-real-ip", "x-forwarded-host", "x-forwarded-proto"]) {
      expect(hasProxyHeaders({ host: "localhost", [name]: "203.0.113.7" }), name).toBe(true);
    }
  });

  it("counts 127.0.0.0/8 and ::1 as loopback, nothing else", () => {
    expect(["127.0.0.1", "127.1.2.3", "::1"].map(isLoopbackIp)).toEqual([true, true, true]);
    expect(["10.0.0.1", "203.0.113.7", "::ffff:7f00:1", "unknown", "1127.0.0.1"].map(isLoopbackIp)).toEqual([false, false, false, false, false]);
  });
});
