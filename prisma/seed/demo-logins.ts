// The demo world's sign-ins, listed once so the README, the docs and the tests agree.
import type { Role } from "@/generated/prisma/enums";
import { SCENARIOS } from "./scenarios";

export const DEMO_PASSWORDS = {
  /** Every staff account. */
  staff: "portal-demo-2026",
  /** Every persona's wallet-user account (sign in with the phone number). */
  wallet: "wallet-demo-2026",
} as const;

export type PasswordKind = keyof typeof DEMO_PASSWORDS;

export type StaffLogin = { id: string; role: Exclude<Role, "WALLET_USER">; email: string; name: string; locale: "zh-CN" | "en"; password: string };
export type WalletLogin = { id: string; phone: string; name: string; locale: "zh-CN" | "en"; scenario: string; accountId: string; password: string };

export const STAFF_LOGINS: readonly StaffLogin[] = [
  { id: "usr_agent_wang", role: "AGENT", email: "agent@example.com", name: "王客服", locale: "zh-CN", password: DEMO_PASSWORDS.staff },
  { id: "usr_agent_alex", role: "AGENT", email: "agent2@example.com", name: "Alex Li", locale: "en", password: DEMO_PASSWORDS.staff },
  { id: "usr_supervisor_chen", role: "SUPERVISOR", email: "supervisor@example.com", name: "陈主管", locale: "zh-CN", password: DEMO_PASSWORDS.staff },
  { id: "usr_admin", role: "ADMIN", email: "admin@example.com", name: "系统管理员", locale: "zh-CN", password: DEMO_PASSWORDS.staff },
];

export const WALLET_LOGINS: readonly WalletLogin[] = SCENARIOS.filter((s) => s.hasPortalLogin).map((s) => ({
  id: `usr_${s.accountId.replace(/^acc_/, "")}`,
  phone: s.phone,
  name: s.ownerName,
  locale: s.locale,
  scenario: s.key,
  accountId: s.accountId,
  password: DEMO_PASSWORDS.wallet,
}));

export const DEMO_LOGINS = { staff: STAFF_LOGINS, wallet: WALLET_LOGINS } as const;

/** Ids of the staff accounts, for tickets and audit rows. */
export const STAFF_ID = { agent: "usr_agent_wang", agent2: "usr_agent_alex", supervisor: "usr_supervisor_chen", admin: "usr_admin" } as const;
