import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, inject, it } from "vitest";

/*
 * GET /api/me/diagnosis through the route handler, on the demo world in PostgreSQL: 赵磊
 * (13800000009) signs in after the takeover. Contract version 3: he sees everything the thief
 * took, the ¥3,000 transfer that only emptied his balance included, and the deficit, all theft,
 * comes with no request to top up.
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

/** 赵磊's own request, carrying a session token exactly as next-auth issues it at sign-in. */
async function requestAsZhaoLei() {
  const account = await db.walletAccount.findUniqueOrThrow({ where: { phone: "13800000009" }, select: { id: true } });
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
    const response = await GET(await requestAsZhaoLei(), undefined);
    expect(response.status).toBe(200);
    const { diagnosis } = (await response.json()) as { diagnosis: Record<string, unknown> };
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
  });
});
