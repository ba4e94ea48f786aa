// Writes one account's history in chronological order, the way the story happened, and keeps
// the running balance so a story can say "spend down to ¥236.40, then reverse the refund".
import type { SecurityEventType } from "@/generated/prisma/enums";
import { maskPhone } from "@/lib/accounts/mask-phone";
import { SIGN_RULES, type EntryType } from "@/lib/diagnosis/entry-types";
import {
  buildAccount,
  buildDevice,
  buildEntry,
  buildLogin,
  buildSecurityEvent,
  type DeviceRow,
  type LoginRow,
  type SecurityEventRow,
} from "./factories";
import { DEMO_NOW } from "./demo-clock";
import type { DemoAccountRow, DemoEntryRow } from "./demo-rows";
import type { Localized } from "./merchants";
import { createRng, type Rng } from "./prng";

export type PersonaSpec = {
  slug: string;
  ownerName: string;
  phone: string;
  locale: "zh-CN" | "en";
  email?: string | null;
  openingBalanceMinor: number;
  openedAt: Date;
  twoFactorEnabled: boolean;
  city: { zh: string; ipPrefix: string };
  /** The user's own bank card, e.g. "bank:招商银行(尾号6225)". */
  bankCard: string;
  friends: readonly string[];
};

export type PostInput = {
  type: EntryType;
  /** Size in fen (> 0); the sign comes from the type. ADJUSTMENT takes a signed amount. */
  amount: number;
  at: Date;
  counterparty?: string | null;
  text?: Localized;
  /** Device key given to device(); omitted for entries the system posts on its own. */
  device?: string | null;
  relatedEntryId?: string | null;
  promoId?: string | null;
  userDisputed?: boolean;
  pending?: boolean;
  /** Readable id suffix for entries a story or test points at ("reversal"). */
  key?: string;
};

export type AccountRows = {
  account: DemoAccountRow;
  devices: DeviceRow[];
  logins: LoginRow[];
  securityEvents: SecurityEventRow[];
  entries: DemoEntryRow[];
};

export type DeviceDraft = { key: string; label: string; platform: string; trusted: boolean; isUsual: boolean; retiredAt?: Date };
type LoginDraft = Omit<LoginRow, "id">;

export class AccountStory {
  readonly persona: PersonaSpec;
  readonly rng: Rng;
  readonly account: DemoAccountRow;
  /** Sum of POSTED entries so far plus the opening balance. */
  balance: number;
  private readonly entries: DemoEntryRow[] = [];
  private readonly devices: DeviceDraft[] = [];
  private readonly loginDrafts: LoginDraft[] = [];
  private readonly securityDrafts: Omit<SecurityEventRow, "id">[] = [];
  private counter = 0;

  constructor(persona: PersonaSpec) {
    this.persona = persona;
    this.rng = createRng(persona.slug);
    this.balance = persona.openingBalanceMinor;
    this.account = {
      ...buildAccount({
        id: `acc_${persona.slug}`,
        ownerName: persona.ownerName,
        phone: persona.phone,
        phoneMasked: maskPhone(persona.phone),
        email: persona.email ?? null,
        locale: persona.locale,
        twoFactorEnabled: persona.twoFactorEnabled,
        createdAt: persona.openedAt,
        updatedAt: DEMO_NOW,
      }),
      openingBalanceMinor: persona.openingBalanceMinor,
      balanceMinor: persona.openingBalanceMinor,
    };
  }

  get lastAt(): Date | null {
    return this.entries.at(-1)?.occurredAt ?? null;
  }

  /** `candidate`, or a few minutes after the last entry when the candidate is not later. */
  after(candidate: Date): Date {
    const last = this.lastAt;
    if (!last || candidate > last) return candidate;
    return new Date(last.getTime() + 7 * 60_000);
  }

  text(localized: Localized): string {
    return this.persona.locale === "en" ? localized.en : localized.zh;
  }

  deviceId(key: string): string {
    return `dev_${this.persona.slug}_${key}`;
  }

  /** `isUsual: false` marks a device the owner never used (an attacker's). */
  addDevice(key: string, label: string, platform: string, options: { trusted?: boolean; isUsual?: boolean; retiredAt?: Date } = {}): string {
    const { trusted = true, isUsual = true, retiredAt } = options;
    this.devices.push({ key, label, platform, trusted, isUsual, retiredAt });
    return this.deviceId(key);
  }

  usualDevices(): readonly DeviceDraft[] {
    return this.devices.filter((d) => d.isUsual);
  }

  login(device: string, at: Date, { ip, location, succeeded = true }: { ip: string; location?: string; succeeded?: boolean }) {
    if (!this.devices.some((d) => d.key === device)) throw new Error(`${this.persona.slug}: unknown device ${device}`);
    this.loginDrafts.push({ accountId: this.account.id, deviceId: this.deviceId(device), ip, location: location ?? this.persona.city.zh, succeeded, at });
  }

  /** First successful login of a device, as far as logins were recorded so far. */
  firstLoginAt(device: string): Date | null {
    const id = this.deviceId(device);
    const times = this.loginDrafts.filter((l) => l.deviceId === id && l.succeeded !== false).map((l) => l.at.getTime());
    return times.length ? new Date(Math.min(...times)) : null;
  }

  hasLoginFromOtherDeviceBefore(device: string, at: Date): boolean {
    const id = this.deviceId(device);
    return this.loginDrafts.some((l) => l.deviceId !== id && l.at < at);
  }

  security(type: SecurityEventType, device: string | null, at: Date) {
    this.securityDrafts.push({ accountId: this.account.id, type, deviceId: device ? this.deviceId(device) : null, at });
  }

  post(input: PostInput): string {
    const last = this.lastAt;
    if (last && input.at < last) {
      throw new Error(`${this.persona.slug}: entries must be written in time order (${input.at.toISOString()} < ${last.toISOString()})`);
    }
    if (input.at > DEMO_NOW) throw new Error(`${this.persona.slug}: ${input.at.toISOString()} is after the demo's now`);
    const rule = SIGN_RULES[input.type];
    const amountMinor = rule === "either" ? input.amount : rule === "credit" ? Math.abs(input.amount) : -Math.abs(input.amount);
    if (!Number.isInteger(amountMinor) || amountMinor === 0) throw new Error(`${this.persona.slug}: bad amount ${input.amount}`);
    this.counter += 1;
    const id = `ent_${this.persona.slug}_${input.key ?? String(this.counter).padStart(3, "0")}`;
    const status = input.pending ? "PENDING" : "POSTED";
    const entry = buildEntry({
      id,
      accountId: this.account.id,
      type: input.type,
      occurredAt: input.at,
      status,
      counterparty: input.counterparty ?? null,
      description: input.text ? this.text(input.text) : null,
      deviceId: input.device ? this.deviceId(input.device) : null,
      relatedEntryId: input.relatedEntryId ?? null,
      promoId: input.promoId ?? null,
      userDisputed: input.userDisputed ?? false,
    });
    this.entries.push({ ...entry, amountMinor });
    if (status === "POSTED") this.balance += amountMinor;
    return id;
  }

  hasEntry(predicate: (entry: DemoEntryRow) => boolean): boolean {
    return this.entries.some(predicate);
  }

  recentEntries(): readonly DemoEntryRow[] {
    return this.entries;
  }

  finish(): AccountRows {
    const logins = [...this.loginDrafts]
      .sort((a, b) => a.at.getTime() - b.at.getTime())
      .map((draft, i) => buildLogin({ ...draft, id: `lgn_${this.persona.slug}_${String(i + 1).padStart(3, "0")}` }));
    const devices = this.devices.map((d) => {
      const id = this.deviceId(d.key);
      const seen = logins.filter((l) => l.deviceId === id).map((l) => l.at.getTime());
      if (seen.length === 0) throw new Error(`${this.persona.slug}: device ${d.key} never logged in`);
      // firstSeenAt equals the first login so that any reader of "first seen" agrees with rule 3.
      return buildDevice({
        id,
        accountId: this.account.id,
        label: d.label,
        platform: d.platform,
        trusted: d.trusted,
        firstSeenAt: new Date(Math.min(...seen)),
        lastSeenAt: new Date(Math.max(...seen)),
      });
    });
    const securityEvents = [...this.securityDrafts]
      .sort((a, b) => a.at.getTime() - b.at.getTime())
      .map((draft, i) => buildSecurityEvent({ ...draft, id: `sev_${this.persona.slug}_${i + 1}` }));
    const account = { ...this.account, balanceMinor: this.balance };
    return { account, devices, logins, securityEvents, entries: [...this.entries] };
  }
}
