import { describe, expect, it } from "vitest";
import { CODE_TTL_MS, MAX_CODE_ATTEMPTS, generateCode, hashCode, judgeCodeAttempt } from "./one-time-code";

const secret = "test-secret-0123456789";
const now = new Date("2026-12-05T08:00:00Z");
const hashOf = (code: string, phone = "13800000001") => hashCode({ secret, phone, purpose: "SIGN_IN", code });
const stored = (code: string, overrides: Partial<{ attempts: number; expiresAt: Date; usedAt: Date | null }> = {}) => ({
  codeHash: hashOf(code),
  attempts: 1,
  expiresAt: new Date(now.getTime() + CODE_TTL_MS),
  usedAt: null,
  ...overrides,
});

describe("generateCode", () => {
  it("makes six digits, leading zeros kept", () => {
    const codes = Array.from({ length: 2000 }, generateCode);
    expect(codes.every((code) => /^\d{6}$/.test(code))).toBe(true);
    // 2000 draws from a million: a repeat now and then is fine, a constant is not.
    expect(new Set(codes).size).toBeGreaterThan(1990);
  });
});

describe("hashCode", () => {
  it("binds the code to the phone and the purpose", () => {
    expect(hashOf("123456")).toBe(hashOf("123456"));
    expect(hashOf("123456")).not.toBe(hashOf("123456", "13800000002"));
    expect(hashCode({ secret, phone: "13800000001", purpose: "PASSWORD", code: "123456" })).not.toBe(hashOf("123456"));
    expect(hashCode({ secret: "another-secret-456789", phone: "13800000001", purpose: "SIGN_IN", code: "123456" })).not.toBe(hashOf("123456"));
    expect(hashOf("123456")).not.toContain("123456");
  });
});

describe("judgeCodeAttempt", () => {
  it("accepts the right code in time, on the last allowed try too", () => {
    expect(judgeCodeAttempt(stored("123456"), hashOf("123456"), now)).toBe("ok");
    expect(judgeCodeAttempt(stored("123456", { attempts: MAX_CODE_ATTEMPTS }), hashOf("123456"), now)).toBe("ok");
  });

  it("refuses a wrong, expired, used or over-tried code, and a phone without one", () => {
    expect(judgeCodeAttempt(stored("123456"), hashOf("654321"), now)).toBe("wrong");
    expect(judgeCodeAttempt(stored("123456", { expiresAt: now }), hashOf("123456"), now)).toBe("expired");
    expect(judgeCodeAttempt(stored("123456", { usedAt: now }), hashOf("123456"), now)).toBe("used");
    expect(judgeCodeAttempt(stored("123456", { attempts: MAX_CODE_ATTEMPTS + 1 }), hashOf("123456"), now)).toBe("too-many-tries");
    expect(judgeCodeAttempt(null, hashOf("123456"), now)).toBe("no-code");
  });
});
