import type { EntryType } from "./entry-types";

/** How explanations name an entry type, in each locale. */
export const ENTRY_TYPE_WORDS: Readonly<Record<EntryType, { en: string; "zh-CN": string }>> = {
  TOP_UP: { en: "top-up", "zh-CN": "充值" },
  PAYMENT: { en: "payment", "zh-CN": "付款" },
  REFUND: { en: "refund", "zh-CN": "退款" },
  REFUND_REVERSAL: { en: "refund reversal", "zh-CN": "退款撤回" },
  TRANSFER_IN: { en: "incoming transfer", "zh-CN": "转入" },
  TRANSFER_OUT: { en: "transfer out", "zh-CN": "转出" },
  TRANSFER_RECALL: { en: "transfer recall", "zh-CN": "误转追回" },
  WITHDRAWAL: { en: "withdrawal", "zh-CN": "提现" },
  FEE: { en: "fee", "zh-CN": "服务费" },
  PROMO_CREDIT: { en: "promotion credit", "zh-CN": "优惠返现" },
  PROMO_CLAWBACK: { en: "promotion clawback", "zh-CN": "优惠收回" },
  RISK_HOLD: { en: "risk-control hold", "zh-CN": "风控冻结" },
  RISK_RELEASE: { en: "risk-control release", "zh-CN": "风控解冻" },
  ADJUSTMENT: { en: "support adjustment", "zh-CN": "人工调账" },
};
