// Accounts with nothing wrong, including the near misses an engine must not flag: a new phone
// paying known merchants, and a pending payment that is not counted yet.
import { cst } from "../demo-clock";
import { MERCHANTS, merchant } from "../merchants";
import { ensureAtLeast, liveRoutine } from "../routine-history";
import type { StoryDefinition } from "../story-types";

export const HEALTHY_STORIES: StoryDefinition[] = [
  {
    key: "healthy-new-phone",
    situation: "healthy",
    slug: "chen_chen",
    ownerName: "陈晨",
    phone: "13800000022",
    locale: "zh-CN",
    story: {
      zhCN: "大学生陈晨 10 月 31 日换了新手机,当天就用新手机在常去的瑞幸和外卖店付款。新设备刚登录,但收款方都是老熟人,所以不算可疑;余额为正。",
      en: "Student Chen Chen switched to a new phone on 31 October and paid her usual coffee shop and take-away from it the same day. The device is new but the payees are familiar, so nothing is suspicious; the balance is positive.",
    },
    expectedPrimaryCause: null,
    expectedUrgent: false,
    profile: "student",
    openingBalanceMinor: 35_000,
    openedAt: "2023-09-10T03:00:00Z",
    devices: [
      { key: "old_phone", label: "iPhone 11", platform: "iOS", firstDay: -92, retiredDay: -16 },
      { key: "new_phone", label: "iPhone 16", platform: "iOS", firstDay: -20 },
    ],
    write(b) {
      liveRoutine(b, "student", -92, -21, { favourites: { luckin: 4, meituan: 3, pdd: 2 } });
      for (const key of ["luckin", "meituan"] as const) {
        const counterparty = merchant(MERCHANTS[key].name);
        if (!b.hasEntry((e) => e.counterparty === counterparty)) throw new Error(`chen_chen: ${counterparty} must be a known payee before the new phone pays it`);
      }
      ensureAtLeast(b, 10_000, cst(-20, 8, 0));
      b.post({ type: "PAYMENT", amount: 1_590, at: b.after(cst(-20, 8, 40)), counterparty: merchant(MERCHANTS.luckin.name), device: "new_phone", key: "new_phone_coffee", text: { zh: "瑞幸咖啡 生椰拿铁", en: "Luckin Coffee · coconut latte" } });
      b.post({ type: "PAYMENT", amount: 2_350, at: b.after(cst(-20, 12, 10)), counterparty: merchant(MERCHANTS.meituan.name), device: "new_phone", key: "new_phone_lunch", text: { zh: "美团外卖 外卖 午餐", en: "Meituan Delivery · lunch delivery" } });
      liveRoutine(b, "student", -19, -1);
    },
  },
  {
    key: "healthy-pending-order",
    situation: "healthy",
    slug: "lin_xiaohong",
    ownerName: "林小红",
    phone: "13800000023",
    locale: "zh-CN",
    story: {
      zhCN: "林小红一家的日常开销都走钱包:买菜、水电、孩子的兴趣班。今天早上下的一笔 ¥188 盒马订单还在“待确认”,待确认的交易不计入余额。余额为正。",
      en: "Lin Xiaohong runs the family's spending through the wallet: groceries, utilities, the kids' classes. A ¥188 Freshippo order placed this morning is still pending, and pending entries do not count toward the balance. The balance is positive.",
    },
    expectedPrimaryCause: null,
    expectedUrgent: false,
    profile: "family",
    openingBalanceMinor: 300_000,
    openedAt: "2015-02-14T02:00:00Z",
    twoFactorEnabled: true,
    devices: [
      { key: "phone", label: "HUAWEI Mate 60 Pro", platform: "HarmonyOS", firstDay: -92 },
      { key: "tablet", label: "HUAWEI MatePad", platform: "HarmonyOS", firstDay: -75 },
    ],
    write(b) {
      liveRoutine(b, "family", -92, -1);
      b.post({ type: "PAYMENT", amount: 18_800, at: cst(0, 7, 10), counterparty: merchant(MERCHANTS.hema.name), device: "phone", pending: true, key: "pending_order", text: { zh: "盒马鲜生 生鲜订单(待确认)", en: "Freshippo grocery order (pending)" } });
    },
  },
  {
    key: "healthy-expat",
    situation: "healthy",
    slug: "olivia_chen",
    ownerName: "Olivia Chen",
    phone: "13800000024",
    locale: "en",
    email: "olivia.chen@example.com",
    story: {
      en: "Olivia moved to Shanghai for work. Coffee, rides, groceries and the odd train ticket, topped up from her bank card every couple of weeks; two-step verification on. Nothing is wrong.",
      zhCN: "Olivia 因工作搬到上海。咖啡、打车、买菜,偶尔买高铁票,每隔两周左右从银行卡充值一次,开启了两步验证。一切正常。",
    },
    expectedPrimaryCause: null,
    expectedUrgent: false,
    profile: "expat",
    openingBalanceMinor: 220_000,
    openedAt: "2025-06-01T02:00:00Z",
    twoFactorEnabled: true,
    devices: [
      { key: "phone", label: "iPhone 15 Pro", platform: "iOS", firstDay: -92 },
      { key: "laptop", label: "MacBook Air · Safari", platform: "Web", firstDay: -50 },
    ],
    write(b) {
      liveRoutine(b, "expat", -92, -1);
    },
  },
  {
    key: "healthy-retiree",
    situation: "healthy",
    slug: "ma_xiuying",
    ownerName: "马秀英",
    phone: "13800000025",
    locale: "zh-CN",
    story: {
      zhCN: "退休教师马秀英主要在超市和菜场付款,偶尔买高铁票去看孙子,子女不时转账给她。余额一直为正。",
      en: "Retired teacher Ma Xiuying pays mostly at the supermarket, now and then buys a train ticket to visit her grandson, and her children send her money from time to time. The balance has always been positive.",
    },
    expectedPrimaryCause: null,
    expectedUrgent: false,
    profile: "retiree",
    openingBalanceMinor: 150_000,
    openedAt: "2018-01-20T02:00:00Z",
    devices: [{ key: "phone", label: "HUAWEI nova 11", platform: "HarmonyOS", firstDay: -92 }],
    write(b) {
      liveRoutine(b, "retiree", -92, -1);
    },
  },
];
