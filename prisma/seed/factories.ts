// Factories with overrides: plain objects ready for `db.x.create({ data })` or `createMany`.
// Tests take the defaults and override what the test is about; the demo seed overrides every
// id and date so its data never depends on how many factories ran before it.
// They live beside the seed, not in tests/: `npm start` loads the demo data through them, and
// production code never imports from tests/ (ESLint enforces it).
import type { Prisma } from "@/generated/prisma/client";
import { maskPhone } from "@/lib/accounts/mask-phone";
import { SIGN_RULES } from "@/lib/diagnosis/entry-types";
import { DEMO_NOW } from "@/prisma/seed/demo-clock";
import { slaDueTimes } from "@/lib/tickets/sla-due-times";

export type AccountRow = Prisma.WalletAccountCreateManyInput & { id: string; phone: string; createdAt: Date };
export type EntryRow = Prisma.LedgerEntryCreateManyInput & { id: string; occurredAt: Date; status: "POSTED" | "PENDING" };
export type DeviceRow = Prisma.DeviceCreateManyInput & { id: string; firstSeenAt: Date; lastSeenAt: Date };
export type LoginRow = Prisma.LoginCreateManyInput & { id: string; at: Date };
export type SecurityEventRow = Prisma.SecurityEventCreateManyInput & { id: string; at: Date };
export type PromotionRow = Prisma.PromotionCreateManyInput & { id: string };
export type PortalUserRow = Prisma.PortalUserCreateManyInput & { id: string };
export type TicketRow = Prisma.TicketCreateManyInput & { id: string; createdAt: Date };
export type TicketMessageRow = Prisma.TicketMessageCreateManyInput & { id: string; createdAt: Date };
export type TicketEventRow = Prisma.TicketEventCreateManyInput & { id: string; createdAt: Date };
export type AuditLogRow = Prisma.AuditLogCreateManyInput & { at: Date };

/** Fixed default time, so a factory-built row is the same on every run. */
const FACTORY_NOW = DEMO_NOW;

/** A hash no password verifies against (verifyPassword treats malformed hashes as wrong). */
const UNUSABLE_PASSWORD_HASH = "!unusable";

let sequence = 0;
function next(): number {
  sequence += 1;
  return sequence;
}

export function buildAccount(overrides: Partial<AccountRow> = {}): AccountRow {
  const n = next();
  const phone = overrides.phone ?? `199${String(n).padStart(8, "0")}`;
  return {
    id: `acc_f${n}`,
    ownerName: `测试用户${n}`,
    phone,
    phoneMasked: maskPhone(phone),
    email: null,
    locale: "zh-CN",
    status: "ACTIVE",
    twoFactorEnabled: false,
    currency: "CNY",
    openingBalanceMinor: 0,
    balanceMinor: overrides.openingBalanceMinor ?? 0,
    createdAt: FACTORY_NOW,
    updatedAt: FACTORY_NOW,
    ...overrides,
  };
}

/** Without an amount, the entry gets ¥10.00 with the sign its type requires. */
export function buildEntry(overrides: Partial<EntryRow> & { accountId: string }): EntryRow {
  const n = next();
  const type = overrides.type ?? "TOP_UP";
  const sign = SIGN_RULES[type] === "debit" ? -1 : 1;
  const occurredAt = overrides.occurredAt ?? FACTORY_NOW;
  return {
    id: `ent_f${n}`,
    type,
    amountMinor: sign * 1000,
    occurredAt,
    status: "POSTED",
    counterparty: null,
    description: null,
    deviceId: null,
    relatedEntryId: null,
    promoId: null,
    userDisputed: false,
    createdAt: occurredAt,
    ...overrides,
  };
}

export function buildDevice(overrides: Partial<DeviceRow> & { accountId: string }): DeviceRow {
  const n = next();
  return {
    id: `dev_f${n}`,
    label: "iPhone 15",
    platform: "iOS",
    firstSeenAt: FACTORY_NOW,
    lastSeenAt: overrides.firstSeenAt ?? FACTORY_NOW,
    trusted: false,
    ...overrides,
  };
}

export function buildLogin(overrides: Partial<LoginRow> & { accountId: string }): LoginRow {
  const n = next();
  return { id: `lgn_f${n}`, deviceId: null, ip: "203.0.113.10", location: null, succeeded: true, at: FACTORY_NOW, ...overrides };
}

export function buildSecurityEvent(overrides: Partial<SecurityEventRow> & { accountId: string }): SecurityEventRow {
  const n = next();
  return { id: `sev_f${n}`, type: "PASSWORD_CHANGED", deviceId: null, at: FACTORY_NOW, ...overrides };
}

export function buildPromotion(overrides: Partial<PromotionRow> = {}): PromotionRow {
  const n = next();
  return {
    id: `promo_f${n}`,
    code: `TEST-PROMO-${n}`,
    kind: "CASHBACK",
    nameZh: "测试返现活动",
    nameEn: "Test cashback",
    termsZh: "订单取消或退货将扣回返现。",
    termsEn: "Cashback is taken back if the order is cancelled or returned.",
    minSpendMinor: null,
    onePerUser: false,
    startsAt: new Date(FACTORY_NOW.getTime() - 30 * 86_400_000),
    endsAt: new Date(FACTORY_NOW.getTime() + 30 * 86_400_000),
    createdAt: FACTORY_NOW,
    ...overrides,
  };
}

/** An agent by default; pass `role` for a supervisor or admin. */
export function buildStaffUser(overrides: Partial<PortalUserRow> = {}): PortalUserRow {
  const n = next();
  return {
    id: `usr_f${n}`,
    role: "AGENT",
    email: `agent${n}@example.test`,
    phone: null,
    name: `Agent ${n}`,
    passwordHash: UNUSABLE_PASSWORD_HASH,
    locale: "zh-CN",
    walletAccountId: null,
    createdAt: FACTORY_NOW,
    updatedAt: FACTORY_NOW,
    ...overrides,
  };
}

/** A wallet user signs in by the phone of the account they own. */
export function buildWalletUser(overrides: Partial<PortalUserRow> & { phone: string; walletAccountId: string }): PortalUserRow {
  const n = next();
  return {
    id: `usr_f${n}`,
    role: "WALLET_USER",
    email: null,
    name: `钱包用户${n}`,
    passwordHash: UNUSABLE_PASSWORD_HASH,
    locale: "zh-CN",
    createdAt: FACTORY_NOW,
    updatedAt: FACTORY_NOW,
    ...overrides,
  };
}

export function buildTicket(overrides: Partial<TicketRow> = {}): TicketRow {
  const n = next();
  const createdAt = overrides.createdAt ?? FACTORY_NOW;
  return {
    // The SLA clock starts when the ticket is opened (lib/tickets/sla-config.ts).
    ...slaDueTimes({ priority: overrides.priority ?? "NORMAL", createdAt }),
    id: `tkt_f${n}`,
    subject: `余额为负 #${n}`,
    status: "NEW",
    priority: "NORMAL",
    cause: null,
    accountId: null,
    requesterId: null,
    assigneeId: null,
    claimedAt: null,
    resolution: null,
    createdAt,
    updatedAt: createdAt,
    resolvedAt: null,
    ...overrides,
  };
}

export function buildTicketMessage(overrides: Partial<TicketMessageRow> & { ticketId: string }): TicketMessageRow {
  const n = next();
  return { id: `msg_f${n}`, authorId: null, visibility: "PUBLIC", body: "你好,我的余额为什么是负数?", createdAt: FACTORY_NOW, ...overrides };
}

export function buildTicketEvent(overrides: Partial<TicketEventRow> & { ticketId: string }): TicketEventRow {
  const n = next();
  return { id: `tev_f${n}`, actorId: null, type: "CREATED", createdAt: FACTORY_NOW, ...overrides };
}

export function buildAuditLog(overrides: Partial<AuditLogRow> & { action: string; targetType: string }): AuditLogRow {
  return { at: FACTORY_NOW, actorId: null, actorRole: null, targetId: null, accountId: null, ip: null, ...overrides };
}
