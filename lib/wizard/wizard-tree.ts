import type { WizardResultId } from "./wizard-results";

/*
 * The guided path as data: every question, every answer and where it leads, both languages side
 * by side so a question can never exist in one language only. It is a strict tree (each question
 * has exactly one parent), so a question's id alone says how the user got there: the URL
 * /diagnose/q/{id} is the whole state, Back is a link to the parent, progress is the depth.
 *
 * Bump WIZARD_TREE_VERSION whenever an id changes meaning: stored sessions keep the version
 * their steps refer to (describeWizardPath reads old steps against the tree they came from).
 */
export const WIZARD_TREE_VERSION = 1;

export type Text = { "zh-CN": string; en: string };
export type WizardOption = { id: string; label: Text; example?: Text; next: { question: string } | { result: WizardResultId } };
export type WizardQuestion = { id: string; prompt: Text; hint?: Text; options: WizardOption[] };

export const WIZARD_START = "start";

const QUESTIONS: WizardQuestion[] = [
  {
    id: "start",
    prompt: { "zh-CN": "余额变成负数之前,交易记录里最近出现的是哪一种?", en: "Just before your balance dropped below zero, what do you see in your transaction list?" },
    hint: { "zh-CN": "打开钱包的账单或交易明细,从最新一笔往前看。", en: "Open the wallet's bill or transaction list and read back from the newest entry." },
    options: [
      { id: "taken-back", label: { "zh-CN": "一笔钱被收回或冻结", en: "Money taken back or held" }, example: { "zh-CN": "例如“退款撤销”“转账追回”“风控冻结”", en: "e.g. “refund reversed”, “transfer recalled”, “held by risk control”" }, next: { question: "taken-back-kind" } },
      { id: "promo", label: { "zh-CN": "返现、红包或优惠券被扣回", en: "A cashback, bonus or coupon taken back" }, example: { "zh-CN": "例如“活动返现扣回 -¥30.00”", en: "e.g. “cashback clawback -¥30.00”" }, next: { question: "promo-terms" } },
      { id: "unknown-activity", label: { "zh-CN": "有我不认识的付款、转账或提现", en: "Payments, transfers or withdrawals I don't recognise" }, next: { result: "hack" } },
      { id: "own-spending", label: { "zh-CN": "都是我自己的付款或提现", en: "Only payments or withdrawals I made myself" }, next: { question: "overdraft-kind" } },
      { id: "not-sure", label: { "zh-CN": "我不确定", en: "I'm not sure" }, next: { question: "not-sure-recognise" } },
    ],
  },
  {
    id: "taken-back-kind",
    prompt: { "zh-CN": "被收回的是哪一笔钱?", en: "Which money was taken back?" },
    options: [
      { id: "refund", label: { "zh-CN": "商家退给我的退款", en: "A refund a merchant had paid me" }, example: { "zh-CN": "账单里先有“退款 +¥899.00”,后来又有“退款撤销 -¥899.00”", en: "First “Refund +¥899.00”, later “Refund reversal -¥899.00” from the same merchant" }, next: { result: "refund" } },
      { id: "transfer", label: { "zh-CN": "别人转错给我的钱", en: "Money someone sent me by mistake" }, example: { "zh-CN": "“转账追回”,对方是你不认识的人或公司", en: "“Transfer recalled”, from a person or company you don't know" }, next: { result: "refund" } },
      { id: "hold", label: { "zh-CN": "风控冻结了一部分余额", en: "Risk control froze part of my balance" }, example: { "zh-CN": "“风控冻结”或“资金暂扣”,常见于收到陌生款项之后", en: "“Risk hold” or “funds held”, often after money from strangers arrived" }, next: { result: "refund" } },
    ],
  },
  {
    id: "promo-terms",
    prompt: { "zh-CN": "拿到这笔优惠之后,发生过下面的事吗?", en: "After you got the offer, did any of these happen?" },
    hint: { "zh-CN": "扣回通知通常写着“因订单取消/退货,返现已扣回”或“每人限一次”。", en: "A clawback notice usually says “order cancelled or returned, cashback reversed” or “one per person”." },
    options: [
      { id: "cancelled", label: { "zh-CN": "订单取消或退货了", en: "The order was cancelled or returned" }, next: { result: "promo" } },
      { id: "once-only", label: { "zh-CN": "我以前领过同类优惠,或者没达到最低消费", en: "I had used a similar offer before, or missed the minimum spend" }, next: { result: "promo" } },
      { id: "none", label: { "zh-CN": "都没有,我觉得我符合条件", en: "None of these: I think I met the terms" }, next: { result: "promo" } },
    ],
  },
  {
    id: "overdraft-kind",
    prompt: { "zh-CN": "下面哪种情况发生过?", en: "Did any of these happen?" },
    options: [
      { id: "auto-pay", label: { "zh-CN": "自动续费、免密支付或先乘后付", en: "Auto-renewal, password-free payment or pay-after-ride" }, example: { "zh-CN": "例如周末的高速通行费周一才扣款", en: "e.g. weekend tolls debited on Monday" }, next: { result: "overdraft" } },
      { id: "same-time", label: { "zh-CN": "几笔付款或提现几乎同时发生", en: "Several payments or withdrawals at almost the same time" }, next: { result: "overdraft" } },
      { id: "fee", label: { "zh-CN": "余额不多时又扣了一笔服务费", en: "A service fee arrived when the balance was already low" }, next: { result: "overdraft" } },
      { id: "none", label: { "zh-CN": "都没有", en: "None of these" }, next: { result: "unsure" } },
    ],
  },
  {
    id: "not-sure-recognise",
    prompt: { "zh-CN": "最近几周的付款、转账和提现,你都认识吗?", en: "Do you recognise every payment, transfer and withdrawal of the last few weeks?" },
    options: [
      { id: "some-not-mine", label: { "zh-CN": "有的不是我做的", en: "Some were not made by me" }, next: { result: "hack" } },
      { id: "cannot-sign-in", label: { "zh-CN": "我登录不了自己的账户", en: "I can't sign in to my account" }, next: { result: "hack" } },
      { id: "all-mine", label: { "zh-CN": "都是我做的", en: "Yes, they are all mine" }, next: { question: "not-sure-taken-back" } },
    ],
  },
  {
    id: "not-sure-taken-back",
    prompt: { "zh-CN": "有没有一笔你没花出去、却被扣走的钱?", en: "Is there an amount taken from you that you did not spend?" },
    hint: { "zh-CN": "找带“撤销”“追回”“扣回”“冻结”字样的记录。", en: "Look for words like “reversal”, “recalled”, “clawback” or “held”." },
    options: [
      { id: "refund-or-hold", label: { "zh-CN": "有,是退款、转账或冻结", en: "Yes: a refund, a transfer or a hold" }, next: { result: "refund" } },
      { id: "promo", label: { "zh-CN": "有,是返现或优惠券", en: "Yes: a cashback or a coupon" }, next: { result: "promo" } },
      { id: "no", label: { "zh-CN": "没有,或者看不出来", en: "No, or I can't tell" }, next: { result: "unsure" } },
    ],
  },
];

export const WIZARD_QUESTIONS: ReadonlyMap<string, WizardQuestion> = new Map(QUESTIONS.map((q) => [q.id, q]));

/** The question that leads to `id` and the answer chosen there; null for the first question. */
export function parentOf(id: string): { question: WizardQuestion; option: WizardOption } | null {
  for (const question of QUESTIONS) {
    const option = question.options.find((o) => "question" in o.next && o.next.question === id);
    if (option) return { question, option };
  }
  return null;
}
