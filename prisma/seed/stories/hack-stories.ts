// Cause 3 of the source article: someone else moves the money. Rule 3 of the contract calls a
// debit unauthorized when the user disputes it, or when it comes from a device whose first
// login is at most 72 h old (after the usual device had logged in) and goes to a payee on no
// POSTED entry before that first login. Every story here is urgent; James Wilson's thief pays
// the same stranger twice, the case the amended rule exists for.
import type { AccountStory } from "../account-story";
import { cst } from "../demo-clock";
import { ensureAtLeast, liveRoutine, spendDownTo } from "../routine-history";
import type { StoryDefinition } from "../story-types";

/** The attacker's session: a never-seen device logs in (after a failed try) and locks the owner out. */
function attackerTakesOver(b: AccountStory, device: { label: string; platform: string; ip: string; location: string }, day: number, hour: number, minute: number) {
  b.addDevice("attacker", device.label, device.platform, { trusted: false, isUsual: false });
  b.login("attacker", cst(day, hour, minute - 1), { ip: device.ip, location: device.location, succeeded: false });
  b.login("attacker", cst(day, hour, minute), { ip: device.ip, location: device.location });
}

export const HACK_STORIES: StoryDefinition[] = [
  {
    key: "takeover-phishing-sms",
    situation: "account-takeover",
    slug: "zhao_lei",
    ownerName: "赵磊",
    phone: "13800000009",
    locale: "zh-CN",
    story: {
      zhCN: "赵磊点开了一条冒充快递理赔的短信链接并输入了验证码。11 月 17 日凌晨,一台从没见过的红米手机登录了他的账户,改了密码、关掉两步验证、添加新收款人,随后转账 ¥3,000、提现 ¥2,500 到陌生银行卡、购买 ¥800 游戏点卡,余额变成 -¥1,800.00。账户已冻结。",
      en: "Zhao Lei tapped a fake parcel-compensation text and typed in his code. Early on 17 November a Redmi phone never seen before logged in, changed his password, turned off two-step verification, added a payee, then sent ¥3,000, withdrew ¥2,500 to an unknown card and bought ¥800 of game cards: -¥1,800.00. The account is frozen.",
    },
    expectedPrimaryCause: "HACK",
    expectedUrgent: true,
    profile: "worker",
    openingBalanceMinor: 200_000,
    openedAt: "2018-10-09T02:00:00Z",
    twoFactorEnabled: true,
    devices: [{ key: "phone", label: "iPhone 13", platform: "iOS", firstDay: -92 }],
    write(b) {
      liveRoutine(b, "worker", -92, -5);
      spendDownTo(b, 450_000, -4, -4);
      attackerTakesOver(b, { label: "Redmi Note 12", platform: "Android", ip: "198.51.100.77", location: "境外(柬埔寨)" }, -3, 2, 48);
      b.security("PASSWORD_CHANGED", "attacker", cst(-3, 2, 51));
      b.security("TWO_FACTOR_DISABLED", "attacker", cst(-3, 2, 52));
      b.security("NEW_PAYEE_ADDED", "attacker", cst(-3, 2, 55));
      b.post({ type: "TRANSFER_OUT", amount: 300_000, at: cst(-3, 2, 58), counterparty: "user:林**(177****0938)", device: "attacker", key: "hack_transfer", text: { zh: "转账", en: "transfer" } });
      b.post({ type: "WITHDRAWAL", amount: 250_000, at: cst(-3, 3, 5), counterparty: "bank:某城商银行(尾号8812)", device: "attacker", key: "hack_withdrawal", text: { zh: "提现到银行卡", en: "Withdrawal to bank card" } });
      b.post({ type: "PAYMENT", amount: 80_000, at: cst(-3, 3, 12), counterparty: "merchant:星辰游戏点卡商城", device: "attacker", key: "hack_payment", text: { zh: "游戏点卡 800 元", en: "game cards ¥800" } });
      b.login("phone", cst(-3, 7, 55), { ip: "203.0.113.60" });
      b.security("PASSWORD_CHANGED", "phone", cst(-3, 8, 2));
      b.account.twoFactorEnabled = false;
      b.account.status = "FROZEN";
    },
  },
  {
    key: "takeover-new-browser",
    situation: "account-takeover",
    slug: "james_wilson",
    ownerName: "James Wilson",
    phone: "13800000010",
    locale: "en",
    email: "james.wilson@example.com",
    story: {
      en: "James reused his wallet password on a shopping site that was breached. On the night of 18 November a Windows browser he never used signed in, changed the password and the phone number, added a payee, sent that stranger ¥1,500 and then ¥1,200 more, and withdrew ¥400 to an unknown card: -¥1,100.00. Payments are restricted. The second transfer is theft as much as the first: it is not overspending.",
      zhCN: "James 在一个被拖库的购物网站上用过和钱包相同的密码。11 月 18 日晚,一个他从未用过的 Windows 浏览器登录,修改了密码和手机号、添加收款人,先向这个陌生人转账 ¥1,500,又再转 ¥1,200,随后提现 ¥400 到陌生银行卡:余额 -¥1,100.00。账户已限制支付。第二笔转账和第一笔一样是被盗,不是他超支。",
    },
    expectedPrimaryCause: "HACK",
    expectedUrgent: true,
    profile: "expat",
    openingBalanceMinor: 300_000,
    openedAt: "2023-03-03T03:00:00Z",
    devices: [
      { key: "phone", label: "iPhone 14", platform: "iOS", firstDay: -92 },
      { key: "ipad", label: "iPad Air", platform: "iPadOS", firstDay: -60 },
    ],
    write(b) {
      liveRoutine(b, "expat", -92, -4);
      spendDownTo(b, 200_000, -3, -3);
      attackerTakesOver(b, { label: "Windows PC · Chrome", platform: "Web", ip: "192.0.2.201", location: "Unknown (VPN)" }, -2, 22, 10);
      b.security("PASSWORD_CHANGED", "attacker", cst(-2, 22, 13));
      b.security("PHONE_CHANGED", "attacker", cst(-2, 22, 14));
      b.security("NEW_PAYEE_ADDED", "attacker", cst(-2, 22, 15));
      b.post({ type: "TRANSFER_OUT", amount: 150_000, at: cst(-2, 22, 18), counterparty: "user:Kevin L.(150****3312)", device: "attacker", key: "hack_transfer_1", text: { zh: "转账", en: "transfer" } });
      b.post({ type: "TRANSFER_OUT", amount: 120_000, at: cst(-2, 22, 25), counterparty: "user:Kevin L.(150****3312)", device: "attacker", key: "hack_transfer_2", text: { zh: "转账", en: "transfer" } });
      b.post({ type: "WITHDRAWAL", amount: 40_000, at: cst(-2, 22, 31), counterparty: "bank:Unknown bank(尾号4417)", device: "attacker", key: "hack_withdrawal", text: { zh: "提现到银行卡", en: "Withdrawal to bank card" } });
      b.login("phone", cst(-1, 8, 20), { ip: "203.0.113.61" });
      b.account.status = "RESTRICTED";
    },
  },
  {
    key: "takeover-caught-early-reported",
    situation: "takeover-caught-early",
    slug: "wu_min",
    ownerName: "吴敏",
    phone: "13800000020",
    locale: "zh-CN",
    story: {
      zhCN: "11 月 18 日凌晨,一台陌生的 OPPO 手机登录吴敏的账户,添加收款人并转走 ¥500。吴敏早上看到短信提醒后立刻改了密码、联系客服限制了支付。余额仍为正数,但这仍是紧急情况:先保护账户,再申诉这笔转账。",
      en: "Early on 18 November an unknown OPPO phone signed in to Wu Min's account, added a payee and sent ¥500 away. She saw the text alert in the morning, changed her password and had payments restricted. The balance is still positive, but it is urgent all the same: secure the account, then report the transfer.",
    },
    expectedPrimaryCause: null,
    expectedUrgent: true,
    profile: "worker",
    openingBalanceMinor: 100_000,
    openedAt: "2019-12-12T12:00:00Z",
    twoFactorEnabled: false,
    devices: [{ key: "phone", label: "HUAWEI P60", platform: "HarmonyOS", firstDay: -92 }],
    write(b) {
      liveRoutine(b, "worker", -92, -3);
      ensureAtLeast(b, 150_000, cst(-3, 23, 0));
      attackerTakesOver(b, { label: "OPPO A58", platform: "Android", ip: "198.51.100.23", location: "广东 揭阳" }, -2, 3, 10);
      b.security("NEW_PAYEE_ADDED", "attacker", cst(-2, 3, 14));
      b.post({ type: "TRANSFER_OUT", amount: 50_000, at: cst(-2, 3, 16), counterparty: "user:刘**(173****2290)", device: "attacker", key: "hack_transfer", text: { zh: "转账", en: "transfer" } });
      b.login("phone", cst(-2, 7, 55), { ip: "203.0.113.62" });
      b.security("PASSWORD_CHANGED", "phone", cst(-2, 8, 1));
      b.account.status = "RESTRICTED";
    },
  },
  {
    key: "takeover-caught-early-unnoticed",
    situation: "takeover-caught-early",
    slug: "zheng_hao",
    ownerName: "郑浩",
    phone: "13800000021",
    locale: "zh-CN",
    story: {
      zhCN: "11 月 19 日中午,一台陌生的 vivo 手机登录郑浩的账户并改了密码,在一家从未消费过的数码店付了 ¥260。郑浩还没发现,余额也还是正数;正因为没人察觉,门户把它标为紧急,提醒他先保护账户。",
      en: "At noon on 19 November an unknown vivo phone signed in to Zheng Hao's account, changed the password and paid ¥260 at a gadget shop he never used. He has not noticed and the balance is still positive; that is exactly why the portal marks it urgent and tells him to secure the account first.",
    },
    expectedPrimaryCause: null,
    expectedUrgent: true,
    profile: "student",
    openingBalanceMinor: 60_000,
    openedAt: "2022-09-05T01:00:00Z",
    devices: [{ key: "phone", label: "iPhone 12", platform: "iOS", firstDay: -92 }],
    write(b) {
      liveRoutine(b, "student", -92, -2);
      ensureAtLeast(b, 60_000, cst(-1, 8, 30));
      attackerTakesOver(b, { label: "vivo Y78", platform: "Android", ip: "192.0.2.88", location: "江苏 南京" }, -1, 13, 40);
      b.security("PASSWORD_CHANGED", "attacker", cst(-1, 13, 43));
      b.post({ type: "PAYMENT", amount: 26_000, at: cst(-1, 13, 50), counterparty: "merchant:极速数码专营店", device: "attacker", key: "hack_payment", text: { zh: "数码专营店 充值卡", en: "gadget shop · prepaid cards" } });
    },
  },
  {
    key: "disputed-night-game-payment",
    situation: "disputed-payment",
    slug: "he_xue",
    ownerName: "何雪",
    phone: "13800000011",
    locale: "zh-CN",
    story: {
      zhCN: "11 月 12 日凌晨 1 点,何雪的手机上通过免密支付向一家游戏充值中心付了 ¥1,288,而当时余额只有 ¥300,余额变成 -¥988.00。她不认可这笔支付并已发起申诉;按规则,用户申诉的扣款按未经授权处理,属于紧急情况。",
      en: "At 1 a.m. on 12 November a password-free payment of ¥1,288 to a game top-up centre went through on He Xue's phone while she had ¥300, leaving -¥988.00. She does not recognise it and has disputed it; a disputed debit counts as unauthorized, so the case is urgent.",
    },
    expectedPrimaryCause: "HACK",
    expectedUrgent: true,
    profile: "family",
    openingBalanceMinor: 40_000,
    openedAt: "2017-04-21T08:00:00Z",
    devices: [{ key: "phone", label: "iPhone 12", platform: "iOS", firstDay: -92 }],
    write(b) {
      liveRoutine(b, "family", -92, -10);
      spendDownTo(b, 30_000, -9, -9);
      b.post({ type: "PAYMENT", amount: 128_800, at: cst(-8, 1, 12), counterparty: "merchant:天天游戏充值中心", device: "phone", userDisputed: true, key: "disputed", text: { zh: "游戏点券充值(免密支付)", en: "game credits (password-free payment)" } });
    },
  },
  {
    key: "disputed-cancelled-subscription",
    situation: "disputed-payment",
    slug: "michael_zhou",
    ownerName: "Michael Zhou",
    phone: "13800000012",
    locale: "en",
    story: {
      en: "Michael cancelled his StreamMax plan in September, yet on 8 November a ¥598 annual renewal was taken automatically while he had ¥120, leaving -¥478.00. He has reported it as a charge he never authorised; a disputed debit counts as unauthorized, so the case is urgent until it is reviewed.",
      zhCN: "Michael 9 月已取消 StreamMax 会员,11 月 8 日却被自动扣了 ¥598 年费,当时余额只有 ¥120,余额变成 -¥478.00。他已申诉这笔未经授权的扣款;用户申诉的扣款按未经授权处理,在核实前属于紧急情况。",
    },
    expectedPrimaryCause: "HACK",
    expectedUrgent: true,
    profile: "expat",
    openingBalanceMinor: 80_000,
    openedAt: "2025-02-14T02:00:00Z",
    devices: [{ key: "phone", label: "Google Pixel 8", platform: "Android", firstDay: -92 }],
    write(b) {
      liveRoutine(b, "expat", -92, -14);
      spendDownTo(b, 12_000, -13, -13);
      b.post({ type: "PAYMENT", amount: 59_800, at: cst(-12, 4, 0), counterparty: "merchant:StreamMax 影视会员", userDisputed: true, key: "disputed", text: { zh: "StreamMax 年度会员 自动续费", en: "StreamMax annual plan · auto-renewal" } });
    },
  },
];
