import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

export type OwnAccountOverview = {
  hasPassword: boolean;
  account: {
    id: string;
    phoneMasked: string;
    balanceMinor: number;
    currency: string;
    status: "ACTIVE" | "RESTRICTED" | "FROZEN";
    twoFactorEnabled: boolean;
  } | null;
  /** The wallet's own recent sign-ins (newest first), failed ones included. */
  logins: { id: string; at: Date; ip: string; location: string | null; succeeded: boolean; device: string | null; deviceTrusted: boolean }[];
  devices: { id: string; label: string; platform: string; firstSeenAt: Date; lastSeenAt: Date; trusted: boolean }[];
  /** Sign-ins to this help center (from the audit log), newest first. */
  portalSignIns: { at: Date; ip: string | null; method: string }[];
};

const RECENT = 8;

/**
 * What the signed-in home (/me) shows a wallet user about themselves: balance and status,
 * recent sign-ins and devices. Only for the user's own account: the actor decides which
 * account is read, never a parameter.
 */
export async function getOwnAccountOverview({ actor }: { actor: SessionUser }): Promise<OwnAccountOverview> {
  if (actor.role !== "WALLET_USER") throw new AppError("FORBIDDEN");
  const accountId = actor.walletAccountId;
  const [user, account, logins, devices, portalSignIns] = await Promise.all([
    db.portalUser.findUnique({ where: { id: actor.id }, select: { passwordHash: true } }),
    accountId
      ? db.walletAccount.findUnique({
          where: { id: accountId },
          select: { id: true, phoneMasked: true, balanceMinor: true, currency: true, status: true, twoFactorEnabled: true },
        })
      : null,
    accountId
      ? db.login.findMany({
          where: { accountId },
          orderBy: { at: "desc" },
          take: RECENT,
          select: { id: true, at: true, ip: true, location: true, succeeded: true, device: { select: { label: true, trusted: true } } },
        })
      : [],
    accountId
      ? db.device.findMany({
          where: { accountId },
          orderBy: { lastSeenAt: "desc" },
          select: { id: true, label: true, platform: true, firstSeenAt: true, lastSeenAt: true, trusted: true },
        })
      : [],
    db.auditLog.findMany({
      where: { actorId: actor.id, action: "auth.sign_in.success" },
      orderBy: { at: "desc" },
      take: RECENT,
      select: { at: true, ip: true, metadata: true },
    }),
  ]);
  return {
    hasPassword: Boolean(user?.passwordHash),
    account: account ? { ...account, balanceMinor: Number(account.balanceMinor) } : null,
    logins: logins.map(({ device, ...login }) => ({ ...login, device: device?.label ?? null, deviceTrusted: device?.trusted ?? false })),
    devices,
    portalSignIns: portalSignIns.map((row) => ({
      at: row.at,
      ip: row.ip,
      method: (row.metadata as { provider?: string } | null)?.provider === "wallet-code" ? "code" : "password",
    })),
  };
}
