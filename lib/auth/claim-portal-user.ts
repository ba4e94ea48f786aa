import "server-only";
import type { CodeRecipient } from "@/lib/auth/find-code-recipient";
import { db } from "@/lib/db";

/**
 * The portal user behind a phone that has just proved itself with a code. The owner of a
 * wallet account who never used the portal gets a user now, without a password (they may set
 * one later with a code). An upsert, so two processes racing here create one row.
 */
export async function claimPortalUser(options: { phone: string; recipient: CodeRecipient }) {
  const { phone, recipient } = options;
  return db.portalUser.upsert({
    where: { phone },
    create: {
      role: "WALLET_USER",
      phone,
      name: recipient.name,
      locale: recipient.locale,
      walletAccountId: recipient.walletAccountId,
      passwordHash: null,
    },
    update: {},
    select: { id: true, role: true, name: true, locale: true, walletAccountId: true, disabledAt: true, sessionVersion: true, passwordHash: true },
  });
}
