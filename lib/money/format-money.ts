// Money is an integer of minor units; Intl decides how many of them make a major unit
// (2 for CNY, 0 for JPY, 3 for BHD). The amount reaches Intl as an exact decimal string, so
// even 10^12 minor units print without floating-point noise.

export type MoneyLocale = "en" | "zh-CN" | (string & {});

// A pure cache: building a NumberFormat costs ~50x more than using one.
const formatters = new Map<string, Intl.NumberFormat>();

function getFormatter(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency });
    formatters.set(key, formatter);
  }
  return formatter;
}

function toDecimalString(minor: number, fractionDigits: number): `${number}` {
  const sign = minor < 0 ? "-" : "";
  const digits = String(Math.abs(Math.trunc(minor)));
  if (fractionDigits === 0) return `${sign}${digits}` as `${number}`;
  const padded = digits.padStart(fractionDigits + 1, "0");
  return `${sign}${padded.slice(0, -fractionDigits)}.${padded.slice(-fractionDigits)}` as `${number}`;
}

/** formatMoney(-3000, "CNY", "zh-CN") === "-¥30.00"; formatMoney(500, "JPY", "en") === "¥500". */
export function formatMoney(minor: number, currency: string, locale: MoneyLocale): string {
  const formatter = getFormatter(locale, currency);
  const fractionDigits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  // Intl.NumberFormat formats exact decimal strings (ES2023), no rounding through a double.
  return formatter.format(toDecimalString(minor, fractionDigits));
}
