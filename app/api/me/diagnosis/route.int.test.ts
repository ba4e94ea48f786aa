import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, inject, it } from "vitest";

/*
 * GET /api/me/diagnosis through the route handler, on the demo world in PostgreSQL: 赵磊
 * (13800000009) signs in after the takeover. Contract version 3: he sees everything the thief
 * took, the ¥3,000 transfer that only emptied his balance included, and the deficit, all theft,
 * comes with no request to top up and no countdown (nextSteps []). 郑浩 (13800000021), robbed on
 * a positive balance, and 陈晨 (13800000022), healthy, show the two other views.
 */
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-secret-me-diagnosis";
const { db } = await import("@/lib/db");
const { hasDemoData, seedDemoData } = await import("@/prisma/seed/seed-demo-data");
const { sessionCookieName } = await import("@/lib/auth/session-cookie");
const { GET } = await import("@/app/api/me/diagnosis/route");

// Other test files share the run's database, so "empty" is not guaranteed: seed explicitly.
beforeAll(async () => {
  if (!(await hasDemoData(db))) await seedDemoData(db);
}, 120_000);

/** A demo persona's own request, carrying a session token exactly as next-auth issues it at sign-in. */
async function requestAs(phone: string) {
  const account = await db.walletAccount.findUniqueOrThrow({ where: { phone }, select: { id: true } });
  const user = await db.portalUser.findFirstOrThrow({ where: { walletAccountId: account.id }, select: { id: true, role: true, name: true, locale: true, sessionVersion: true } });
  const token = await encode({
    secret: process.env.NEXTAUTH_SECRET!,
    token: {
      sub: user.id,
      user: { id: user.id, role: user.role, name: user.name, locale: user.locale, walletAccountId: account.id },
      sessionVersion: user.sessionVersion,
      authTime: Math.floor(Date.now() / 1000),
    },
  });
  return new NextRequest("http://localhost/api/me/diagnosis", { headers: { cookie: `${sessionCookieName()}=${token}` } });
}

describe("GET /api/me/diagnosis for the takeover persona", () => {
  it("lists every unauthorized debit in full and asks for no top-up of a deficit that is all theft", async () => {
    const response = await GET(await requestAs("13800000009"), undefined);
    expect(response.status).toBe(200);
    const { diagnosis, nextSteps, view } = (await response.json()) as { diagnosis: Record<string, unknown>; nextSteps: unknown[]; view: unknown };
    expect(diagnosis).toMatchObject({
      accountId: "acc_zhao_lei",
      balanceMinor: -180_000,
      primaryCause: "HACK",
      amountToRestoreMinor: 180_000,
      urgent: true,
      causes: [expect.objectContaining({ cause: "HACK", amountMinor: 180_000, entryIds: ["ent_zhao_lei_hack_withdrawal", "ent_zhao_lei_hack_payment"] })],
      // 17 November, 02:58 / 03:05 / 03:12 China Standard Time, from the Redmi never seen before.
      unauthorizedDebits: [
        { entryId: "ent_zhao_lei_hack_transfer", amountMinor: 300_000, occurredAt: "2026-11-16T18:58:00.000Z", counterparty: "user:林**(177****0938)" },
        { entryId: "ent_zhao_lei_hack_withdrawal", amountMinor: 250_000, occurredAt: "2026-11-16T19:05:00.000Z", counterparty: "bank:某城商银行(尾号8812)" },
        { entryId: "ent_zhao_lei_hack_payment", amountMinor: 80_000, occurredAt: "2026-11-16T19:12:00.000Z", counterparty: "merchant:星辰游戏点卡商城" },
      ],
      unauthorizedTotalMinor: 630_000,
      actions: ["SECURE_ACCOUNT", "REPORT_UNAUTHORIZED"],
    });
    // The transfer left ¥1,500: it is no part of the deficit, yet it is listed.
    expect((diagnosis.causes as { entryIds: string[] }[]).flatMap((c) => c.entryIds)).not.toContain("ent_zhao_lei_hack_transfer");
    expect(Object.keys(diagnosis).slice(-3)).toEqual(["unauthorizedDebits", "unauthorizedTotalMinor", "actions"]);
    // No reminder or further restriction counts down while support investigates the theft.
    expect(nextSteps).toEqual([]);
    expect(view).toEqual({ kind: "victim", asksTopUp: false, countdown: "paused" });
  });
});

describe("GET /api/me/diagnosis for the other views", () => {
  it("郑浩, robbed on a positive balance: urgent, his ¥260 payment listed, no countdown", async () => {
    const response = await GET(await requestAs("13800000021"), undefined);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { diagnosis: Record<string, unknown>; nextSteps: unknown[]; view: unknown };
    expect(body.diagnosis).toMatchObject({
      balanceMinor: 58_259,
      isNegative: false,
      primaryCause: null,
      causes: [],
      urgent: true,
      // 19 November, 13:50 China Standard Time, from the vivo that signed in at 13:40.
      unauthorizedDebits: [{ entryId: "ent_zheng_hao_hack_payment", amountMinor: 26_000, occurredAt: "2026-11-19T05:50:00.000Z", counterparty: "merchant:极速数码专营店" }],
      unauthorizedTotalMinor: 26_000,
      actions: ["SECURE_ACCOUNT", "REPORT_UNAUTHORIZED"],
    });
    expect(body.nextSteps).toEqual([]);
    expect(body.view).toEqual({ kind: "victim", asksTopUp: false, countdown: "none" });
  });

  it("陈晨, healthy after a new phone paid known shops: nothing unauthorized, nothing to do", async () => {
    const response = await GET(await requestAs("13800000022"), undefined);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { diagnosis: Record<string, unknown>; nextSteps: unknown[]; view: unknown };
    expect(body.diagnosis).toMatchObject({ balanceMinor: 45_899, isNegative: false, wentNegativeAt: null, urgent: false, unauthorizedDebits: [], unauthorizedTotalMinor: 0, actions: [] });
    expect(body.nextSteps).toEqual([]);
    expect(body.view).toEqual({ kind: "healthy", asksTopUp: false, countdown: "none" });
  });

  it("张伟's own refund deficit keeps its countdown: restricted, reminder, further steps", async () => {
    const response = await GET(await requestAs("13800000001"), undefined);
    const body = (await response.json()) as { nextSteps: { id: string }[]; view: unknown };
    expect(body.nextSteps.map((step) => step.id)).toEqual(["restricted", "reminder", "furtherSteps"]);
    expect(body.view).toEqual({ kind: "deficit", asksTopUp: true, countdown: "running" });
  });
});
