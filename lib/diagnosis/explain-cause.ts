import { formatMoney } from "../money/format-money";
import type { Explanation } from "./diagnosis-types";
import { ENTRY_TYPE_WORDS } from "./entry-type-words";
import type { Cause } from "./entry-types";
import { OPENING_BALANCE_INDEX, type DeficitLot } from "./replay-ledger";
import type { LedgerEntry } from "./schema";

/** Beyond this many entries an explanation says "and N more" instead of naming them all. */
export const MAX_NAMED_ENTRIES = 3;

type Locale = keyof Explanation;

export type ExplainCauseOptions = {
  cause: Cause;
  amountMinor: number;
  lots: readonly DeficitLot[];
  entries: readonly LedgerEntry[];
  timesMs: Float64Array;
  currency: string;
  openingBalanceMinor: number;
};

function utcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function leadFor(cause: Cause, lots: readonly DeficitLot[], locale: Locale): string {
  const isEn = locale === "en";
  switch (cause) {
    case "REFUND":
      return isEn ? "Money was taken back or held after it had been spent" : "之前入账的款项在花掉后被撤回或冻结";
    case "PROMO":
      return isEn
        ? "A promotion credit was clawed back because its terms were not met"
        : "优惠（返现、红包等）因未满足活动规则被收回";
    case "HACK":
      return isEn
        ? "These debits look unauthorized (reported by you, or made from a device first seen within 72 hours, to someone this account had not dealt with before that device appeared)"
        : "以下扣款疑似未经授权（您已申诉，或由 72 小时内首次登录的设备付给在该设备出现前从未往来的对象）";
    case "OVERDRAFT":
      return isEn ? "Spending went through while the balance was too low" : "余额不足时仍有支出入账";
    case "OTHER": {
      const hasOpening = lots.some((lot) => lot.entryIndex === OPENING_BALANCE_INDEX);
      const hasAdjustment = lots.some((lot) => lot.entryIndex !== OPENING_BALANCE_INDEX);
      if (hasOpening && !hasAdjustment) {
        return isEn ? "The balance was already negative when this history starts" : "这段记录开始时余额已经为负";
      }
      if (!hasOpening) return isEn ? "A manual correction by support lowered the balance" : "客服人工调账减少了余额";
      return isEn
        ? "A manual correction by support, and a balance already negative when this history starts"
        : "客服人工调账，以及记录开始时余额已经为负";
    }
  }
}

function nameLot(lot: DeficitLot, options: ExplainCauseOptions, locale: Locale): string {
  if (lot.entryIndex === OPENING_BALANCE_INDEX) {
    const amount = formatMoney(options.openingBalanceMinor, options.currency, locale);
    return locale === "en" ? `the opening balance (${amount})` : `期初余额（${amount}）`;
  }
  const entry = options.entries[lot.entryIndex]!;
  const words = ENTRY_TYPE_WORDS[entry.type][locale];
  const amount = formatMoney(Math.abs(entry.amountMinor), options.currency, locale);
  const date = utcDate(options.timesMs[lot.entryIndex]!);
  return locale === "en" ? `${words} ${entry.id} (${amount}, ${date})` : `${date} ${words} ${entry.id}（${amount}）`;
}

function listLots(options: ExplainCauseOptions, locale: Locale): string {
  const named = options.lots.slice(0, MAX_NAMED_ENTRIES).map((lot) => nameLot(lot, options, locale));
  const more = options.lots.length - named.length;
  if (locale === "zh-CN") return more > 0 ? `${named.join("、")} 以及另外 ${more} 笔` : named.join("、");
  if (more > 0) return `${named.join(", ")} and ${more} more`;
  return named.length <= 1 ? named.join("") : `${named.slice(0, -1).join(", ")} and ${named.at(-1)}`;
}

/**
 * Plain words for one cause of the deficit, in both locales: which entries (type and id), how
 * much, and when (UTC dates, so the text never depends on the server's time zone).
 */
export function explainCause(options: ExplainCauseOptions): Explanation {
  const explain = (locale: Locale) => {
    const total = formatMoney(options.amountMinor, options.currency, locale);
    const lead = leadFor(options.cause, options.lots, locale);
    const list = listLots(options, locale);
    return locale === "en"
      ? `${lead}: ${list}. This accounts for ${total} of the negative balance.`
      : `${lead}：${list}。当前欠款中有 ${total} 由此造成。`;
  };
  return { en: explain("en"), "zh-CN": explain("zh-CN") };
}
