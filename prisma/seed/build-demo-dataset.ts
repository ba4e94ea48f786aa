// The whole demo world, built in memory by a pure function: same input (none), same rows,
// ids included. seedDemoData() only writes what this returns.
import {
  buildStaffUser,
  buildWalletUser,
  type AuditLogRow,
  type DeviceRow,
  type LoginRow,
  type PortalUserRow,
  type PromotionRow,
  type SecurityEventRow,
  type TicketEventRow,
  type TicketMessageRow,
  type TicketRow,
} from "./factories";
import { STAFF_LOGINS, WALLET_LOGINS, type PasswordKind } from "./demo-logins";
import type { DemoAccountRow, DemoEntryRow } from "./demo-rows";
import { buildPromotions } from "./promotions";
import { ALL_STORIES } from "./scenarios";
import { startStory } from "./start-story";
import { buildTickets } from "./tickets";

/** A portal user before hashing: `password` says which demo password their hash is made from. */
export type DemoPortalUser = Omit<PortalUserRow, "passwordHash"> & { password: PasswordKind };

export type DemoDataset = {
  promotions: PromotionRow[];
  accounts: DemoAccountRow[];
  devices: DeviceRow[];
  logins: LoginRow[];
  securityEvents: SecurityEventRow[];
  /** Per account in time order: a related entry always comes before the entry pointing at it. */
  entries: DemoEntryRow[];
  portalUsers: DemoPortalUser[];
  tickets: TicketRow[];
  ticketMessages: TicketMessageRow[];
  ticketEvents: TicketEventRow[];
  auditLogs: AuditLogRow[];
};

const STAFF_SINCE = new Date("2026-07-01T01:00:00Z");
const PORTAL_LAUNCH = new Date("2026-08-01T01:00:00Z");

function withoutHash<T extends { passwordHash?: string | null }>(row: T): Omit<T, "passwordHash"> {
  const { passwordHash: _ignored, ...rest } = row;
  return rest;
}

export function buildDemoDataset(): DemoDataset {
  const dataset: DemoDataset = {
    promotions: buildPromotions(),
    accounts: [],
    devices: [],
    logins: [],
    securityEvents: [],
    entries: [],
    portalUsers: [],
    tickets: [],
    ticketMessages: [],
    ticketEvents: [],
    auditLogs: [],
  };
  for (const definition of ALL_STORIES) {
    const story = startStory(definition);
    definition.write(story);
    const rows = story.finish();
    dataset.accounts.push(rows.account);
    dataset.devices.push(...rows.devices);
    dataset.logins.push(...rows.logins);
    dataset.securityEvents.push(...rows.securityEvents);
    dataset.entries.push(...rows.entries);
  }
  for (const staff of STAFF_LOGINS) {
    const row = buildStaffUser({ id: staff.id, role: staff.role, email: staff.email, name: staff.name, locale: staff.locale, createdAt: STAFF_SINCE, updatedAt: STAFF_SINCE });
    dataset.portalUsers.push({ ...withoutHash(row), password: "staff" });
  }
  for (const user of WALLET_LOGINS) {
    const row = buildWalletUser({ id: user.id, phone: user.phone, walletAccountId: user.accountId, name: user.name, locale: user.locale, createdAt: PORTAL_LAUNCH, updatedAt: PORTAL_LAUNCH });
    dataset.portalUsers.push({ ...withoutHash(row), password: "wallet" });
  }
  const tickets = buildTickets();
  dataset.tickets = tickets.tickets;
  dataset.ticketMessages = tickets.messages;
  dataset.ticketEvents = tickets.events;
  dataset.auditLogs = tickets.auditLogs;
  return dataset;
}
