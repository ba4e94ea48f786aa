import "server-only";
import { db } from "@/lib/db";

export type CodeRecipient = {
  /** The portal user behind the phone, or null when the wallet account has none yet. */
  userId: string | null;
  walletAccountId: string | null;
  name: string;
  locale: string;
};

/**
 * Who may receive a code for this phone: a wallet user of the portal who is not disabled, or
 * the owner of a wallet account who has never used the portal (a code is how they get in).
 * Staff and strangers get nothing, and the caller never tells anyone which it was.
 */
export async function findCodeRecipient(options: { phone: string }): Promise<CodeRecipient | null> {
  const user = await db.portalUser.findUnique({
    where: { phone: options.phone },
    select: { id: true, role: true, disabledAt: true, name: true, locale: true, walletAccountId: true },
  });
  if (user) {
    if (user.role !== "WALLET_USER" || user.disabledAt) return null;
    return { userId: user.id, walletAccountId: user.walletAccountId, name: user.name, locale: user.locale };
  }
  const account = await db.walletAccount.findUnique({
    where: { phone: options.phone },
    select: { id: true, ownerName: true, locale: true, owner: { select: { id: true } } },
  });
  if (!account || account.owner) return null;
  return { userId: null, walletAccountId: account.id, name: account.ownerName, locale: account.locale };
}
