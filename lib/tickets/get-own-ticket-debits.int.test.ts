import { beforeAll, describe, expect, inject, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";

process.env.DATABASE_URL = inject("databaseUrl");
const { db } = await import("@/lib/db");
const { getOwnTicketDebits } = await import("@/lib/tickets/get-own-ticket-debits");

const run = Date.now().toString(36);
const day = 24 * 60 * 60 * 1000;
const start = Date.now();
const ago = (days: number) => new Date(start - days * day);
// 赵磊 was robbed (a disputed ¥3,000 transfer after his own ¥200 payment); 张伟's account is fine.
const victimAccount = `acc_otd_v_${run}`;
const healthyAccount = `acc_otd_h_${run}`;
const victim: SessionUser = { id: `usr_otd_v_${run}`, role: "WALLET_USER", name: "赵磊", locale: "zh-CN", walletAccountId: victimAccount };
const healthy: SessionUser = { id: `usr_otd_h_${run}`, role: "WALLET_USER", name: "张伟", locale: "zh-CN", walletAccountId: healthyAccount };
const tickets: Record<"theft" | "fine" | "otherAccount" | "noAccount", number> = { theft: 0, fine: 0, otherAccount: 0, noAccount: 0 };

beforeAll(async () => {
  const phone = Date.now().toString().slice(-8);
  await db.walletAccount.create({ data: { id: victimAccount, ownerName: "赵磊", phone: `197${phone}`, phoneMasked: "197****0000" } });
  await db.walletAccount.create({ data: { id: healthyAccount, ownerName: "张伟", phone: `198${phone}`, phoneMasked: "198****0000" } });
  for (const user of [victim, healthy]) {
    await db.portalUser.create({ data: { id: user.id, role: "WALLET_USER", name: user.name, passwordHash: "!", walletAccountId: user.walletAccountId } });
  }
  await db.ledgerEntry.createMany({
    data: [
      { id: `${run}_v1`, accountId: victimAccount, type: "TOP_UP", amountMinor: 100_000, occurredAt: ago(10) },
      { id: `${run}_v2`, accountId: victimAccount, type: "PAYMENT", amountMinor: -20_000, occurredAt: ago(5), counterparty: "merchant:京东" },
      { id: `${run}_v3`, accountId: victimAccount, type: "TRANSFER_OUT", amountMinor: -300_000, occurredAt: ago(3), counterparty: "user:林**(177****0938)", userDisputed: true },
      { id: `${run}_h1`, accountId: healthyAccount, type: "TOP_UP", amountMinor: 50_000, occurredAt: ago(10) },
      { id: `${run}_h2`, accountId: healthyAccount, type: "PAYMENT", amountMinor: -4_000, occurredAt: ago(2), counterparty: "merchant:京东" },
    ],
  });
  const open = async (requesterId: string, accountId: string | null, subject: string) =>
    (await db.ticket.create({ data: { subject, requesterId, accountId, cause: accountId === victimAccount ? "HACK" : null } })).number;
  tickets.theft = await open(victim.id, victimAccount, "账户被盗,钱被转走了");
  tickets.fine = await open(healthy.id, healthyAccount, "余额问题");
  // The victim's ticket linked to someone else's account (as an agent might link it): never that account's ledger.
  tickets.otherAccount = await open(victim.id, healthyAccount, "另一个账户");
  tickets.noAccount = await open(victim.id, null, "没有账户");
});

describe("getOwnTicketDebits", () => {
  it("gives the owner every unauthorized debit of their theft ticket's account, the total taken and the deficit", async () => {
    const debits = await getOwnTicketDebits({ actor: victim, number: tickets.theft });
    // The disputed transfer only, not his own payment to 京东; the counterparty in words.
    expect(debits?.rows).toEqual([{ entryId: `${run}_v3`, type: "TRANSFER_OUT", amountMinor: 300_000, occurredAt: ago(3), counterparty: "林**(177****0938)" }]);
    // 1,000 - 200 - 3,000: ¥2,200 below zero; ¥3,000 taken.
    expect(debits?.diagnosis.unauthorizedTotalMinor).toBe(300_000);
    expect(debits?.diagnosis.amountToRestoreMinor).toBe(220_000);
    expect(debits?.timeline.currency).toBe("CNY");
  });

  it("is NOT_FOUND for someone else's ticket and for a missing one, so numbers cannot be probed", async () => {
    await expect(getOwnTicketDebits({ actor: healthy, number: tickets.theft })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getOwnTicketDebits({ actor: victim, number: tickets.fine })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getOwnTicketDebits({ actor: victim, number: 2_000_000_000 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lists nothing for a ticket on an account without unauthorized debits", async () => {
    const debits = await getOwnTicketDebits({ actor: healthy, number: tickets.fine });
    expect(debits?.rows).toEqual([]);
    expect(debits?.diagnosis.isNegative).toBe(false);
  });

  it("reads no ledger for the actor's ticket when it is linked to another account or to none", async () => {
    expect(await getOwnTicketDebits({ actor: victim, number: tickets.otherAccount })).toBeNull();
    expect(await getOwnTicketDebits({ actor: victim, number: tickets.noAccount })).toBeNull();
  });
});
