// Everyday wallet life: logins, coffee, rides, take-away, top-ups from the bank card, AA with
// friends, monthly automatic payments. The routine never lets the balance go below zero and
// never pays from a device in its first four days, so no routine debit looks unauthorized
// (contract rule 3): only the scripted stories make an account negative or urgent.
import type { AccountStory } from "./account-story";
import { cst } from "./demo-clock";
import { AUTOPAY_MERCHANTS, MERCHANTS, friend, merchant, type AutopayKey, type Merchant, type MerchantKey } from "./merchants";
import { PROMO } from "./promotions";
import { createRng } from "./prng";

export type Profile = {
  paymentsPerDay: number;
  /** Multiplies merchant prices (a family shops bigger than a student). */
  priceScale: number;
  /** Top-ups are whole hundreds of yuan in this range (fen). */
  topUp: readonly [number, number];
  /** The balance the owner likes to keep; a payment below it triggers a top-up first. */
  keepAbove: number;
  p2pPerWeek: number;
  autopays: readonly { key: AutopayKey; amount: number; dayOfMonth: number }[];
  /** Above this balance the owner sometimes withdraws to the bank card. */
  withdrawAbove: number | null;
  favourites?: Partial<Record<MerchantKey, number>>;
};

export const PROFILES = {
  student: { paymentsPerDay: 2.2, priceScale: 0.8, topUp: [20_000, 80_000], keepAbove: 3_000, p2pPerWeek: 2, autopays: [{ key: "mobile", amount: 3_000, dayOfMonth: 5 }], withdrawAbove: null, favourites: { luckin: 2, pdd: 2, metro: 2 } },
  worker: { paymentsPerDay: 2.6, priceScale: 1, topUp: [50_000, 200_000], keepAbove: 10_000, p2pPerWeek: 1.5, autopays: [{ key: "mobile", amount: 10_000, dayOfMonth: 8 }, { key: "iqiyi", amount: 2_500, dayOfMonth: 15 }], withdrawAbove: 400_000, favourites: { meituan: 1.5, didi: 1.5 } },
  family: { paymentsPerDay: 2.4, priceScale: 1.3, topUp: [100_000, 300_000], keepAbove: 20_000, p2pPerWeek: 1, autopays: [{ key: "power", amount: 18_600, dayOfMonth: 12 }, { key: "mobile", amount: 10_000, dayOfMonth: 8 }], withdrawAbove: 600_000, favourites: { hema: 3, yonghui: 2, jd: 1.5 } },
  retiree: { paymentsPerDay: 1, priceScale: 1, topUp: [50_000, 100_000], keepAbove: 10_000, p2pPerWeek: 0.6, autopays: [{ key: "power", amount: 9_800, dayOfMonth: 12 }], withdrawAbove: null, favourites: { yonghui: 4, hema: 2, railway: 3 } },
  expat: { paymentsPerDay: 2.4, priceScale: 1.2, topUp: [100_000, 300_000], keepAbove: 10_000, p2pPerWeek: 1, autopays: [{ key: "mobile", amount: 10_000, dayOfMonth: 3 }], withdrawAbove: 500_000, favourites: { starbucks: 4, didi: 2, hema: 2 } },
} as const satisfies Record<string, Profile>;

export type ProfileName = keyof typeof PROFILES;

type Planned = { minute: number; run: (at: Date) => void };

function price(story: AccountStory, m: Merchant, scale = 1): number {
  const raw = story.rng.int(m.min, m.max) * scale;
  return Math.max(m.step, Math.round(raw / m.step) * m.step);
}

function pickMerchant(story: AccountStory, profile: Profile): MerchantKey {
  const keys = Object.keys(MERCHANTS) as MerchantKey[];
  const fav: Partial<Record<MerchantKey, number>> = profile.favourites ?? {};
  return story.rng.weighted(keys, (k) => MERCHANTS[k].weight * (fav[k] ?? 1));
}

/**
 * The device the owner pays with at `at`. A device in its first 72 hours, when another device
 * logged in before it, is what rule 3 watches; the routine waits four days before using it.
 */
export function pickDevice(story: AccountStory, at: Date): string {
  const settled = story
    .usualDevices()
    .filter((d) => !d.retiredAt || d.retiredAt > at)
    .map((d) => ({ key: d.key, first: story.firstLoginAt(d.key) }))
    .filter((d): d is { key: string; first: Date } => d.first !== null && d.first <= at)
    .filter((d) => d.first.getTime() <= at.getTime() - 96 * 3_600_000 || !story.hasLoginFromOtherDeviceBefore(d.key, d.first))
    .sort((a, b) => b.first.getTime() - a.first.getTime());
  const newest = settled[0];
  if (!newest) throw new Error(`${story.persona.slug}: no settled device at ${at.toISOString()}`);
  return settled.length > 1 && story.rng.chance(0.25) ? story.rng.pick(settled.slice(1)).key : newest.key;
}

export function topUp(story: AccountStory, amount: number, at: Date): string {
  return story.post({ type: "TOP_UP", amount, at, counterparty: story.persona.bankCard, device: pickDevice(story, at), text: { zh: "银行卡充值", en: "Top-up from bank card" } });
}

export function pay(story: AccountStory, key: MerchantKey, amount: number, at: Date): string {
  const m = MERCHANTS[key];
  const item = story.rng.pick(m.items);
  return story.post({ type: "PAYMENT", amount, at, counterparty: merchant(m.name), device: pickDevice(story, at), text: { zh: `${m.name} ${item.zh}`, en: `${m.nameEn} · ${item.en}` } });
}

export function autopay(story: AccountStory, key: AutopayKey, amount: number, at: Date): string {
  const a = AUTOPAY_MERCHANTS[key];
  return story.post({ type: "PAYMENT", amount, at, counterparty: merchant(a.name), text: a.text });
}

/** A login every one to three days on each usual device, from home Wi-Fi or mobile data. */
export function scheduleLogins(story: AccountStory, device: string, fromDay: number, toDay: number): void {
  const rng = createRng(`${story.persona.slug}:${device}:logins`);
  const prefix = story.persona.city.ipPrefix;
  const ips = [`${prefix}.${rng.int(20, 120)}`, `${prefix}.${rng.int(121, 250)}`];
  story.login(device, cst(fromDay, 6, rng.int(0, 30)), { ip: ips[0] as string });
  for (let day = fromDay + rng.int(1, 3); day <= toDay; day += rng.int(1, 3)) {
    story.login(device, cst(day, rng.int(7, 22), rng.int(0, 59)), { ip: rng.pick(ips) });
  }
}

function topUpFor(story: AccountStory, profile: Profile, needed: number): number {
  const [min, max] = profile.topUp;
  const wanted = Math.max(needed + profile.keepAbove, story.rng.int(min, max));
  return Math.ceil(wanted / 10_000) * 10_000;
}

/** Pays if the owner can afford it, topping up from the bank card first when needed. */
function payOrTopUp(story: AccountStory, profile: Profile, amount: number, at: Date, payment: (at: Date) => void) {
  if (story.balance - amount < profile.keepAbove) {
    if (!story.rng.chance(0.9)) return;
    topUp(story, topUpFor(story, profile, amount - story.balance), at);
    at = story.after(new Date(at.getTime() + 60_000));
  }
  payment(at);
}

function planDay(story: AccountStory, profile: Profile, day: number): Planned[] {
  const { rng } = story;
  const plans: Planned[] = [];
  const dayOfMonth = cst(day, 12).getUTCDate();
  for (const a of profile.autopays) {
    if (a.dayOfMonth !== dayOfMonth) continue;
    // Automatic payments simply fail when the balance is short; the routine keeps them affordable.
    plans.push({ minute: 6 * 60 + rng.int(0, 50), run: (at) => { if (story.balance >= a.amount) autopay(story, a.key, a.amount, at); } });
  }
  const payments = Array.from({ length: 6 }).filter(() => rng.chance(profile.paymentsPerDay / 6)).length;
  for (let i = 0; i < payments; i++) {
    const key = pickMerchant(story, profile);
    const m = MERCHANTS[key];
    const amount = price(story, m, profile.priceScale);
    plans.push({
      minute: rng.int(m.hours[0] * 60, m.hours[1] * 60 + 50),
      run: (at) => payOrTopUp(story, profile, amount, at, (t) => {
        const paymentId = pay(story, key, amount, t);
        cashbackAfter(story, key, amount, paymentId, day);
      }),
    });
  }
  if (rng.chance((profile.p2pPerWeek / 7) * 0.55)) {
    const to = rng.pick(story.persona.friends);
    const amount = rng.pick([2_000, 5_000, 6_800, 8_800, 10_000, 12_850, 20_000, 52_000]);
    const text = rng.pick([{ zh: "AA 聚餐", en: "dinner split" }, { zh: "红包", en: "red packet" }, { zh: "还钱", en: "paying back" }]);
    plans.push({ minute: rng.int(12 * 60, 22 * 60), run: (at) => payOrTopUp(story, profile, amount, at, (t) => story.post({ type: "TRANSFER_OUT", amount, at: t, counterparty: friend(to), device: pickDevice(story, t), text })) });
  }
  if (rng.chance((profile.p2pPerWeek / 7) * 0.45)) {
    const from = rng.pick(story.persona.friends);
    const amount = rng.pick([3_000, 6_600, 8_800, 15_000, 20_000]);
    plans.push({ minute: rng.int(9 * 60, 23 * 60), run: (at) => { story.post({ type: "TRANSFER_IN", amount, at, counterparty: friend(from), text: { zh: "转账", en: "transfer" } }); } });
  }
  if (rng.chance(0.05)) plans.push({ minute: rng.int(10 * 60, 18 * 60), run: (at) => refundRecentOrder(story, at) });
  if (profile.withdrawAbove !== null && rng.chance(0.08)) {
    const limit = profile.withdrawAbove;
    plans.push({
      minute: rng.int(9 * 60, 21 * 60),
      run: (at) => {
        if (story.balance <= limit) return;
        const amount = Math.floor((story.balance - limit / 2) / 10_000) * 10_000;
        if (amount > 0) story.post({ type: "WITHDRAWAL", amount, at, counterparty: story.persona.bankCard, device: pickDevice(story, at), text: { zh: "提现到银行卡", en: "Withdrawal to bank card" } });
      },
    });
  }
  return plans.sort((a, b) => a.minute - b.minute);
}

function cashbackAfter(story: AccountStory, key: MerchantKey, amount: number, paymentId: string, day: number) {
  const { rng } = story;
  const weekday = cst(day, 12).getUTCDay();
  const at = () => story.after(new Date((story.lastAt as Date).getTime() + 2 * 60_000));
  if (key === "luckin" && rng.chance(0.3)) {
    story.post({ type: "PROMO_CREDIT", amount: rng.int(1, 3) * 100, at: at(), counterparty: "promo:瑞幸咖啡 周周返现", promoId: PROMO.luckinWeekly, relatedEntryId: paymentId, text: { zh: "瑞幸咖啡 周周返现", en: "Luckin weekly cashback" } });
  } else if (key === "didi" && (weekday === 0 || weekday === 6) && amount >= 1_000) {
    story.post({ type: "PROMO_CREDIT", amount: Math.min(500, Math.round(amount / 10)), at: at(), counterparty: "promo:滴滴周末返现", promoId: PROMO.didiWeekend, relatedEntryId: paymentId, text: { zh: "滴滴周末打车返现", en: "DiDi weekend cashback" } });
  }
}

const REFUNDABLE = new Set(["merchant:京东", "merchant:淘宝", "merchant:拼多多"]);

function refundRecentOrder(story: AccountStory, at: Date) {
  const entries = story.recentEntries();
  const refunded = new Set(entries.filter((e) => e.type === "REFUND").map((e) => e.relatedEntryId));
  const order = [...entries].reverse().find((e) => e.type === "PAYMENT" && e.status === "POSTED" && REFUNDABLE.has(e.counterparty ?? "") && !refunded.has(e.id) && at.getTime() - e.occurredAt.getTime() < 14 * 86_400_000);
  if (!order) return;
  story.post({ type: "REFUND", amount: -order.amountMinor, at, counterparty: order.counterparty, relatedEntryId: order.id, text: { zh: "退货退款", en: "Refund for a returned order" } });
}

/** Tops up from the bank card (whole hundreds) when the balance is below `amount`. */
export function ensureAtLeast(story: AccountStory, amount: number, at: Date): void {
  if (story.balance < amount) topUp(story, Math.ceil((amount - story.balance) / 10_000) * 10_000 + 20_000, story.after(at));
}

/** Everyday life from `fromDay` to `toDay` (both included, days relative to the demo date). */
export function liveRoutine(story: AccountStory, profileName: ProfileName, fromDay: number, toDay: number, tweaks: Partial<Profile> = {}): void {
  const profile: Profile = { ...PROFILES[profileName], ...tweaks };
  for (let day = fromDay; day <= toDay; day++) {
    for (const plan of planDay(story, profile, day)) plan.run(story.after(cst(day, 0, plan.minute)));
  }
}

/**
 * Believable spending spread over the days from `fromDay` to `toDay` that brings the balance to
 * exactly `target` (fen). Tops up first when the balance is below the target.
 */
export function spendDownTo(story: AccountStory, target: number, fromDay: number, toDay: number): void {
  const { rng } = story;
  if (story.balance < target) {
    topUp(story, Math.ceil((target - story.balance + 5_000) / 10_000) * 10_000, story.after(cst(fromDay, 9, rng.int(0, 59))));
  }
  let remaining = story.balance - target;
  const plan: { key: MerchantKey; amount: number }[] = [];
  const everyday: MerchantKey[] = ["meituan", "didi", "luckin", "hema", "familymart", "pdd", "eleme", "yonghui"];
  while (remaining > 0) {
    const isBig = remaining > 80_000 && rng.chance(0.5);
    const key: MerchantKey = isBig ? rng.pick(["jd", "taobao", "railway"] as const) : rng.pick(everyday);
    let amount = isBig ? Math.round((remaining * rng.int(30, 70)) / 100 / 100) * 100 : price(story, MERCHANTS[key]);
    amount = Math.min(amount, 300_000);
    if (amount >= remaining || remaining - amount < 500) amount = remaining;
    plan.push({ key, amount });
    remaining -= amount;
  }
  const span = toDay - fromDay + 1;
  const timed = plan.map(({ key, amount }, i) => {
    const [from, to] = MERCHANTS[key].hours;
    return { key, amount, at: cst(fromDay + Math.floor((i * span) / plan.length), rng.int(from, to), rng.int(0, 50)) };
  });
  timed.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const { key, amount, at } of timed) pay(story, key, amount, story.after(at));
}
