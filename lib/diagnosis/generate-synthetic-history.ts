import type { EntryType } from "./entry-types";
import type { AccountHistory, LedgerEntry, Login } from "./schema";

// Deterministic synthetic histories for the benchmark and the large-input tests: a realistic
// mix of types around a balance that keeps dipping below zero, a few devices, ties, pending
// entries and now and then a new device paying a new payee.

/** mulberry32: small, fast, good enough to make test data. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEBIT_MIX: readonly [EntryType, number][] = [
  ["PAYMENT", 60], ["TRANSFER_OUT", 12], ["WITHDRAWAL", 6], ["FEE", 8], ["REFUND_REVERSAL", 3],
  ["TRANSFER_RECALL", 1], ["PROMO_CLAWBACK", 4], ["RISK_HOLD", 2], ["ADJUSTMENT", 1],
];
const CREDIT_MIX: readonly [EntryType, number][] = [
  ["TOP_UP", 45], ["REFUND", 15], ["TRANSFER_IN", 25], ["PROMO_CREDIT", 10], ["RISK_RELEASE", 3], ["ADJUSTMENT", 2],
];

function pick(mix: readonly [EntryType, number][], roll: number): EntryType {
  const total = mix.reduce((sum, [, weight]) => sum + weight, 0);
  let left = roll * total;
  for (const [type, weight] of mix) {
    left -= weight;
    if (left < 0) return type;
  }
  return mix[mix.length - 1]![0];
}

export function generateSyntheticHistory({ entryCount, seed = 1 }: { entryCount: number; seed?: number }): AccountHistory {
  const random = createRandom(seed);
  const entries: LedgerEntry[] = [];
  const logins: Login[] = [];
  let atMs = Date.UTC(2020, 0, 1);
  let balance = 0;
  let device = "dev_phone";
  let newDeviceLeft = 0;
  const iso = (ms: number) => new Date(ms).toISOString().replace(".000Z", "Z");
  logins.push({ at: iso(atMs - 3_600_000), deviceId: "dev_phone", ip: "198.51.100.1" });

  for (let i = 0; i < entryCount; i++) {
    // About one entry every 40 minutes; 3% share the previous timestamp (ties).
    if (random() >= 0.03) atMs += 1000 * Math.floor(1 + random() * 4800);
    if (i % 97 === 0) logins.push({ at: iso(atMs - 60_000), deviceId: random() < 0.8 ? "dev_phone" : "dev_tablet", ip: "198.51.100.1" });
    if (newDeviceLeft === 0 && random() < 0.0005) {
      device = `dev_new_${i}`;
      newDeviceLeft = 2;
      logins.push({ at: iso(atMs - 600_000), deviceId: device, ip: "203.0.113.66" });
    }
    // Debits are likelier while the balance is high, credits while it is low, so it hovers near 0.
    const isLast = i === entryCount - 1;
    const isDebit = isLast || random() < (balance > 20_000 ? 0.8 : balance < -5_000 ? 0.3 : 0.62);
    const type = isLast ? "REFUND_REVERSAL" : isDebit ? pick(DEBIT_MIX, random()) : pick(CREDIT_MIX, random());
    let size = 100 * Math.floor(1 + random() * (type === "TOP_UP" ? 500 : 120));
    // The last entry leaves the account negative: the case this portal exists for.
    if (isLast) size = Math.max(size, balance + 8_800);
    const amountMinor = isDebit ? -size : size;
    const isPending = !isLast && random() < 0.02;
    if (!isPending) balance += amountMinor;
    let counterparty: string | null = `merchant:${Math.floor(random() * 300)}`;
    if (type === "TOP_UP" || type === "WITHDRAWAL") counterparty = `bank:${Math.floor(random() * 3)}`;
    else if (type.startsWith("TRANSFER")) counterparty = `user:${Math.floor(random() * 80)}`;
    else if (type === "FEE" || type.startsWith("RISK") || type === "ADJUSTMENT") counterparty = null;
    let deviceId: string | null = isDebit ? "dev_phone" : null;
    if (newDeviceLeft > 0 && (type === "PAYMENT" || type === "TRANSFER_OUT")) {
      deviceId = device;
      counterparty = `user:stranger-${i}`;
      newDeviceLeft--;
    }
    entries.push({
      id: `e${i + 1}`,
      type,
      amountMinor,
      occurredAt: iso(atMs),
      status: isPending ? "PENDING" : "POSTED",
      counterparty,
      deviceId,
      relatedEntryId: null,
      promoId: type.startsWith("PROMO") ? "promo_cashback" : null,
      userDisputed: random() < 0.0001,
    });
  }
  logins.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return { account: { id: `acc_synthetic_${seed}`, currency: "CNY", openingBalanceMinor: 0 }, entries, logins };
}
