import { describe, expect, it } from "vitest";
import { SIGN_IN_SLOWDOWN, delayAfterFailures, networkOf, waitSeconds } from "@/lib/auth/sign-in-throttle-rules";

const SECOND = 1000;
const MINUTE = 60 * SECOND;

describe("delayAfterFailures", () => {
  it("lets 5 failures of one identifier from one network through, then waits 30 s doubling to 15 minutes", () => {
    const waits = Array.from({ length: 12 }, (_, i) => delayAfterFailures(i + 1, SIGN_IN_SLOWDOWN.pair));
    expect(waits).toEqual([0, 0, 0, 0, 30 * SECOND, MINUTE, 2 * MINUTE, 4 * MINUTE, 8 * MINUTE, 15 * MINUTE, 15 * MINUTE, 15 * MINUTE]);
  });

  it("gives a network 20 free failures", () => {
    expect(delayAfterFailures(19, SIGN_IN_SLOWDOWN.network)).toBe(0);
    expect(delayAfterFailures(20, SIGN_IN_SLOWDOWN.network)).toBe(30 * SECOND);
  });

  it("keeps the account-wide ceiling a slowdown: never more than a minute, however many failures", () => {
    expect(delayAfterFailures(49, SIGN_IN_SLOWDOWN.account)).toBe(0);
    expect([50, 51, 52, 53].map((n) => delayAfterFailures(n, SIGN_IN_SLOWDOWN.account))).toEqual([15 * SECOND, 30 * SECOND, MINUTE, MINUTE]);
    expect(delayAfterFailures(1_000_000, SIGN_IN_SLOWDOWN.account)).toBe(MINUTE);
  });
});

describe("networkOf", () => {
  it("is the address for IPv4 and the /64 for IPv6", () => {
    expect(networkOf("203.0.113.7")).toBe("203.0.113.7");
    expect(networkOf("2001:db8:0:1:aaaa::1")).toBe("2001:db8:0:1::/64");
    expect(networkOf("2001:0DB8:0000:0001:ffff:1:2:3")).toBe("2001:db8:0:1::/64");
    expect(networkOf("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(networkOf("::1")).toBe("0:0:0:0::/64");
    expect(networkOf("unknown")).toBe("unknown");
  });
});

it("rounds a wait up to whole seconds, at least one", () => {
  expect([1, 999, 1000, 1001, 30_000].map(waitSeconds)).toEqual([1, 1, 1, 2, 30]);
});
