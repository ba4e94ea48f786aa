import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";

process.env.DATABASE_URL = inject("databaseUrl");
const { db } = await import("@/lib/db");
const { searchAccounts } = await import("@/lib/accounts/search-accounts");

/* Account search reads `%`, `_` and `\` as themselves: `q=%%` once listed every account. */

const run = Date.now().toString(36);
const digits = String(Date.now()).slice(-6);
let agent: SessionUser;
const people = [
  { id: `acc_like_a_${run}`, ownerName: `Wu_Lei ${run}`, email: `wu_lei.${run}@test.example` },
  { id: `acc_like_b_${run}`, ownerName: `WuXLei ${run}`, email: `wuxlei.${run}@test.example` },
  { id: `acc_like_c_${run}`, ownerName: `Liu 100% ${run}`, email: null },
  { id: `acc_like_d_${run}`, ownerName: `Liu 1000 ${run}`, email: null },
  { id: `acc_like_e_${run}`, ownerName: `Zhou\\Min ${run}`, email: null },
];

beforeAll(async () => {
  const user = await db.portalUser.create({ data: { role: "AGENT", name: "Zhao Min", email: `like-${run}@test.example`, passwordHash: "x" } });
  agent = { id: user.id, role: "AGENT", name: user.name, locale: "en", walletAccountId: null };
  await db.walletAccount.createMany({ data: people.map((p, i) => ({ ...p, phone: `194${digits}${i}0`, phoneMasked: "194****0000" })) });
});

afterAll(async () => {
  await db.walletAccount.deleteMany({ where: { id: { in: people.map((p) => p.id) } } });
  await db.portalUser.delete({ where: { id: agent.id } });
});

const names = async (q: string) => (await searchAccounts({ actor: agent, q, limit: 100 })).map((row) => row.ownerName);

describe("account search", () => {
  it("finds nobody for wildcards alone", async () => {
    expect(await names("%%")).toEqual([]);
    expect(await names("_")).toEqual([`Wu_Lei ${run}`]);
    expect(await names("%")).toEqual([`Liu 100% ${run}`]);
  });

  it("matches % and _ and \\ literally inside a name", async () => {
    expect(await names(`Wu_Lei ${run}`)).toEqual([`Wu_Lei ${run}`]);
    expect(await names("100%")).toEqual([`Liu 100% ${run}`]);
    expect(await names("Zhou\\Min")).toEqual([`Zhou\\Min ${run}`]);
    // Plain words still match part of a name, in any case.
    expect(await names(`wuxlei ${run}`)).toEqual([`WuXLei ${run}`]);
  });

  it("matches an email with _ exactly", async () => {
    expect(await names(`wu_lei.${run}@test.example`)).toEqual([`Wu_Lei ${run}`]);
    expect(await names(`WU_LEI.${run}@TEST.EXAMPLE`)).toEqual([`Wu_Lei ${run}`]);
    expect(await names(`%.${run}@test.example`)).toEqual([]);
  });
});
