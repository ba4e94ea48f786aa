// Demo help-center articles in English: the same topics as the Chinese set, written for
// English readers rather than translated line by line.
import type { FaqSource } from "./faq-source";

export const ARTICLES_EN: readonly FaqSource[] = [
  {
    slug: "why-negative-balance",
    category: "causes",
    tags: ["negative balance", "causes", "below zero"],
    title: "Why is my wallet balance negative?",
    summary: "Usually money you already spent was taken back: a reversed refund, a clawed-back promotion, a thief, or a payment that went through on too little money.",
    body: `A balance below zero rarely means the wallet miscounted. In almost every case, money you had already spent was taken back afterwards. Four situations cause nearly all of them:

1. **A refund or transfer was reversed.** A merchant refund, or money someone sent you by mistake, was pulled back after you spent it. Risk control may also hold part of your balance while it checks something.
2. **A promotion was clawed back.** Cashback or a coupon was credited, then removed because the order was cancelled or returned, or a rule of the offer was not met.
3. **Someone else got into your account** and moved money out.
4. **A payment went through on too little money**: delayed settlement, automatic payments, or several payments at once.

Not sure which one applies? Start with the most recent debits in your transaction history, or let the [guided check](/diagnose) walk you through it.`,
  },
  {
    slug: "refund-reversal",
    category: "refunds",
    tags: ["refund", "reversal", "risk control", "hold"],
    title: "A refund was reversed and now I owe money",
    summary: "When a refund or an incoming transfer is pulled back after you spent it, the balance drops below zero.",
    body: `Refunds and incoming transfers are sometimes checked after they arrive. If one turns out to be wrong and is reversed, and you had already spent that money, your balance goes negative by the amount you spent.

**What to do**

- Find the reversal in your transaction history and check the amount and the date.
- If you think the reversal is a mistake, keep the order details and ask support to look at it.
- If it is correct, top up the difference; the balance returns to normal by itself.

Risk control may also put a temporary hold on part of your balance while it reviews a payment. Once the hold is released, that money is yours to use again.`,
  },
  {
    slug: "promotion-clawback",
    category: "promotions",
    tags: ["cashback", "coupon", "promotion", "clawback"],
    title: "My cashback was taken back: why is my balance negative?",
    summary: "Cashback is removed when the offer's conditions are not met; if you had spent it, you end up below zero.",
    body: `Cashback and coupons come with conditions: a minimum spend, one per person, an order that is not cancelled or returned. When a condition fails, the credited amount is clawed back.

If you had already spent that cashback, the clawback leaves a gap.

**How to sort it out**

1. Find the clawback in your history and the order it belongs to.
2. Compare it with the offer's terms to see which condition was not met.
3. Top up the gap to clear it. If you believe the offer was applied wrongly, ask support to review it.

A minute spent on the terms before joining an offer avoids most of these surprises.`,
  },
  {
    slug: "account-takeover",
    category: "security",
    tags: ["hacked", "stolen", "unknown transaction", "security"],
    title: "I see payments I did not make: has my account been hacked?",
    summary: "Secure the account first (password, devices, two-factor authentication), then report the transactions straight away.",
    body: `Payments or transfers you do not recognise are an emergency. **Secure the account before you do anything about the balance.**

1. **Change your login and payment passwords** now, and do not reuse them anywhere else.
2. **Review signed-in devices** and sign out every phone or computer you do not know.
3. **Turn on two-factor authentication** so a stolen password alone is not enough.
4. **Report the transactions to support immediately.** The sooner they hear about it, the better the chance of getting money back.

Do not rush to top up until support has confirmed the account is safe.`,
  },
  {
    slug: "overdraft",
    category: "causes",
    tags: ["overdraft", "insufficient funds", "withdrawal", "automatic payment"],
    title: "How could a payment go through when I did not have enough money?",
    summary: "Delayed settlement, automatic payments and simultaneous operations can all push spending past what is available.",
    body: `Normally a payment fails when the balance is too low. A few situations let it slip below zero anyway:

- **Delayed settlement**: a payment is only booked hours or days later, and in the meantime the same money was spent again.
- **Automatic and password-free payments**: subscriptions and direct debits run without asking you, even when the balance is low.
- **Operations at the same moment**: several payments or withdrawals sent together, each of which looked affordable on its own.

**To prevent it**, cap password-free payments, cancel subscriptions you no longer use, and check pending transactions before a large withdrawal.`,
  },
  {
    slug: "credit-record",
    category: "credit",
    tags: ["credit record", "credit report", "credit score", "loan"],
    title: "Does a negative wallet balance hurt my credit record?",
    summary: "The wallet balance itself is not reported to the credit bureau, but negative balances left unpaid again and again can look bad when you borrow.",
    body: `Short answer: **a negative wallet balance is not, by itself, an entry on your personal credit report.** The wallet and the credit bureau are separate systems; your credit record is built from borrowing with banks and other lenders.

That does not mean it never matters:

- A balance that goes negative **often and stays unpaid** suggests money is not being managed carefully, which can count against you when you apply for a loan.
- The longer a deficit sits there, the easier it is to lose track of it alongside other debts.

**Our advice:** clear a negative balance as soon as you notice it, keep a simple budget, and check your personal credit report from time to time.`,
  },
  {
    slug: "top-up-to-clear",
    category: "fixing",
    tags: ["top up", "clear", "pay back", "restore"],
    title: "How much do I need to top up to clear a negative balance?",
    summary: "At least the amount you owe; the deficit is settled automatically when the money arrives.",
    body: `Topping up is the most direct fix. Add money from a bank card or another payment method, **at least as much as the amount you owe**.

- The top-up settles the deficit first; whatever is left is your available balance.
- There is nothing else to request and no need to contact support.
- Once the deficit is cleared, payments and transfers work again.

If you do not yet know why the balance went negative, find out first, especially if you suspect someone else used your account.`,
  },
  {
    slug: "recover-quickly",
    category: "fixing",
    tags: ["recover", "quickly", "steps", "back to normal"],
    title: "What is the fastest way back to a working wallet?",
    summary: "Find the cause, top up, ask support when something is unclear, and note what to avoid next time.",
    body: `Stay calm and take it in this order:

1. **Find the cause** in your transaction history: recent debits, reversals and transfers.
2. **Top up the gap.** For small amounts a quick transfer from your banking app is enough.
3. **Ask support** if the cause is unclear or a debit looks wrong; they can see the details of your account.
4. **Write down what happened** once it is fixed, so the same thing does not catch you again.

The [guided check](/diagnose) can shorten step 1: it names the likely cause and how much to top up.`,
  },
  {
    slug: "find-the-cause",
    category: "fixing",
    tags: ["transaction history", "statement", "cause"],
    title: "Reading your transaction history to find the cause",
    summary: "Start where the balance first went below zero and look back for reversals, clawbacks and anything you do not recognise.",
    body: `Your transaction history is the most reliable place to look.

1. Find the entry where the balance **first went below zero**.
2. Look back a few days for reversed refunds, recalled transfers, promotion clawbacks and risk holds.
3. Check for payments or transfers **you do not recognise**; if there are any, treat it as a hacked account.
4. Look for several payments or withdrawals made at almost the same time.

Once you know the cause, you know whether to simply top up or to contact support.`,
  },
  {
    slug: "payments-restricted",
    category: "fixing",
    tags: ["restricted", "cannot pay", "blocked", "transfers"],
    title: "Why can I not pay or transfer while my balance is negative?",
    summary: "Payments and transfers pause while you owe money and resume by themselves once it is cleared.",
    body: `While the balance is below zero, the wallet pauses payments, transfers and anything else that would deepen the deficit. It protects you and other users; it is not a penalty.

- The restriction **lifts automatically** once the deficit is topped up.
- Receiving money and topping up keep working in the meantime.
- If you still cannot pay after clearing it, ask support to check the account's status.`,
  },
  {
    slug: "repeated-negative-balance",
    category: "credit",
    tags: ["repeated", "often", "habits", "credit"],
    title: "My balance keeps going negative: does it matter?",
    summary: "Once, quickly fixed, is harmless; a pattern left unpaid looks careless and adds up.",
    body: `A single negative balance that you clear quickly usually leaves no lasting mark.

What to watch for is a **pattern**: deficits that come back and stay unpaid give the impression of unsteady finances, which can count against you when you borrow, and small amounts quietly add up.

If it keeps happening, start with [keeping your wallet out of the red](/faq/avoid-negative-balance) and adjust your payment settings and spending plan.`,
  },
  {
    slug: "secure-your-account",
    category: "security",
    tags: ["two-factor authentication", "password", "devices", "security"],
    title: "Keeping your wallet account secure",
    summary: "A unique password, two-factor authentication, regular checks of devices and transactions, and reporting anything odd at once.",
    body: `A secure account is one of the best protections against a surprise deficit:

- **Use a strong password of its own**, shared with nobody and used nowhere else.
- **Turn on two-factor authentication** for sign-in and larger payments.
- **Review signed-in devices** regularly and remove any you do not know.
- **Read your transaction history** now and then, and report unfamiliar entries immediately.
- Ignore links from strangers and never give a verification code to anyone claiming to be support: real support never asks for one.`,
  },
  {
    slug: "read-promotion-terms",
    category: "promotions",
    tags: ["terms", "conditions", "cashback", "coupon"],
    title: "What to check before joining a cashback offer",
    summary: "Minimum spend, one per person, cancellations and returns, and the validity period.",
    body: `Most clawbacks come down to one of these conditions:

- **Minimum spend**: an order under the threshold loses its cashback.
- **One per person**: joining twice, or from a second device, gets the extra amount taken back.
- **Cancellations and returns** take the matching cashback with them.
- **Validity**: a coupon used after it expires, or outside the offer period, may not count.

A safe habit: leave new cashback untouched until the order is confirmed as received.`,
  },
  {
    slug: "wrong-transfer",
    category: "refunds",
    tags: ["wrong transfer", "mistaken payment", "recall"],
    title: "Someone sent me money by mistake and it was recalled",
    summary: "Money sent to you in error is recalled; whatever you spent of it has to be topped up.",
    body: `A transfer sent to you by mistake is recalled once the sender's bank or the wallet confirms the error. If you spent it in the meantime, the recall leaves your balance below zero.

- When unexpected money arrives, **leave it alone** until you know where it came from.
- After a recall, check the amount in your history and top up the difference.
- If you believe the money really was yours, gather the messages or receipts that show it and contact support.`,
  },
  {
    slug: "avoid-negative-balance",
    category: "money",
    tags: ["prevent", "avoid", "budget", "manage money"],
    title: "Keeping your wallet out of the red",
    summary: "Budget, track spending, check the account regularly, set payment limits and build some money know-how.",
    body: `A few habits make a negative balance rare:

1. **Set a budget** for the day or the month, so you always know what is left to spend.
2. **Track your spending** with a bookkeeping app that sorts every payment into categories.
3. **Check the account regularly**, the balance and the history, and act on anything unusual.
4. **Set payment limits** on password-free payments and daily spending to stop impulse buys and surprise debits.
5. **Learn the basics of personal finance**; better plans lead to calmer decisions.`,
  },
  {
    slug: "set-payment-limits",
    category: "money",
    tags: ["payment limits", "password-free payment", "subscriptions"],
    title: "Setting payment limits and taming automatic payments",
    summary: "Cap password-free and daily payments, and cancel subscriptions you no longer use.",
    body: `Many deficits come from debits nobody was watching. We suggest:

- In the wallet's payment settings, give **password-free payments** a low per-payment and daily limit.
- Go through the list of **subscriptions and direct debits** and cancel what you no longer use.
- Before a large purchase or withdrawal, make sure nothing is still pending.

Limits do not restrict you; they insure the account.`,
  },
  {
    slug: "budget-and-bookkeeping",
    category: "money",
    tags: ["bookkeeping", "budget", "personal finance"],
    title: "Budgeting and bookkeeping: where to start",
    summary: "Record one month, set a budget from what you really spent, review it weekly.",
    body: `No complicated system needed:

1. **Record one month** of spending, sorted into a few groups such as food, transport and shopping.
2. **Set the budget** from what that month really cost, with a limit for each group.
3. **Review weekly** and rein in whatever group ran over.

A bookkeeping app does the sorting and warns you before you overspend.`,
  },
  {
    slug: "contact-support",
    category: "support",
    tags: ["support", "contact", "ticket", "help"],
    title: "When to contact support, and what to have ready",
    summary: "Contact us when the cause is unclear, a debit looks wrong or the account may be hacked; bring dates, amounts and screenshots.",
    body: `Please contact support when:

- the transaction history still does not explain the negative balance;
- you believe a reversal or clawback was **a mistake**;
- you see **transactions you did not make** (these are handled first).

**Have ready:** the date and amount of the transactions in question, any order numbers and screenshots. Support can see your account's details and tell you exactly what to do.

You can also run the [guided check](/diagnose) first and attach its result to your ticket.`,
  },
];
