import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { diagnoseAccount } from "../../lib/diagnosis/diagnose-account";
import type { AccountHistory } from "../../lib/diagnosis/schema";

const fixture = (name: string) => JSON.parse(fs.readFileSync(path.join(__dirname, "..", "fixtures", "histories", name), "utf8")) as AccountHistory;
type ErrorBody = { error: string; message?: string; errors?: { path: string; message: string }[] };

/** Signs the request context in through NextAuth's credentials callback, like the form does. */
async function signIn(request: APIRequestContext, provider: "staff" | "wallet", form: Record<string, string>) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post(`/api/auth/callback/${provider}`, { form: { ...form, csrfToken, json: "true" } });
  expect(response.ok()).toBe(true);
  expect(((await (await request.get("/api/auth/me")).json()) as { user: { role: string } }).user.role).toBe(provider === "staff" ? "AGENT" : "WALLET_USER");
}

test.describe("POST /api/diagnose for an agent", () => {
  test.beforeEach(async ({ request }) => {
    await signIn(request, "staff", { email: "agent@example.com", password: "portal-demo-2026" });
  });

  test("answers the same Diagnosis as the engine for every sample history", async ({ request }) => {
    for (const name of ["contract-example.json", "hack.json", "promo-clawback.json", "mixed-causes.json"]) {
      const history = fixture(name);
      const response = await request.post("/api/diagnose", { data: history });
      expect(response.status(), name).toBe(200);
      expect(await response.json(), name).toEqual(diagnoseAccount(history));
    }
  });

  test("names each offending field with 400", async ({ request }) => {
    const history = fixture("contract-example.json");
    history.entries[0]!.amountMinor = -history.entries[0]!.amountMinor;
    const response = await request.post("/api/diagnose", { data: history });
    expect(response.status()).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error).toBe("invalid_input");
    expect(body.errors).toContainEqual({ path: "entries[0].amountMinor", message: `${history.entries[0]!.type} must be a credit (> 0)` });

    const notJson = await request.post("/api/diagnose", { data: Buffer.from("{ not json"), headers: { "content-type": "application/json" } });
    expect(notJson.status()).toBe(400);
    expect(((await notJson.json()) as ErrorBody).error).toBe("invalid_json");
  });

  test("refuses more than 100,000 entries with 413", async ({ request }) => {
    const entry = { type: "TOP_UP", amountMinor: 100, occurredAt: "2026-01-01T00:00:00Z", status: "POSTED" };
    const entries = Array.from({ length: 100_001 }, (_, i) => ({ id: `e${i}`, ...entry }));
    const response = await request.post("/api/diagnose", { data: { account: { id: "acc_big", currency: "CNY" }, entries } });
    expect(response.status()).toBe(413);
    expect(await response.json()).toMatchObject({ error: "too_large", maxEntries: 100_000 });
  });
});

test("POST /api/diagnose refuses a wallet user with 403", async ({ request }) => {
  await signIn(request, "wallet", { phone: "13800000001", password: "wallet-demo-2026" });
  const response = await request.post("/api/diagnose", { data: fixture("contract-example.json") });
  expect(response.status()).toBe(403);
  expect(await response.json()).toMatchObject({ error: "forbidden" });
});
