// Synthetic benchmark accounts, generated column by column for bulk inserts. Pure and seeded:
// the same (accounts, entries) always gives the same rows. Each history keeps the sign rules,
// mostly stays positive like real wallets, and about one account in eleven ends negative
// through one of the contract's causes.
import type { EntryType } from "@/lib/diagnosis/entry-types";
import { DEMO_NOW, HISTORY_DAYS } from "./demo-clock";
import { createRng, type Rng } from "./prng";

export type EntryColumns = {
  id: string[];
  accountId: string[];
  type: EntryType[];
  amountMinor: number[];
  /** Seconds since the epoch (UTC), converted by the database. */
  occurredAt: number[];
  status: ("POSTED" | "PENDING")[];
  counterparty: (string | null)[];
  description: (string | null)[];
  deviceId: (string | null)[];
  relatedEntryId: (string | null)[];
  promoId: (string | null)[];
};

export type AccountColumns = {
  id: string[];
  ownerName: string[];
  phone: string[];
  phoneMasked: string[];
  locale: string[];
  status: string[];
  openingBalanceMinor: number[];
  balanceMinor: number[];
  createdAt: number[];
};

export type ScaleBatch = {
  accounts: AccountColumns;
  devices: { id: string[]; accountId: string[]; label: string[]; platform: string[]; firstSeenAt: number[]; lastSeenAt: number[] };
  logins: { id: string[]; accountId: string[]; deviceId: string[]; ip: string[]; at: number[] };
  entries: EntryColumns;
};

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"];
const GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "浩然", "子涵", "欣怡", "宇轩"];
const SHOPS = [
  ["merchant:美团外卖", "外卖", 1800, 6800],
  ["merchant:滴滴出行", "打车", 1200, 6500],
  ["merchant:瑞幸咖啡", "咖啡", 990, 2590],
  ["merchant:京东", "网购", 3900, 59900],
  ["merchant:淘宝", "网购", 1990, 29900],
  ["merchant:拼多多", "网购", 990, 12900],
  ["merchant:盒马鲜生", "买菜", 3500, 26000],
  ["merchant:全家便利店", "便利店", 600, 3500],
  ["merchant:地铁出行", "地铁", 300, 700],
] as const;
const DEVICES = [["iPhone 14", "iOS"], ["HUAWEI Mate 60", "HarmonyOS"], ["Xiaomi 14", "Android"], ["OPPO Reno 11", "Android"], ["vivo X100", "Android"]] as const;
const CAUSE_TAILS = ["REFUND_REVERSAL", "TRANSFER_RECALL", "RISK_HOLD", "PROMO_CLAWBACK", "OVERDRAFT"] as const;

const NOW_S = DEMO_NOW.getTime() / 1000;
const START_S = NOW_S - HISTORY_DAYS * 86_400;

/**
 * Zero-padded so ids sort like the load order: every B-tree insert lands on the index's right
 * edge instead of a random page (3x faster on a 128 MB shared_buffers server).
 */
export function scaleAccountId(index: number): string {
  return `scl_${String(index).padStart(7, "0")}`;
}

/** Entry counts per account: uneven like real wallets (some busy, some quiet), summing to `entries`. */
export function entriesPerAccount(accounts: number, entries: number): Uint32Array {
  const rng = createRng(`scale:${accounts}:${entries}`);
  const weights = new Float64Array(accounts);
  let total = 0;
  for (let i = 0; i < accounts; i++) {
    weights[i] = 0.25 + rng.next() * 1.5;
    total += weights[i] as number;
  }
  const counts = new Uint32Array(accounts);
  let cumulative = 0;
  let assigned = 0;
  for (let i = 0; i < accounts; i++) {
    cumulative += weights[i] as number;
    const upTo = i === accounts - 1 ? entries : Math.floor((entries * cumulative) / total);
    counts[i] = upTo - assigned;
    assigned = upTo;
  }
  return counts;
}

export function emptyBatch(): ScaleBatch {
  return {
    accounts: { id: [], ownerName: [], phone: [], phoneMasked: [], locale: [], status: [], openingBalanceMinor: [], balanceMinor: [], createdAt: [] },
    devices: { id: [], accountId: [], label: [], platform: [], firstSeenAt: [], lastSeenAt: [] },
    logins: { id: [], accountId: [], deviceId: [], ip: [], at: [] },
    entries: { id: [], accountId: [], type: [], amountMinor: [], occurredAt: [], status: [], counterparty: [], description: [], deviceId: [], relatedEntryId: [], promoId: [] },
  };
}

type Ctx = { rng: Rng; batch: ScaleBatch; accountId: string; deviceId: string; promoIds: readonly string[]; n: number; balance: number };

function push(ctx: Ctx, type: EntryType, amount: number, at: number, extra: { counterparty?: string; description?: string; device?: boolean; related?: string | null; promo?: string | null } = {}): string {
  ctx.n += 1;
  const id = `${ctx.accountId}_${String(ctx.n).padStart(5, "0")}`;
  const e = ctx.batch.entries;
  e.id.push(id);
  e.accountId.push(ctx.accountId);
  e.type.push(type);
  e.amountMinor.push(amount);
  e.occurredAt.push(at);
  e.status.push("POSTED");
  e.counterparty.push(extra.counterparty ?? null);
  e.description.push(extra.description ?? null);
  e.deviceId.push(extra.device ? ctx.deviceId : null);
  e.relatedEntryId.push(extra.related ?? null);
  e.promoId.push(extra.promo ?? null);
  ctx.balance += amount;
  return id;
}

/** Appends account `index` (1-based) with `count` entries to the batch. */
export function generateScaleAccount(batch: ScaleBatch, index: number, count: number, promoIds: readonly string[]): { balance: number } {
  const rng = createRng(index * 2_654_435_761);
  const accountId = scaleAccountId(index);
  const deviceId = `${accountId}_d1`;
  const opening = rng.int(0, 20) * 5_000;
  const ctx: Ctx = { rng, batch, accountId, deviceId, promoIds, n: 0, balance: opening };
  const goesNegative = count >= 3 && rng.chance(0.09);
  const routine = goesNegative ? count - 2 : count;
  // Routine history fills the window; a negative ending gets the last eleven days to itself.
  const end = goesNegative ? NOW_S - 11 * 86_400 : NOW_S - 86_400;
  const step = (end - START_S) / Math.max(routine, 1);
  const bank = `bank:${rng.pick(["招商银行", "工商银行", "建设银行"])}(尾号${rng.int(1000, 9999)})`;
  let lastRefund: Seen["lastRefund"] = null;
  let lastTransferIn: Seen["lastTransferIn"] = null;
  let lastPromo: Seen["lastPromo"] = null;
  for (let k = 0; k < routine; k++) {
    const at = Math.round(START_S + k * step + rng.next() * step * 0.9);
    const roll = rng.next();
    if (ctx.balance < 5_000 || roll < 0.12) {
      push(ctx, "TOP_UP", rng.int(1, 20) * 10_000, at, { counterparty: bank, description: "银行卡充值", device: true });
    } else if (roll < 0.2) {
      const amount = rng.int(10, 500) * 100;
      lastTransferIn = { id: push(ctx, "TRANSFER_IN", amount, at, { counterparty: `user:好友${rng.int(1, 40)}`, description: "转账" }), amount };
    } else if (roll < 0.24 && promoIds.length > 0) {
      const promoId = rng.pick(promoIds);
      const amount = rng.int(1, 30) * 100;
      lastPromo = { id: push(ctx, "PROMO_CREDIT", amount, at, { counterparty: "promo:返现", description: "活动返现", promo: promoId }), amount, promoId };
    } else if (roll < 0.27) {
      const amount = rng.int(20, 300) * 100;
      lastRefund = { id: push(ctx, "REFUND", amount, at, { counterparty: "merchant:京东", description: "退货退款" }), amount };
    } else {
      const shop = rng.pick(SHOPS);
      const wanted = rng.int(shop[2], shop[3]);
      const amount = Math.min(wanted, Math.max(100, Math.floor(ctx.balance * 0.6)));
      const isTransfer = roll > 0.93;
      const isWithdrawal = !isTransfer && roll > 0.91 && ctx.balance > 50_000;
      if (isWithdrawal) push(ctx, "WITHDRAWAL", -Math.floor(ctx.balance / 2 / 100) * 100, at, { counterparty: bank, description: "提现", device: true });
      else if (isTransfer) push(ctx, "TRANSFER_OUT", -amount, at, { counterparty: `user:好友${rng.int(1, 40)}`, description: "转账", device: true });
      else push(ctx, "PAYMENT", -amount, at, { counterparty: shop[0], description: shop[1], device: true });
    }
  }
  if (goesNegative) negativeTail(ctx, { lastRefund, lastTransferIn, lastPromo, bank });
  const b = batch.accounts;
  const name = `${rng.pick(SURNAMES)}${rng.pick(GIVEN)}`;
  const phone = `170${String(index).padStart(8, "0")}`;
  b.id.push(accountId);
  b.ownerName.push(name);
  b.phone.push(phone);
  b.phoneMasked.push(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
  b.locale.push(rng.chance(0.1) ? "en" : "zh-CN");
  b.status.push(ctx.balance < -100_000 ? "RESTRICTED" : "ACTIVE");
  b.openingBalanceMinor.push(opening);
  b.balanceMinor.push(ctx.balance);
  b.createdAt.push(START_S - rng.int(1, 2_000) * 86_400);
  const [label, platform] = rng.pick(DEVICES);
  const lastLogin = NOW_S - rng.int(1, 72) * 3_600;
  batch.devices.id.push(deviceId);
  batch.devices.accountId.push(accountId);
  batch.devices.label.push(label);
  batch.devices.platform.push(platform);
  batch.devices.firstSeenAt.push(START_S - 3_600);
  batch.devices.lastSeenAt.push(lastLogin);
  const ip = `198.51.100.${rng.int(1, 254)}`;
  for (const [n, at] of [[1, START_S - 3_600], [2, lastLogin]] as const) {
    batch.logins.id.push(`${accountId}_l${n}`);
    batch.logins.accountId.push(accountId);
    batch.logins.deviceId.push(deviceId);
    batch.logins.ip.push(ip);
    batch.logins.at.push(at);
  }
  return { balance: ctx.balance };
}

type Taken = { id: string; amount: number };
type Seen = { lastRefund: Taken | null; lastTransferIn: Taken | null; lastPromo: (Taken & { promoId: string }) | null; bank: string };

/**
 * Two entries in the last ten days: spending, then the debit that goes below zero. A reversal,
 * recall or clawback takes back exactly the credit it points at; a hold or a late withdrawal
 * is whatever size it is.
 */
function negativeTail(ctx: Ctx, seen: Seen) {
  const { rng } = ctx;
  const spendAt = NOW_S - 86_400 * rng.int(6, 10);
  const at = NOW_S - 86_400 * rng.int(1, 5);
  const cause = rng.pick(CAUSE_TAILS);
  const related = cause === "REFUND_REVERSAL" ? seen.lastRefund : cause === "TRANSFER_RECALL" ? seen.lastTransferIn : cause === "PROMO_CLAWBACK" ? seen.lastPromo : null;
  // What is left when the debit arrives: less than a taken-back credit, so the balance ends below zero.
  const leftover = related ? Math.min(ctx.balance - 1, Math.floor(related.amount * rng.next() * 0.8)) : Math.floor(ctx.balance / 2);
  if (leftover >= 0 && ctx.balance > leftover) push(ctx, "PAYMENT", -(ctx.balance - leftover), spendAt, { counterparty: "merchant:京东", description: "网购", device: true });
  else push(ctx, "TOP_UP", related ? Math.max(1, Math.floor(related.amount / 2)) : 10_000, spendAt, { counterparty: seen.bank, description: "银行卡充值", device: true });
  const amount = -(related ? related.amount : ctx.balance + rng.int(5, 2_000) * 100);
  if (cause === "REFUND_REVERSAL" && related) push(ctx, "REFUND_REVERSAL", amount, at, { counterparty: "merchant:京东", description: "退款撤回", related: related.id });
  else if (cause === "TRANSFER_RECALL" && related) push(ctx, "TRANSFER_RECALL", amount, at, { counterparty: "risk:误转追回", description: "误转账款追回", related: related.id });
  else if (cause === "PROMO_CLAWBACK" && seen.lastPromo) push(ctx, "PROMO_CLAWBACK", amount, at, { counterparty: "promo:返现", description: "返现扣回", related: seen.lastPromo.id, promo: seen.lastPromo.promoId });
  else if (cause === "RISK_HOLD") push(ctx, "RISK_HOLD", amount, at, { counterparty: "risk:交易安全中心", description: "风控冻结" });
  else push(ctx, "WITHDRAWAL", amount, at, { counterparty: seen.bank, description: "提现(延迟结算)", device: true });
}
