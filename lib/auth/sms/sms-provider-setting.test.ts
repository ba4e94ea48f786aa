import { describe, expect, it } from "vitest";
import { decideSmsProvider, requestedSmsProvider, runtimeSmsDecision, SMS_PROVIDER_MISSING } from "@/lib/auth/sms/sms-provider-setting";

describe("decideSmsProvider", () => {
  it("keeps the embedded demo as it was: the development sender by default, its outbox open", () => {
    expect(decideSmsProvider({ requested: undefined, isDeployment: false })).toEqual({ provider: "development", outbox: "anyone", warning: null });
    expect(decideSmsProvider({ requested: "development", isDeployment: false })).toMatchObject({ provider: "development", outbox: "anyone" });
  });

  it("refuses a deployment without SMS_PROVIDER, in one sentence that names the fix", () => {
    const decision = decideSmsProvider({ requested: undefined, isDeployment: true });
    expect(decision).toEqual({ provider: null, outbox: "none", refusal: SMS_PROVIDER_MISSING });
    expect(SMS_PROVIDER_MISSING).toMatch(/^SMS_PROVIDER is not set: .*SMS_PROVIDER=webhook.*SMS_PROVIDER=development/);
    expect(SMS_PROVIDER_MISSING.split(/[.!?]\s/)).toHaveLength(1);
  });

  it("lets a deployment choose the development sender on purpose, with a warning and the outbox for this machine only", () => {
    const decision = decideSmsProvider({ requested: "development", isDeployment: true });
    expect(decision).toMatchObject({ provider: "development", outbox: "this-machine", warning: expect.stringMatching(/^Warning: SMS_PROVIDER=development/) });
  });

  it("has no outbox with a real provider, deployed or not", () => {
    for (const isDeployment of [true, false]) {
      expect(decideSmsProvider({ requested: "webhook", isDeployment })).toEqual({ provider: "webhook", outbox: "none", warning: null });
    }
  });
});

describe("runtimeSmsDecision", () => {
  it("treats a process the start script did not mark as embedded as a deployment (a bare `next start`)", () => {
    expect(runtimeSmsDecision({ NODE_ENV: "production" }).provider).toBeNull();
    expect(runtimeSmsDecision({ NODE_ENV: "production", SMS_PROVIDER: "", PORTAL_EMBEDDED_DATABASE: "0" }).provider).toBeNull();
    expect(runtimeSmsDecision({ NODE_ENV: "production", SMS_PROVIDER: "development" })).toMatchObject({ outbox: "this-machine" });
    expect(runtimeSmsDecision({ NODE_ENV: "production", PORTAL_EMBEDDED_DATABASE: "1" })).toMatchObject({ provider: "development", outbox: "anyone" });
  });

  it("refuses an unknown provider name rather than guessing", () => {
    expect(() => requestedSmsProvider("aliyun")).toThrow(/SMS_PROVIDER must be one of development, webhook/);
    expect(requestedSmsProvider("")).toBeUndefined();
  });
});
