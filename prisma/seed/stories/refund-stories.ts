// Cause 1 of the source article: money taken back after it was spent (refund reversed, mistaken
// transfer recalled) or held by risk control. Every story ends with only REFUND lots open.
import { cst } from "../demo-clock";
import { merchant } from "../merchants";
import { ensureAtLeast, liveRoutine, spendDownTo } from "../routine-history";
import type { StoryDefinition } from "../story-types";

const RISK_CENTER = "risk:交易安全中心";

export const REFUND_STORIES: StoryDefinition[] = [
  {
    key: "refund-reversal-jd",
    situation: "refund-reversal",
    slug: "zhang_wei",
    ownerName: "张伟",
    phone: "13800000001",
    locale: "zh-CN",
    story: {
      zhCN: "张伟在京东买了 ¥899 的降噪耳机后退货,退款先回到了钱包,他以为钱已经是自己的,两周里陆续花掉。11 月 14 日京东发现退回的耳机质检不合格,撤回了退款,余额变成 -¥662.60。",
      en: "Zhang Wei returned ¥899 earbuds to JD.com and the refund landed in his wallet; over two weeks he spent most of it. On 14 November JD found the returned earbuds failed inspection and took the refund back, leaving -¥662.60.",
    },
    expectedPrimaryCause: "REFUND",
    expectedUrgent: false,
    profile: "worker",
    openingBalanceMinor: 86_000,
    openedAt: "2021-03-14T02:00:00Z",
    devices: [{ key: "phone", label: "HUAWEI Mate 60", platform: "HarmonyOS", firstDay: -92 }],
    write(b) {
      liveRoutine(b, "worker", -92, -36);
      ensureAtLeast(b, 100_000, cst(-35, 19, 40));
      const order = b.post({ type: "PAYMENT", amount: 89_900, at: cst(-35, 20, 14), counterparty: merchant("京东"), device: "phone", key: "order", text: { zh: "京东 小米降噪耳机", en: "JD.com · noise-cancelling earbuds" } });
      liveRoutine(b, "worker", -34, -28);
      const refund = b.post({ type: "REFUND", amount: 89_900, at: cst(-27, 10, 2), counterparty: merchant("京东"), relatedEntryId: order, key: "refund", text: { zh: "京东 退货退款:小米降噪耳机", en: "JD.com refund · returned earbuds" } });
      spendDownTo(b, 23_640, -26, -7);
      b.post({ type: "REFUND_REVERSAL", amount: 89_900, at: cst(-6, 15, 30), counterparty: merchant("京东"), relatedEntryId: refund, key: "reversal", text: { zh: "退货商品质检未通过,退款撤回", en: "Returned item failed inspection: refund taken back" } });
    },
  },
  {
    key: "refund-reversal-duplicate",
    situation: "refund-reversal",
    slug: "emily_carter",
    ownerName: "Emily Carter",
    phone: "13800000002",
    locale: "en",
    email: "emily.carter@example.com",
    story: {
      en: "Emily cancelled a ¥1,280 hotel booking on Trip.com and was refunded twice by mistake. She did not notice and spent the money; on 15 November Trip.com took the duplicate refund back and her balance dropped to -¥864.80.",
      zhCN: "Emily 在携程取消了 ¥1,280 的酒店预订,却被误退了两次款。她没注意到,照常消费;11 月 15 日携程撤回了重复的那笔退款,余额跌到 -¥864.80。",
    },
    expectedPrimaryCause: "REFUND",
    expectedUrgent: false,
    profile: "expat",
    openingBalanceMinor: 250_000,
    openedAt: "2024-09-02T03:00:00Z",
    twoFactorEnabled: true,
    devices: [{ key: "phone", label: "iPhone 15", platform: "iOS", firstDay: -92 }],
    write(b) {
      liveRoutine(b, "expat", -92, -30);
      ensureAtLeast(b, 150_000, cst(-29, 20, 40));
      const booking = b.post({ type: "PAYMENT", amount: 128_000, at: cst(-29, 21, 5), counterparty: merchant("携程旅行"), device: "phone", key: "booking", text: { zh: "携程 杭州酒店 2晚", en: "Trip.com · hotel in Hangzhou, 2 nights" } });
      liveRoutine(b, "expat", -28, -25);
      b.post({ type: "REFUND", amount: 128_000, at: cst(-24, 10, 30), counterparty: merchant("携程旅行"), relatedEntryId: booking, key: "refund", text: { zh: "携程 订单取消退款", en: "Trip.com · booking cancelled, refund" } });
      const duplicate = b.post({ type: "REFUND", amount: 128_000, at: cst(-23, 10, 31), counterparty: merchant("携程旅行"), relatedEntryId: booking, key: "refund_dup", text: { zh: "携程 订单取消退款", en: "Trip.com · booking cancelled, refund" } });
      spendDownTo(b, 41_520, -22, -9);
      b.post({ type: "REFUND_REVERSAL", amount: 128_000, at: cst(-5, 14, 20), counterparty: merchant("携程旅行"), relatedEntryId: duplicate, key: "reversal", text: { zh: "重复退款撤回", en: "Duplicate refund taken back" } });
    },
  },
  {
    key: "transfer-recall-stranger",
    situation: "transfer-recall",
    slug: "li_na",
    ownerName: "李娜",
    phone: "13800000003",
    locale: "zh-CN",
    story: {
      zhCN: "10 月 26 日一位陌生人误转给李娜 ¥2,000,她以为是表哥还的钱,就用掉了。付款人申诉后,平台在 11 月 11 日追回了这笔转账,余额变成 -¥1,690.00。",
      en: "On 26 October a stranger sent Li Na ¥2,000 by mistake; she took it for her cousin paying her back and spent it. After the sender appealed, the transfer was recalled on 11 November, leaving -¥1,690.00.",
    },
    expectedPrimaryCause: "REFUND",
    expectedUrgent: false,
    profile: "worker",
    openingBalanceMinor: 52_000,
    openedAt: "2019-07-08T05:00:00Z",
    devices: [
      { key: "phone", label: "iPhone 13", platform: "iOS", firstDay: -92 },
      { key: "ipad", label: "iPad Air", platform: "iPadOS", firstDay: -70 },
    ],
    write(b) {
      liveRoutine(b, "worker", -92, -26);
      const mistaken = b.post({ type: "TRANSFER_IN", amount: 200_000, at: cst(-25, 14, 12), counterparty: "user:陈*明(137****5520)", key: "mistaken", text: { zh: "转账", en: "transfer" } });
      spendDownTo(b, 31_000, -24, -10);
      b.post({ type: "TRANSFER_RECALL", amount: 200_000, at: cst(-9, 10, 45), counterparty: "user:陈*明(137****5520)", relatedEntryId: mistaken, key: "recall", text: { zh: "误转账款追回(付款方申诉,平台核实后退回)", en: "Mistaken transfer recalled (the sender appealed and the platform verified it)" } });
    },
  },
  {
    key: "transfer-recall-company",
    situation: "transfer-recall",
    slug: "wang_qiang",
    ownerName: "王强",
    phone: "13800000004",
    locale: "zh-CN",
    story: {
      zhCN: "一家贸易公司本想付款给另一位“王强”,却把 ¥5,000 货款转进了他的钱包。第二天他正好交了 ¥3,800 房租。公司发现转错后追回了全部 ¥5,000,余额变成 -¥4,880.00。",
      en: "A trading company meant to pay a different Wang Qiang and sent ¥5,000 to his wallet instead. The next day he paid ¥3,800 rent. When the company noticed, the whole ¥5,000 was recalled and his balance fell to -¥4,880.00.",
    },
    expectedPrimaryCause: "REFUND",
    expectedUrgent: false,
    profile: "worker",
    openingBalanceMinor: 120_000,
    openedAt: "2020-11-30T09:00:00Z",
    devices: [{ key: "phone", label: "Xiaomi 14", platform: "Android", firstDay: -92 }],
    write(b) {
      liveRoutine(b, "worker", -92, -20);
      const company = "user:深圳市鼎盛贸易有限公司";
      const mistaken = b.post({ type: "TRANSFER_IN", amount: 500_000, at: cst(-19, 15, 40), counterparty: company, key: "mistaken", text: { zh: "货款", en: "payment for goods" } });
      b.post({ type: "TRANSFER_OUT", amount: 380_000, at: cst(-18, 9, 30), counterparty: "user:房东 李阿姨(138****6621)", device: "phone", key: "rent", text: { zh: "11月房租", en: "November rent" } });
      spendDownTo(b, 12_000, -17, -5);
      b.post({ type: "TRANSFER_RECALL", amount: 500_000, at: cst(-4, 11, 20), counterparty: company, relatedEntryId: mistaken, key: "recall", text: { zh: "误转账款追回", en: "Mistaken transfer recalled" } });
    },
  },
  {
    key: "risk-hold-second-hand",
    situation: "risk-hold",
    slug: "liu_fang",
    ownerName: "刘芳",
    phone: "13800000005",
    locale: "zh-CN",
    story: {
      zhCN: "刘芳在闲鱼上卖二手相机器材,一周内收到三笔买家转账。其中一笔 ¥880 被风控判定异常,11 月 15 日系统冻结了 ¥1,500 待核实,余额变成负数;18 日核实后解冻 ¥300,目前余额 -¥600.00。",
      en: "Liu Fang sells used camera gear on Xianyu and received three buyer transfers in a week. Risk control flagged one of them and on 15 November held ¥1,500 for review, taking her balance negative; ¥300 was released on the 18th, leaving -¥600.00.",
    },
    expectedPrimaryCause: "REFUND",
    expectedUrgent: false,
    profile: "worker",
    openingBalanceMinor: 30_000,
    openedAt: "2022-02-18T04:00:00Z",
    devices: [{ key: "phone", label: "Xiaomi 14", platform: "Android", firstDay: -92 }],
    write(b) {
      liveRoutine(b, "worker", -92, -22);
      b.post({ type: "TRANSFER_IN", amount: 45_000, at: cst(-21, 19, 5), counterparty: "user:闲鱼买家 阿杰(188****0321)", text: { zh: "闲鱼 二手镜头", en: "Xianyu · used lens" } });
      b.post({ type: "TRANSFER_IN", amount: 32_000, at: cst(-18, 13, 22), counterparty: "user:闲鱼买家 小鹿(152****7710)", text: { zh: "闲鱼 二手显示器", en: "Xianyu · used monitor" } });
      const flagged = b.post({ type: "TRANSFER_IN", amount: 88_000, at: cst(-15, 22, 48), counterparty: "user:闲鱼买家 Leo(176****4432)", key: "flagged", text: { zh: "闲鱼 二手相机", en: "Xianyu · used camera" } });
      spendDownTo(b, 60_000, -14, -6);
      const hold = b.post({ type: "RISK_HOLD", amount: 150_000, at: cst(-5, 16, 0), counterparty: RISK_CENTER, relatedEntryId: flagged, key: "hold", text: { zh: "交易存在异常,部分资金暂时冻结待核实", en: "Unusual activity: funds held for review" } });
      b.post({ type: "RISK_RELEASE", amount: 30_000, at: cst(-2, 11, 0), counterparty: RISK_CENTER, relatedEntryId: hold, key: "release", text: { zh: "核实完成,部分资金解冻", en: "Review done: part of the funds released" } });
    },
  },
  {
    key: "risk-hold-suspicious-income",
    situation: "risk-hold",
    slug: "chen_jing",
    ownerName: "陈静",
    phone: "13800000006",
    locale: "zh-CN",
    story: {
      zhCN: "陈静应聘了一份网上“兼职”,替人代收 ¥3,000 再转交 ¥2,500 给“经理”。11 月 14 日风控认定这笔收款涉嫌涉诈资金,冻结 ¥3,000,余额变成 -¥2,200.00,账户被限制使用,需要联系客服核实。",
      en: "Chen Jing answered an online 'part-time job': she collected ¥3,000 for someone and forwarded ¥2,500 to a 'manager'. On 14 November risk control judged the money likely fraud proceeds and held ¥3,000; her balance is -¥2,200.00 and the account is restricted until support verifies it.",
    },
    expectedPrimaryCause: "REFUND",
    expectedUrgent: false,
    profile: "student",
    openingBalanceMinor: 15_000,
    openedAt: "2023-09-01T01:00:00Z",
    devices: [{ key: "phone", label: "OPPO Reno 11", platform: "Android", firstDay: -92 }],
    write(b) {
      liveRoutine(b, "student", -92, -15);
      const incoming = b.post({ type: "TRANSFER_IN", amount: 300_000, at: cst(-14, 20, 10), counterparty: "user:网友 小宇(166****7345)", key: "incoming", text: { zh: "兼职代收款", en: "'part-time job' collection" } });
      b.post({ type: "TRANSFER_OUT", amount: 250_000, at: cst(-14, 20, 40), counterparty: "user:张经理(199****6610)", device: "phone", key: "forward", text: { zh: "转交代收款", en: "forwarding the collection" } });
      spendDownTo(b, 80_000, -13, -7);
      b.post({ type: "RISK_HOLD", amount: 300_000, at: cst(-6, 9, 5), counterparty: RISK_CENTER, relatedEntryId: incoming, key: "hold", text: { zh: "收款涉嫌涉诈资金,已冻结待核查", en: "Incoming funds suspected to be fraud proceeds: held for investigation" } });
      b.account.status = "RESTRICTED";
    },
  },
];
