// Turns a story definition into an AccountStory with its persona, usual devices and logins.
import { AccountStory } from "./account-story";
import { cst } from "./demo-clock";
import { BANKS, CITIES, FRIENDS, bankCard } from "./merchants";
import { createRng } from "./prng";
import { scheduleLogins } from "./routine-history";
import type { StoryDefinition } from "./story-types";

export function startStory(def: Omit<StoryDefinition, "write">): AccountStory {
  const rng = createRng(`${def.slug}:persona`);
  const friends = rng.shuffle(FRIENDS).slice(0, rng.int(4, 6));
  const story = new AccountStory({
    slug: def.slug,
    ownerName: def.ownerName,
    phone: def.phone,
    locale: def.locale,
    email: def.email ?? null,
    openingBalanceMinor: def.openingBalanceMinor,
    openedAt: new Date(def.openedAt),
    twoFactorEnabled: def.twoFactorEnabled ?? false,
    city: rng.pick(CITIES),
    bankCard: bankCard(rng.pick(BANKS), String(rng.int(1000, 9999))),
    friends,
  });
  for (const device of def.devices) {
    const retiredAt = device.retiredDay === undefined ? undefined : cst(device.retiredDay + 1, 0);
    story.addDevice(device.key, device.label, device.platform, { retiredAt });
    scheduleLogins(story, device.key, device.firstDay, device.retiredDay ?? -1);
  }
  return story;
}
