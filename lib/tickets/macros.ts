import { fillTemplate } from "@/lib/i18n/fill-template";

/**
 * Canned replies. Written in the customer's language (the account's locale), with variables the
 * ticket page fills in: {name} the customer's name, {amount} what must be topped up to reach
 * zero, {ticket} the ticket number. The agent edits the result before sending. A macro that asks
 * the customer for money says so (`asksTopUp`): the ticket page offers it only when `offersTopUp`
 * does, never to someone whose deficit is all unauthorized debits under investigation.
 */
export const MACROS = [
  {
    id: "top-up",
    asksTopUp: true,
    title: { "zh-CN": "补足欠款即可恢复", en: "Top up to clear the deficit" },
    body: {
      "zh-CN": "{name}您好,我们核对了您的交易记录。当前余额低于零,补足 {amount} 后账户会自动恢复正常,之前受限的付款和转账也会随之解除。如有疑问请直接回复工单 #{ticket}。",
      en: "Hello {name}, we have gone through your transactions. Your balance is below zero; topping up {amount} brings it back to normal on its own, and payments and transfers work again. Reply to ticket #{ticket} with any question.",
    },
  },
  {
    id: "secure-account",
    asksTopUp: false,
    title: { "zh-CN": "账户安全:请立即操作", en: "Account security: act now" },
    body: {
      "zh-CN": "{name}您好,您的账户存在未经授权的登录和转出。请立即修改登录密码、开启双重验证,并在设备管理中移除不认识的设备。我们已开始核查相关交易,进展会在工单 #{ticket} 中告知。",
      en: "Hello {name}, your account shows a sign-in and transfers you may not have made. Change your password now, turn on two-factor authentication and remove devices you do not recognise. We are looking into the transactions and will update ticket #{ticket}.",
    },
  },
  {
    id: "promo-clawback",
    asksTopUp: true,
    title: { "zh-CN": "优惠被收回的原因", en: "Why a promotion was taken back" },
    body: {
      "zh-CN": "{name}您好,余额变为负数是因为一笔返现或优惠券在订单取消或退货后被收回,而这笔钱当时已经用掉。补足 {amount} 即可恢复。",
      en: "Hello {name}, your balance went below zero because a cashback or coupon was taken back after the order was cancelled or returned, and that money had already been spent. Topping up {amount} clears it.",
    },
  },
] as const;

export type MacroId = (typeof MACROS)[number]["id"];
export type MacroLocale = "zh-CN" | "en";

/** Pure: the macro's text in the customer's language with its variables filled. */
export function fillMacro(id: string, locale: MacroLocale, values: { name: string; amount: string; ticket: number }): string | null {
  const macro = MACROS.find((m) => m.id === id);
  return macro ? fillTemplate(macro.body[locale], values) : null;
}
