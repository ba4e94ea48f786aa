"use client";

import { AccountMenu, type AccountMenuLabels } from "@/app/_components/auth/account-menu";
import { useSignedInUser } from "@/app/_components/auth/use-signed-in-user";

/**
 * The only per-visitor part of a public page's header. The page itself is the same static HTML
 * for everyone; once it has loaded, useSignedInUser() says who is signed in.
 */
export function UserMenuIsland({ labels, roleLabels }: { labels: AccountMenuLabels; roleLabels: Record<string, string> }) {
  const me = useSignedInUser();
  const user = me && { name: me.name, roleLabel: roleLabels[me.role] ?? me.role, isStaff: me.role !== "WALLET_USER" };
  return <AccountMenu user={user} labels={labels} />;
}
