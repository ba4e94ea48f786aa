import { describe, expect, it } from "vitest";
import { SIGN_RULES } from "@/lib/diagnosis/entry-types";
import { buildDemoDataset } from "./build-demo-dataset";
import { DEMO_NOW, HISTORY_DAYS, cst } from "./demo-clock";

const data = buildDemoDataset();

describe("the demo dataset", () => {
  it("is the same world on every build, ids and timestamps included", () => {
    expect(buildDemoDataset()).toEqual(data);
  });

  it("has about fifty accounts with three months of everyday history", () => {
    expect(data.accounts.length).toBeGreaterThanOrEqual(45);
    for (const account of data.accounts) {
      const entries = data.entries.filter((e) => e.accountId === account.id);
      expect(entries.length, account.id).toBeGreaterThanOrEqual(50);
      const first = Math.min(...entries.map((e) => e.occurredAt.getTime()));
      const days = (DEMO_NOW.getTime() - first) / 86_400_000;
      expect(days, account.id).toBeGreaterThanOrEqual(55);
      expect(days, account.id).toBeLessThanOrEqual(HISTORY_DAYS + 1);
    }
  });

  it("caches every account's balance as its opening balance plus its posted entries", () => {
    for (const account of data.accounts) {
      const posted = data.entries.filter((e) => e.accountId === account.id && e.status === "POSTED");
      const sum = posted.reduce((total, e) => total + e.amountMinor, 0);
      expect(account.balanceMinor, account.id).toBe((account.openingBalanceMinor ?? 0) + sum);
    }
  });

  it("gives every entry the sign its type requires", () => {
    const wrong = data.entries.filter((e) => {
      const rule = SIGN_RULES[e.type];
      const isSignRight = rule === "credit" ? e.amountMinor > 0 : rule === "debit" ? e.amountMinor < 0 : e.amountMinor !== 0;
      return !isSignRight || !Number.isInteger(e.amountMinor);
    });
    expect(wrong.map((e) => `${e.id} ${e.type} ${e.amountMinor}`)).toEqual([]);
  });

  it("keeps a few pending entries, which the cached balance ignores", () => {
    expect(data.entries.filter((e) => e.status === "PENDING").length).toBeGreaterThanOrEqual(2);
  });

  it("never dates anything after the demo's now", () => {
    const times = [
      ...data.entries.map((e) => e.occurredAt),
      ...data.logins.map((l) => l.at),
      ...data.securityEvents.map((s) => s.at),
      ...data.ticketEvents.map((t) => t.createdAt),
      ...data.ticketMessages.map((m) => m.createdAt),
    ];
    expect(times.every((t) => t <= DEMO_NOW)).toBe(true);
  });

  it("uses unique ids and unique sign-in phones", () => {
    for (const rows of [data.accounts, data.entries, data.devices, data.logins, data.securityEvents, data.portalUsers, data.tickets, data.ticketMessages, data.ticketEvents, data.promotions]) {
      const ids = rows.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    const phones = data.accounts.map((a) => a.phone);
    expect(new Set(phones).size).toBe(phones.length);
  });

  it("links entries only to rows that exist, a related entry always written before its follower", () => {
    const promoIds = new Set(data.promotions.map((p) => p.id));
    const position = new Map(data.entries.map((e, i) => [e.id, i]));
    const deviceOwner = new Map(data.devices.map((d) => [d.id, d.accountId]));
    const broken = data.entries.filter((e, i) => {
      const relatedAt = e.relatedEntryId ? position.get(e.relatedEntryId) : undefined;
      const isRelatedOk = !e.relatedEntryId || (relatedAt !== undefined && relatedAt < i && data.entries[relatedAt]?.accountId === e.accountId);
      const isPromoOk = !e.promoId || promoIds.has(e.promoId);
      const isDeviceOk = !e.deviceId || deviceOwner.get(e.deviceId) === e.accountId;
      return !(isRelatedOk && isPromoOk && isDeviceOk);
    });
    expect(broken.map((e) => e.id)).toEqual([]);
  });

  it("writes each account's entries in time order, so insertion order breaks ties like the file order", () => {
    const outOfOrder = data.entries.filter((e, i) => {
      const prev = data.entries[i - 1];
      return prev?.accountId === e.accountId && e.occurredAt < prev.occurredAt;
    });
    expect(outOfOrder.map((e) => e.id)).toEqual([]);
  });

  it("records each device's first sighting at its first login", () => {
    for (const device of data.devices) {
      const logins = data.logins.filter((l) => l.deviceId === device.id).map((l) => l.at.getTime());
      expect(device.firstSeenAt.getTime(), device.id).toBe(Math.min(...logins));
      expect(device.lastSeenAt.getTime(), device.id).toBe(Math.max(...logins));
    }
  });

  it("debits a promotion only with a clawback that points at its credit", () => {
    const clawbacks = data.entries.filter((e) => e.type === "PROMO_CLAWBACK");
    expect(clawbacks.length).toBeGreaterThanOrEqual(3);
    for (const clawback of clawbacks) {
      const credit = data.entries.find((e) => e.id === clawback.relatedEntryId);
      expect(credit?.type, clawback.id).toBe("PROMO_CREDIT");
      expect(credit?.promoId, clawback.id).toBe(clawback.promoId);
    }
  });

  it("places history in China time: lunch-time take-away is paid around noon in Shanghai", () => {
    const lunch = data.entries.filter((e) => e.counterparty === "merchant:美团外卖");
    const hours = lunch.map((e) => (e.occurredAt.getUTCHours() + 8) % 24);
    expect(hours.every((h) => h >= 11 && h <= 21)).toBe(true);
    expect(cst(-1, 12, 10).toISOString()).toBe("2026-11-19T04:10:00.000Z");
  });
});
