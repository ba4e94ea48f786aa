import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
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

  test("answers the hand-checked Diagnosis of every sample history", async ({ request }) => {
    // Worked out by hand from the fixtures and the contract's rules, not by the engine. The
    // sentences are pinned in lib/diagnosis/explain-cause.test.ts; here they must name the entries.
    const cause = (name: string, amountMinor: number, entryIds: string[]) => ({
      cause: name,
      amountMinor,
      entryIds,
      explanation: { en: expect.stringContaining(entryIds[0]!), "zh-CN": expect.stringContaining(entryIds[0]!) },
    });
    const expected: Record<string, object> = {
      // 100.00 - 45 - 50 + 50 - 35 = 20.00, then the ¥50 reversal on 10 Sep: -30.00 (e6 pending, e8 after asOf).
      "contract-example.json": {
        accountId: "acc_1", asOf: "2024-09-12T00:00:00.000Z", balanceMinor: -3000, isNegative: true, wentNegativeAt: "2024-09-10T08:00:00.000Z",
        primaryCause: "REFUND", causes: [cause("REFUND", 3000, ["e7"])], amountToRestoreMinor: 3000, urgent: false, unauthorizedDebits: [], unauthorizedTotalMinor: 0,
        actions: ["TOP_UP", "CONTACT_MERCHANT"],
      },
      // 200 - 30 - 150 = 20.00; the ¥80 withdrawal from the 15-minute-old device leaves -60.00, all HACK,
      // so no TOP_UP (version 3). Both thefts are listed in full, the ¥150 transfer too.
      "hack.json": {
        accountId: "acc_chen", asOf: "2024-09-06T00:00:00.000Z", balanceMinor: -6000, isNegative: true, wentNegativeAt: "2024-09-05T02:20:00.000Z",
        primaryCause: "HACK", causes: [cause("HACK", 6000, ["e4"])], amountToRestoreMinor: 6000, urgent: true,
        unauthorizedDebits: [
          { entryId: "e3", amountMinor: 15000, occurredAt: "2024-09-05T02:15:00.000Z", counterparty: "user:stranger-8812" },
          { entryId: "e4", amountMinor: 8000, occurredAt: "2024-09-05T02:20:00.000Z", counterparty: "bank:6217-9999" },
        ],
        unauthorizedTotalMinor: 23000,
        actions: ["SECURE_ACCOUNT", "REPORT_UNAUTHORIZED"],
      },
      // No asOf: the clawback at 03:00 +08:00 is the latest time. 0.50 left before the ¥20 clawback: -19.50.
      "promo-clawback.json": {
        accountId: "acc_wang", asOf: "2024-09-05T19:00:00.000Z", balanceMinor: -1950, isNegative: true, wentNegativeAt: "2024-09-05T19:00:00.000Z",
        primaryCause: "PROMO", causes: [cause("PROMO", 1950, ["e7"])], amountToRestoreMinor: 1950, urgent: false, unauthorizedDebits: [], unauthorizedTotalMinor: 0,
        actions: ["TOP_UP", "REVIEW_PROMO_TERMS"],
      },
      // Lots: fee e3 300 (repaid by e4), reversal e5 800 (500 repaid by e7), clawback e6 600, adjustment e8 400, payment e10 700.
      "mixed-causes.json": {
        accountId: "acc_lin", asOf: "2024-09-10T00:00:00.000Z", balanceMinor: -2000, isNegative: true, wentNegativeAt: "2024-09-04T10:00:00.000Z",
        primaryCause: "OVERDRAFT",
        causes: [cause("OVERDRAFT", 700, ["e10"]), cause("PROMO", 600, ["e6"]), cause("OTHER", 400, ["e8"]), cause("REFUND", 300, ["e5"])],
        amountToRestoreMinor: 2000, urgent: false, unauthorizedDebits: [], unauthorizedTotalMinor: 0,
        actions: ["TOP_UP", "PLAN_SPENDING", "REVIEW_PROMO_TERMS", "CONTACT_SUPPORT", "CONTACT_MERCHANT"],
      },
    };
    for (const [name, diagnosis] of Object.entries(expected)) {
      const response = await request.post("/api/diagnose", { data: fixture(name) });
      expect(response.status(), name).toBe(200);
      expect(await response.json(), name).toEqual(diagnosis);
    }
  });

  test("answers contract version 3's cases exactly as the command line prints them", async ({ request }) => {
    // Hand-checked answers in tests/fixtures/diagnoses (scripts/diagnose.test.ts holds the CLI to them).
    for (const name of ["v3-theft-positive-balance.json", "v3-theft-then-overdraft.json", "v3-hack-only-deficit.json"]) {
      const expected = fs.readFileSync(path.join(__dirname, "..", "fixtures", "diagnoses", name), "utf8");
      const response = await request.post("/api/diagnose", { data: fixture(name) });
      expect(response.status(), name).toBe(200);
      const body: unknown = await response.json();
      expect(body, name).toEqual(JSON.parse(expected));
      // Same keys in the same order (JSON.stringify of the parsed body keeps the server's order).
      expect(`${JSON.stringify(body, null, 2)}\n`, name).toBe(expected);
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
