// Cause 4 of the source article (debits that go through while the balance is too low), the
// mixed cases where several causes are open at once, and accounts that went negative and
// recovered after a top-up.
import { cst } from "../demo-clock";
import { merchant } from "../merchants";
import { PROMO } from "../promotions";
import { PROFILES, autopay, ensureAtLeast, liveRoutine, spendDownTo, topUp } from "../routine-history";
import type { StoryDefinition } from "../story-types";

const OVERDRAFT_FEE = { zh: "余额不足代扣服务费", en: "Service fee: automatic debit on a short balance" };

export const OVERDRAFT_STORIES: StoryDefinition[] = [
  {
    key: "overdraft-delayed-tolls",
    situation: "overdraft-fee",
    slug: "liu_yang",
    ownerName: "刘洋",
    phone: "13800000013",
    locale: "zh-CN",
    story: {
      zhCN: "11 月 13 日(周五)刘洋把 ¥4,500 提现交房租,只留下 ¥30 多。周末自驾出游的 ETC 高速费在周一才延迟扣款,共 ¥193,余额跌破零,次日又被收取 ¥5 代扣服务费,余额 -¥167.30。他已发起一笔 ¥200 的银行卡充值,仍在处理中。",
      en: "On Friday 13 November Liu Yang withdrew ¥4,500 for rent, leaving about ¥30. The ETC tolls from his weekend drive (¥193 in total) were only debited on Monday, taking him below zero, and a ¥5 service fee followed: -¥167.30. A ¥200 top-up from his bank card is still pending.",
    },
    expectedPrimaryCause: "OVERDRAFT",
    expectedUrgent: false,
    profile: "worker",
    openingBalanceMinor: 90_000,
    openedAt: "2019-01-25T03:00:00Z",
    devices: [{ key: "phone", label: "HONOR Magic6", platform: "Android", firstDay: -92 }],
    write(b) {
      liveRoutine(b, "worker", -92, -9);
      spendDownTo(b, 453_520, -8, -8);
      b.post({ type: "WITHDRAWAL", amount: 450_000, at: cst(-7, 10, 0), counterparty: b.persona.bankCard, device: "phone", key: "rent_withdrawal", text: { zh: "提现到银行卡(房租)", en: "Withdrawal to bank card (rent)" } });
      b.post({ type: "FEE", amount: 450, at: cst(-7, 10, 1), counterparty: "fee:提现手续费", key: "withdrawal_fee", text: { zh: "提现手续费 0.1%", en: "Withdrawal fee 0.1%" } });
      b.post({ type: "PAYMENT", amount: 12_800, at: cst(-4, 6, 30), counterparty: merchant("ETC高速通行"), key: "toll_1", text: { zh: "ETC 通行费 11月14日 沪昆高速(延迟扣款)", en: "ETC toll, 14 Nov, Shanghai-Kunming expressway (delayed debit)" } });
      b.post({ type: "PAYMENT", amount: 6_500, at: cst(-4, 6, 31), counterparty: merchant("ETC高速通行"), key: "toll_2", text: { zh: "ETC 通行费 11月15日 杭甬高速(延迟扣款)", en: "ETC toll, 15 Nov, Hangzhou-Ningbo expressway (delayed debit)" } });
      b.post({ type: "FEE", amount: 500, at: cst(-3, 9, 0), counterparty: "fee:代扣服务费", key: "overdraft_fee", text: OVERDRAFT_FEE });
      b.post({ type: "TOP_UP", amount: 20_000, at: cst(0, 7, 30), counterparty: b.persona.bankCard, device: "phone", pending: true, key: "pending_topup", text: { zh: "银行卡充值(处理中)", en: "Top-up from bank card (pending)" } });
    },
  },
  {
    key: "overdraft-auto-renewals",
    situation: "overdraft-fee",
    slug: "daniel_brown",
    ownerName: "Daniel Brown",
    phone: "13800000014",
    locale: "en",
    story: {
      en: "Daniel's gym membership (¥299) and cloud storage (¥21) renew automatically on the 15th. On 15 November he had only ¥120 left; both renewals went through anyway and a ¥8 service fee followed: -¥208.00.",
      zhCN: "Daniel 的健身月卡(¥299)和网盘会员(¥21)每月 15 日自动续费。11 月 15 日他只剩 ¥120,两笔续费照常扣款,随后又产生 ¥8 服务费,余额 -¥208.00。",
    },
    expectedPrimaryCause: "OVERDRAFT",
    expectedUrgent: false,
    profile: "expat",
    openingBalanceMinor: 180_000,
    openedAt: "2024-04-10T02:00:00Z",
    devices: [{ key: "phone", label: "iPhone 15 Pro", platform: "iOS", firstDay: -92 }],
    write(b) {
      const renewals = [{ key: "gym", amount: 29_900, dayOfMonth: 15 }, { key: "cloud", amount: 2_100, dayOfMonth: 15 }] as const;
      liveRoutine(b, "expat", -92, -7, { autopays: [...PROFILES.expat.autopays, ...renewals] });
      spendDownTo(b, 12_000, -6, -6);
      autopay(b, "gym", 29_900, cst(-5, 6, 10));
      autopay(b, "cloud", 2_100, cst(-5, 6, 12));
      b.post({ type: "FEE", amount: 800, at: cst(-4, 9, 30), counterparty: "fee:代扣服务费", key: "overdraft_fee", text: OVERDRAFT_FEE });
    },
  },
  {
    key: "mixed-promo-larger-than-overdraft",
    situation: "mixed-causes",
    slug: "sun_li",
    ownerName: "孙丽",
    phone: "13800000015",
    locale: "zh-CN",
    story: {
      zhCN: "孙丽在京东双11买鞋得到 ¥120 返现,后来退了货。余额只剩 ¥40 时,一趟“先乘后付”的滴滴行程自动扣了 ¥95(透支 ¥55);第二天退货订单的 ¥120 返现被扣回。两种原因都有,主要原因是促销扣回(¥120 > ¥55),余额 -¥175.00。",
      en: "Sun Li got ¥120 cashback on a Singles' Day shoe order at JD, then returned the shoes. With ¥40 left, a pay-after-ride DiDi trip took ¥95 (¥55 overdrawn); the next day the ¥120 cashback on the returned order was taken back. Two causes are open; the main one is the promotion clawback (¥120 > ¥55): -¥175.00.",
    },
    expectedPrimaryCause: "PROMO",
    expectedUrgent: false,
    profile: "worker",
    openingBalanceMinor: 60_000,
    openedAt: "2021-08-08T08:00:00Z",
    devices: [{ key: "phone", label: "iPhone 14 Pro", platform: "iOS", firstDay: -92 }],
    write(b) {
      liveRoutine(b, "worker", -92, -20);
      ensureAtLeast(b, 50_000, cst(-19, 20, 0));
      const order = b.post({ type: "PAYMENT", amount: 45_900, at: cst(-19, 20, 30), counterparty: merchant("京东"), device: "phone", key: "order", text: { zh: "京东 跑步鞋", en: "JD.com · running shoes" } });
      const cashback = b.post({ type: "PROMO_CREDIT", amount: 12_000, at: cst(-18, 10, 0), counterparty: "promo:双11京东返现", promoId: PROMO.double11Jd, relatedEntryId: order, key: "cashback", text: { zh: "双11京东 满399返120", en: "Singles' Day JD cashback" } });
      b.post({ type: "REFUND", amount: 45_900, at: cst(-13, 15, 0), counterparty: merchant("京东"), relatedEntryId: order, key: "refund", text: { zh: "京东 退货退款:跑步鞋", en: "JD.com refund · returned shoes" } });
      spendDownTo(b, 4_000, -12, -5);
      b.post({ type: "PAYMENT", amount: 9_500, at: cst(-4, 23, 40), counterparty: merchant("滴滴出行"), device: "phone", key: "ride", text: { zh: "滴滴 先乘后付 行程结束自动扣款", en: "DiDi pay-after-ride, charged at trip end" } });
      b.post({ type: "PROMO_CLAWBACK", amount: 12_000, at: cst(-3, 5, 0), counterparty: "promo:双11京东返现", promoId: PROMO.double11Jd, relatedEntryId: cashback, key: "clawback", text: { zh: "订单已退货,返现扣回", en: "Order returned: cashback taken back" } });
    },
  },
  {
    key: "mixed-oldest-debt-repaid-first",
    situation: "mixed-causes",
    slug: "huang_tao",
    ownerName: "黄涛",
    phone: "13800000016",
    locale: "zh-CN",
    story: {
      zhCN: "黄涛退掉的洗衣机被判定运输损坏,京东撤回了 ¥600 退款,余额 -¥500;随后电费 ¥250 和物业费 ¥150 照常代扣,又透支 ¥400。11 月 17 日他先充了 ¥200,充值按“先还最早的欠款”抵扣了退款撤回那部分。现在还差 ¥700:退款撤回 ¥300、透支 ¥400,主要原因是透支。",
      en: "Huang Tao's returned washing machine was judged damaged in transit and JD took back the ¥600 refund: -¥500. Then the electricity (¥250) and property fee (¥150) were debited as usual, ¥400 more overdrawn. On 17 November he topped up ¥200, which repays the oldest debt first (the reversal). ¥700 is still missing: ¥300 from the reversal, ¥400 overdrawn, so overdraft is the main cause.",
    },
    expectedPrimaryCause: "OVERDRAFT",
    expectedUrgent: false,
    profile: "family",
    openingBalanceMinor: 200_000,
    openedAt: "2016-06-06T06:00:00Z",
    twoFactorEnabled: true,
    devices: [{ key: "phone", label: "HUAWEI Mate 50", platform: "HarmonyOS", firstDay: -92 }],
    write(b) {
      liveRoutine(b, "family", -92, -25);
      ensureAtLeast(b, 70_000, cst(-24, 19, 0));
      const order = b.post({ type: "PAYMENT", amount: 60_000, at: cst(-24, 20, 0), counterparty: merchant("京东"), device: "phone", key: "order", text: { zh: "京东 滚筒洗衣机", en: "JD.com · washing machine" } });
      const refund = b.post({ type: "REFUND", amount: 60_000, at: cst(-20, 11, 0), counterparty: merchant("京东"), relatedEntryId: order, key: "refund", text: { zh: "京东 退货退款:洗衣机", en: "JD.com refund · returned washing machine" } });
      spendDownTo(b, 10_000, -19, -12);
      b.post({ type: "REFUND_REVERSAL", amount: 60_000, at: cst(-11, 16, 0), counterparty: merchant("京东"), relatedEntryId: refund, key: "reversal", text: { zh: "退回商品运输损坏,退款撤回", en: "Returned item damaged in transit: refund taken back" } });
      autopay(b, "power", 25_000, cst(-8, 6, 20));
      autopay(b, "property", 15_000, cst(-7, 6, 30));
      topUp(b, 20_000, cst(-3, 12, 0));
    },
  },
  {
    key: "mixed-tie-goes-to-oldest",
    situation: "mixed-causes",
    slug: "zhou_ting",
    ownerName: "周婷",
    phone: "13800000017",
    locale: "zh-CN",
    story: {
      zhCN: "周婷参加“充值满1000送20”后 10 天就把 ¥1,000 提现了。之后一笔 ¥300 误转入款被追回,余额 -¥20;11 月 13 日活动审核又扣回了 ¥20 赠送金额。两种原因各 ¥20,按规则以先发生的那一笔(误转追回)为主要原因,余额 -¥40.00。",
      en: "Zhou Ting took the 'top up ¥1,000, get ¥20' offer and withdrew the ¥1,000 ten days later. A ¥300 transfer sent to her by mistake was then recalled (-¥20), and on 13 November the promotion audit took back the ¥20 bonus. Both causes are ¥20; a tie goes to the one that came first (the recall): -¥40.00.",
    },
    expectedPrimaryCause: "REFUND",
    expectedUrgent: false,
    profile: "worker",
    openingBalanceMinor: 40_000,
    openedAt: "2022-12-01T02:00:00Z",
    devices: [{ key: "phone", label: "iPhone 15", platform: "iOS", firstDay: -92 }],
    write(b) {
      liveRoutine(b, "worker", -92, -41);
      const deposit = topUp(b, 100_000, cst(-40, 10, 0));
      const bonus = b.post({ type: "PROMO_CREDIT", amount: 2_000, at: cst(-40, 10, 1), counterparty: "promo:秋季充值", promoId: PROMO.autumnTopUp, relatedEntryId: deposit, key: "bonus", text: { zh: "秋季充值 满1000送20", en: "Autumn top-up bonus" } });
      spendDownTo(b, Math.max(100_000, b.balance - 30_000), -39, -31);
      b.post({ type: "WITHDRAWAL", amount: 100_000, at: cst(-30, 9, 0), counterparty: b.persona.bankCard, device: "phone", key: "withdrawal", text: { zh: "提现到银行卡", en: "Withdrawal to bank card" } });
      liveRoutine(b, "worker", -29, -20);
      const stranger = "user:陌生人(136****1188)";
      const mistaken = b.post({ type: "TRANSFER_IN", amount: 30_000, at: cst(-19, 13, 0), counterparty: stranger, key: "mistaken", text: { zh: "转账", en: "transfer" } });
      spendDownTo(b, 28_000, -18, -12);
      b.post({ type: "TRANSFER_RECALL", amount: 30_000, at: cst(-11, 10, 0), counterparty: stranger, relatedEntryId: mistaken, key: "recall", text: { zh: "误转账款追回", en: "Mistaken transfer recalled" } });
      b.post({ type: "PROMO_CLAWBACK", amount: 2_000, at: cst(-7, 4, 0), counterparty: "promo:秋季充值", promoId: PROMO.autumnTopUp, relatedEntryId: bonus, key: "clawback", text: { zh: "充值后30天内提现,赠送金额扣回", en: "Top-up withdrawn within 30 days: bonus taken back" } });
    },
  },
  {
    key: "recovered-after-top-up",
    situation: "recovered",
    slug: "xu_ming",
    ownerName: "徐明",
    phone: "13800000018",
    locale: "zh-CN",
    story: {
      zhCN: "徐明的一笔淘宝退款在 11 月 5 日被撤回,余额一度变成 -¥120.00;第二天他充值 ¥500,欠款自动结清,之后一切正常。余额为正,不需要处理。",
      en: "A Taobao refund of Xu Ming's was taken back on 5 November and his balance dipped to -¥120.00; the next day he topped up ¥500, the deficit cleared automatically and life went on. The balance is positive: nothing to do.",
    },
    expectedPrimaryCause: null,
    expectedUrgent: false,
    profile: "worker",
    openingBalanceMinor: 70_000,
    openedAt: "2020-02-02T02:00:00Z",
    devices: [{ key: "phone", label: "vivo X90", platform: "Android", firstDay: -92 }],
    write(b) {
      liveRoutine(b, "worker", -92, -26);
      ensureAtLeast(b, 45_000, cst(-25, 20, 30));
      const order = b.post({ type: "PAYMENT", amount: 35_000, at: cst(-25, 21, 0), counterparty: merchant("淘宝"), device: "phone", key: "order", text: { zh: "淘宝 羽绒服", en: "Taobao · down jacket" } });
      const refund = b.post({ type: "REFUND", amount: 35_000, at: cst(-21, 12, 0), counterparty: merchant("淘宝"), relatedEntryId: order, key: "refund", text: { zh: "淘宝 退货退款:羽绒服", en: "Taobao refund · returned jacket" } });
      spendDownTo(b, 23_000, -20, -16);
      b.post({ type: "REFUND_REVERSAL", amount: 35_000, at: cst(-15, 10, 0), counterparty: merchant("淘宝"), relatedEntryId: refund, key: "reversal", text: { zh: "商家未收到退货,退款撤回", en: "Seller never received the return: refund taken back" } });
      topUp(b, 50_000, cst(-14, 9, 30));
      liveRoutine(b, "worker", -13, -1);
    },
  },
  {
    key: "recovered-payday",
    situation: "recovered",
    slug: "gao_yan",
    ownerName: "高岩",
    phone: "13800000019",
    locale: "zh-CN",
    story: {
      zhCN: "11 月 8 日话费自动充值在余额只剩 ¥30 时扣了 ¥100,加上 ¥5 服务费,余额 -¥75.00。两天后发工资,高岩充值 ¥3,000,欠款自动结清。余额为正。",
      en: "On 8 November the automatic ¥100 mobile top-up went through with only ¥30 in the wallet; with a ¥5 fee the balance was -¥75.00. Two days later, on payday, Gao Yan topped up ¥3,000 and the deficit cleared by itself. The balance is positive.",
    },
    expectedPrimaryCause: null,
    expectedUrgent: false,
    profile: "worker",
    openingBalanceMinor: 50_000,
    openedAt: "2021-05-05T05:00:00Z",
    devices: [{ key: "phone", label: "Xiaomi 13", platform: "Android", firstDay: -92 }],
    write(b) {
      liveRoutine(b, "worker", -92, -14);
      spendDownTo(b, 3_000, -13, -13);
      autopay(b, "mobile", 10_000, cst(-12, 6, 15));
      b.post({ type: "FEE", amount: 500, at: cst(-11, 9, 0), counterparty: "fee:代扣服务费", text: OVERDRAFT_FEE });
      topUp(b, 300_000, cst(-10, 18, 30));
      liveRoutine(b, "worker", -9, -1);
    },
  },
];
