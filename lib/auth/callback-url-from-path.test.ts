import { describe, expect, it } from "vitest";
import { callbackUrlFromPath } from "@/lib/auth/callback-url-from-path";

describe("callbackUrlFromPath", () => {
  it("follows a same-site callbackUrl of the page the form was posted from", () => {
    expect(callbackUrlFromPath("/signin?callbackUrl=%2Ftickets%2Fnew", "/me")).toBe("/tickets/new");
    expect(callbackUrlFromPath("/staff/signin?x=1&callbackUrl=%2Fagent%2Ftickets%3Fq%3D1", "/agent")).toBe("/agent/tickets?q=1");
  });

  it("falls back without one, or with one that leaves the site or loops to a sign-in page", () => {
    expect(callbackUrlFromPath("/signin", "/me")).toBe("/me");
    expect(callbackUrlFromPath(null, "/me")).toBe("/me");
    expect(callbackUrlFromPath("/signin?callbackUrl=https%3A%2F%2Fevil.example%2F", "/me")).toBe("/me");
    expect(callbackUrlFromPath("/signin?callbackUrl=%2F%2Fevil.example", "/me")).toBe("/me");
    expect(callbackUrlFromPath("/signin?callbackUrl=%2Fsignin", "/me")).toBe("/me");
  });
});
