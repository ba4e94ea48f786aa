/**
 * A counterparty as a person reads it: the ledger writes `merchant:京东`, `bank:某城商银行(尾号8812)`,
 * `user:林**(177****0938)`; the reader sees the name after the kind. The kind is a lowercase
 * code before the first colon; anything else (a plain name such as "Goodwill", or a colon later
 * in a name) is shown as it is. The entry's type (payment, transfer, withdrawal) already says
 * what kind of party it is.
 */
export function counterpartyName(counterparty: string | null | undefined): string {
  if (!counterparty) return "";
  const match = /^[a-z][a-z_-]*:(.+)$/s.exec(counterparty);
  return (match ? match[1]! : counterparty).trim();
}
