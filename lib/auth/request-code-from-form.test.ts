import { beforeEach, describe, expect, it, vi } from "vitest";

const requestOneTimeCode = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth/request-one-time-code", () => ({ requestOneTimeCode }));

const { requestCodeFromForm } = await import("@/lib/auth/request-code-from-form");

const base = { purpose: "SIGN_IN" as const, ip: "203.0.113.7", locale: "zh-CN" as const };

beforeEach(() => requestOneTimeCode.mockReset());

describe("requestCodeFromForm", () => {
  it("asks for a code for the normalised phone and moves to the code step, keeping the phone as typed", async () => {
    requestOneTimeCode.mockResolvedValue({ ok: true });
    expect(await requestCodeFromForm({ ...base, typedPhone: "+86 138 0000 0001", from: "phone" })).toEqual({ step: "code", phone: "+86 138 0000 0001", issues: [], refusal: null });
    expect(requestOneTimeCode).toHaveBeenCalledWith({ phone: "13800000001", purpose: "SIGN_IN", ip: "203.0.113.7", locale: "zh-CN" });
  });

  it("answers a malformed or missing phone at the phone field, without counting a request", async () => {
    expect(await requestCodeFromForm({ ...base, typedPhone: "12345", from: "phone" })).toEqual({ step: "phone", phone: "12345", issues: [{ field: "phone", issue: "phone.format" }], refusal: null });
    expect(await requestCodeFromForm({ ...base, typedPhone: " ", from: "code" })).toMatchObject({ step: "phone", issues: [{ field: "phone", issue: "phone.required" }] });
    expect(requestOneTimeCode).not.toHaveBeenCalled();
  });

  it("says how long to wait when the limits refuse, on the step it came from", async () => {
    requestOneTimeCode.mockResolvedValue({ ok: false, retryAfterSeconds: 37 });
    expect(await requestCodeFromForm({ ...base, typedPhone: "13800000001", from: "code" })).toEqual({
      step: "code",
      phone: "13800000001",
      issues: [],
      refusal: { code: "code-throttled", seconds: 37 },
    });
  });
});
