// The merchants, friends and banks of the demo world. Counterparties are stable strings
// ("merchant:美团外卖") so the engine can tell a known payee from a never-seen one.

export type Localized = { zh: string; en: string };

export type Merchant = {
  name: string;
  nameEn: string;
  /** Price range in fen. */
  min: number;
  max: number;
  /** Prices are multiples of this many fen (ride fares are exact to the fen). */
  step: number;
  /** Relative frequency in everyday spending; 0 = never picked at random. */
  weight: number;
  /** Hours (CST) when people usually pay here. */
  hours: readonly [number, number];
  items: readonly Localized[];
};

const m = (merchant: Merchant) => merchant;

export const MERCHANTS = {
  meituan: m({ name: "美团外卖", nameEn: "Meituan Delivery", min: 1800, max: 6800, step: 10, weight: 10, hours: [11, 20],
    items: [{ zh: "外卖 午餐", en: "lunch delivery" }, { zh: "外卖 晚餐", en: "dinner delivery" }, { zh: "外卖 奶茶", en: "bubble tea delivery" }] }),
  eleme: m({ name: "饿了么", nameEn: "Ele.me", min: 1500, max: 5500, step: 10, weight: 4, hours: [11, 21],
    items: [{ zh: "外卖 午餐", en: "lunch delivery" }, { zh: "外卖 夜宵", en: "late snack delivery" }] }),
  didi: m({ name: "滴滴出行", nameEn: "DiDi", min: 1200, max: 6500, step: 1, weight: 6, hours: [8, 22],
    items: [{ zh: "快车 行程", en: "Express ride" }, { zh: "快车 下班回家", en: "ride home" }] }),
  luckin: m({ name: "瑞幸咖啡", nameEn: "Luckin Coffee", min: 990, max: 2590, step: 10, weight: 6, hours: [8, 10],
    items: [{ zh: "生椰拿铁", en: "coconut latte" }, { zh: "美式咖啡", en: "Americano" }] }),
  starbucks: m({ name: "星巴克", nameEn: "Starbucks", min: 2800, max: 4800, step: 100, weight: 2, hours: [9, 17],
    items: [{ zh: "拿铁 大杯", en: "grande latte" }] }),
  jd: m({ name: "京东", nameEn: "JD.com", min: 3900, max: 59900, step: 100, weight: 3, hours: [20, 23],
    items: [{ zh: "日用品", en: "household goods" }, { zh: "数码配件", en: "phone accessories" }, { zh: "图书", en: "books" }] }),
  taobao: m({ name: "淘宝", nameEn: "Taobao", min: 1990, max: 29900, step: 10, weight: 3, hours: [20, 23],
    items: [{ zh: "服饰", en: "clothes" }, { zh: "家居小物", en: "home bits" }] }),
  pdd: m({ name: "拼多多", nameEn: "Pinduoduo", min: 990, max: 12900, step: 10, weight: 3, hours: [12, 23],
    items: [{ zh: "水果", en: "fruit" }, { zh: "纸巾 日用", en: "tissues and basics" }] }),
  hema: m({ name: "盒马鲜生", nameEn: "Freshippo", min: 3500, max: 26000, step: 10, weight: 3, hours: [17, 21],
    items: [{ zh: "生鲜 买菜", en: "groceries" }] }),
  familymart: m({ name: "全家便利店", nameEn: "FamilyMart", min: 600, max: 3500, step: 10, weight: 4, hours: [7, 22],
    items: [{ zh: "早餐", en: "breakfast" }, { zh: "饮料 零食", en: "drinks and snacks" }] }),
  metro: m({ name: "地铁出行", nameEn: "Metro", min: 300, max: 700, step: 100, weight: 4, hours: [8, 19],
    items: [{ zh: "地铁乘车码", en: "metro ride" }] }),
  yonghui: m({ name: "永辉超市", nameEn: "Yonghui Supermarket", min: 3000, max: 30000, step: 10, weight: 2, hours: [10, 21],
    items: [{ zh: "超市购物", en: "supermarket" }] }),
  maoyan: m({ name: "猫眼电影", nameEn: "Maoyan Movies", min: 3500, max: 12000, step: 100, weight: 1, hours: [14, 21],
    items: [{ zh: "电影票", en: "cinema tickets" }] }),
  railway: m({ name: "中国铁路12306", nameEn: "China Railway 12306", min: 5500, max: 60000, step: 50, weight: 0.3, hours: [9, 22],
    items: [{ zh: "高铁票", en: "high-speed train ticket" }] }),
  trip: m({ name: "携程旅行", nameEn: "Trip.com", min: 30000, max: 150000, step: 100, weight: 0, hours: [10, 22],
    items: [{ zh: "酒店预订", en: "hotel booking" }] }),
  suning: m({ name: "苏宁易购", nameEn: "Suning", min: 50000, max: 400000, step: 100, weight: 0, hours: [19, 23],
    items: [{ zh: "家电", en: "home appliance" }] }),
} as const satisfies Record<string, Merchant>;

export type MerchantKey = keyof typeof MERCHANTS;

/** Monthly automatic payments (代扣): posted without a device, early in the morning. */
export const AUTOPAY_MERCHANTS = {
  mobile: { name: "中国移动", text: { zh: "话费自动充值", en: "mobile top-up (auto)" } },
  power: { name: "国家电网", text: { zh: "电费自动代扣", en: "electricity bill (auto)" } },
  iqiyi: { name: "爱奇艺", text: { zh: "VIP会员 连续包月", en: "iQIYI VIP monthly renewal" } },
  gym: { name: "超级猩猩健身", text: { zh: "健身月卡 自动续费", en: "gym membership (monthly auto-renewal)" } },
  cloud: { name: "百度网盘", text: { zh: "超级会员 自动续费", en: "cloud storage (monthly auto-renewal)" } },
  property: { name: "万科物业", text: { zh: "物业费 代扣", en: "property management fee (auto)" } },
} as const;

export type AutopayKey = keyof typeof AUTOPAY_MERCHANTS;

export const merchant = (name: string) => `merchant:${name}`;

/** A friend as the wallet shows them: name and masked phone. */
export const FRIENDS = [
  "王芳(135****2208)", "陈晓(139****6611)", "赵雪(186****0472)", "孙鹏(137****9015)", "周琳(158****3340)",
  "吴昊(132****8826)", "郑欣(189****1157)", "钱多多(136****4409)", "冯宇(151****7731)", "韩雪梅(177****2680)",
  "Tom Baker(131****0091)", "Anna Li(185****3326)",
] as const;

export const friend = (label: string) => `user:${label}`;

export const BANKS = ["招商银行", "工商银行", "建设银行", "中国银行", "农业银行", "交通银行"] as const;

export const bankCard = (bank: string, last4: string) => `bank:${bank}(尾号${last4})`;

export const CITIES = [
  { zh: "上海", ipPrefix: "203.0.113" },
  { zh: "北京", ipPrefix: "198.51.100" },
  { zh: "深圳", ipPrefix: "192.0.2" },
  { zh: "杭州", ipPrefix: "203.0.113" },
  { zh: "成都", ipPrefix: "198.51.100" },
  { zh: "广州", ipPrefix: "192.0.2" },
] as const;
