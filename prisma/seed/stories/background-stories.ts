// Everyday accounts that fill the demo world around the personas: the agent's lists and charts
// need ordinary customers too. None of them is negative or urgent.
import type { ProfileName } from "../routine-history";
import { liveRoutine } from "../routine-history";
import { createRng } from "../prng";
import type { StoryDefinition, UsualDevice } from "../story-types";

const NAMES = [
  "王磊", "李秀兰", "张勇", "刘杰", "陈涛", "杨丽", "赵军", "黄丽娟", "周鹏", "吴桂英", "徐静怡", "孙浩然", "胡晓东",
  "朱丹", "高峰", "林佳怡", "何宇", "郭晨曦", "马俊", "罗婷婷", "梁博", "宋雨欣", "谢飞", "韩梅", "唐欣",
] as const;

const PHONES: readonly Omit<UsualDevice, "firstDay">[] = [
  { key: "phone", label: "iPhone 14", platform: "iOS" },
  { key: "phone", label: "HUAWEI nova 12", platform: "HarmonyOS" },
  { key: "phone", label: "Xiaomi 13", platform: "Android" },
  { key: "phone", label: "OPPO Find X6", platform: "Android" },
  { key: "phone", label: "vivo S18", platform: "Android" },
];

const PROFILE_CYCLE: readonly ProfileName[] = ["worker", "student", "family", "worker", "retiree"];

export const BACKGROUND_STORIES: StoryDefinition[] = NAMES.map((ownerName, i) => {
  const n = String(i + 1).padStart(2, "0");
  const rng = createRng(`background:${n}`);
  const devices: UsualDevice[] = [{ ...rng.pick(PHONES), firstDay: -92 }];
  if (rng.chance(0.35)) devices.push({ key: "tablet", label: rng.pick(["iPad", "HUAWEI MatePad", "Xiaomi Pad 6"]), platform: "Tablet", firstDay: rng.int(-85, -10) });
  const profile = PROFILE_CYCLE[i % PROFILE_CYCLE.length] as ProfileName;
  return {
    key: `background-${n}`,
    situation: "healthy",
    slug: `bg_${n}`,
    ownerName,
    phone: `139000000${n}`,
    locale: "zh-CN",
    story: {
      zhCN: "日常使用的普通账户:充值、消费、转账都正常,余额为正。",
      en: "An ordinary everyday account: top-ups, payments and transfers as usual, balance positive.",
    },
    expectedPrimaryCause: null,
    expectedUrgent: false,
    profile,
    openingBalanceMinor: rng.int(0, 40) * 5_000,
    openedAt: new Date(Date.UTC(2016 + rng.int(0, 9), rng.int(0, 11), rng.int(1, 28), rng.int(0, 12))).toISOString(),
    twoFactorEnabled: rng.chance(0.4),
    devices,
    write(b) {
      liveRoutine(b, profile, -92, -1);
    },
  };
});
