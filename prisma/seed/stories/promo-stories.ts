// Cause 2 of the source article: cashback or a bonus credited, spent, then clawed back because
// the campaign's terms were not met. Each clawback points at its credit (relatedEntryId) and
// at the Promotion (promoId).
import { cst } from "../demo-clock";
import { merchant } from "../merchants";
import { PROMO } from "../promotions";
import { ensureAtLeast, liveRoutine, spendDownTo, topUp } from "../routine-history";
import type { StoryDefinition } from "../story-types";

export const PROMO_STORIES: StoryDefinition[] = [
  {
    key: "promo-clawback-cancelled-order",
    situation: "promo-clawback",
    slug: "yang_fan",
    ownerName: "杨帆",
    phone: "13800000007",
    locale: "zh-CN",
    story: {
      zhCN: "杨帆在苏宁双11家电节买了 ¥2,999 的空调,拿到 ¥300 返现。后来安装一再延期,他取消订单、改在京东下单,返现也照常花掉了。11 月 13 日活动结算时,已取消订单的返现被扣回,余额变成 -¥180.00。",
      en: "Yang Fan bought a ¥2,999 air conditioner in Suning's Singles' Day sale and got ¥300 cashback. Installation kept slipping, so he cancelled and bought one on JD instead, spending the cashback as usual. When the campaign settled on 13 November the cashback on the cancelled order was taken back: -¥180.00.",
    },
    expectedPrimaryCause: "PROMO",
    expectedUrgent: false,
    profile: "family",
    openingBalanceMinor: 150_000,
    openedAt: "2020-05-20T06:00:00Z",
    devices: [{ key: "phone", label: "vivo X100", platform: "Android", firstDay: -92 }],
    write(b) {
      liveRoutine(b, "family", -92, -31);
      ensureAtLeast(b, 310_000, cst(-30, 20, 30));
      const order = b.post({ type: "PAYMENT", amount: 299_900, at: cst(-30, 21, 0), counterparty: merchant("苏宁易购"), device: "phone", key: "order", text: { zh: "苏宁易购 格力空调 1.5匹", en: "Suning · Gree air conditioner" } });
      const cashback = b.post({ type: "PROMO_CREDIT", amount: 30_000, at: cst(-29, 10, 0), counterparty: "promo:双11家电节", promoId: PROMO.double11Appliance, relatedEntryId: order, key: "cashback", text: { zh: "双11家电节 满2999返300", en: "Singles' Day appliance cashback" } });
      liveRoutine(b, "family", -28, -19);
      b.post({ type: "REFUND", amount: 299_900, at: cst(-18, 14, 30), counterparty: merchant("苏宁易购"), relatedEntryId: order, key: "refund", text: { zh: "苏宁易购 订单取消(安装排期延误),全额退款", en: "Suning · order cancelled (installation delayed), full refund" } });
      b.post({ type: "PAYMENT", amount: 279_900, at: cst(-17, 21, 10), counterparty: merchant("京东"), device: "phone", key: "jd_order", text: { zh: "京东 格力空调 1.5匹", en: "JD.com · Gree air conditioner" } });
      spendDownTo(b, 12_000, -16, -8);
      b.post({ type: "PROMO_CLAWBACK", amount: 30_000, at: cst(-7, 3, 0), counterparty: "promo:双11家电节", promoId: PROMO.double11Appliance, relatedEntryId: cashback, key: "clawback", text: { zh: "订单已取消,返现不符合活动条款,予以扣回", en: "Order cancelled: cashback taken back under the campaign terms" } });
    },
  },
  {
    key: "promo-clawback-one-per-user",
    situation: "promo-clawback",
    slug: "sophie_martin",
    ownerName: "Sophie Martin",
    phone: "13800000008",
    locale: "en",
    email: "sophie.martin@example.com",
    story: {
      en: "Sophie opened this wallet in September and received the ¥88 welcome bonus. She had an older wallet from a previous job in China, verified with the same passport, so the one-bonus-per-person rule applied: on 10 November the bonus was taken back after she had spent it, leaving -¥56.50.",
      zhCN: "Sophie 9 月开通了这个钱包并领到 ¥88 新用户礼。她以前在中国工作时用同一本护照实名过另一个钱包,按“每人限领一次”的规则,11 月 10 日奖励被扣回,而她已经花掉了,余额 -¥56.50。",
    },
    expectedPrimaryCause: "PROMO",
    expectedUrgent: false,
    profile: "expat",
    openingBalanceMinor: 0,
    openedAt: "2026-09-20T21:30:00Z",
    devices: [{ key: "phone", label: "iPhone 14", platform: "iOS", firstDay: -60 }],
    write(b) {
      topUp(b, 50_000, cst(-60, 9, 0));
      const bonus = b.post({ type: "PROMO_CREDIT", amount: 8_800, at: cst(-60, 9, 5), counterparty: "promo:新用户开户礼", promoId: PROMO.newUser88, key: "welcome", text: { zh: "新用户开户礼 88 元", en: "¥88 welcome bonus" } });
      liveRoutine(b, "expat", -60, -21);
      spendDownTo(b, 3_150, -20, -11);
      b.post({ type: "PROMO_CLAWBACK", amount: 8_800, at: cst(-10, 4, 0), counterparty: "promo:新用户开户礼", promoId: PROMO.newUser88, relatedEntryId: bonus, key: "clawback", text: { zh: "新用户礼扣回:同一证件已领取过", en: "Welcome bonus taken back: already claimed with the same ID" } });
    },
  },
];
