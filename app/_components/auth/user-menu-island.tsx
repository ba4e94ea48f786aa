"use client";

import { useEffect, useState } from "react";
import { AccountMenu, type AccountMenuLabels, type AccountMenuUser } from "@/app/_components/auth/account-menu";
import { readSessionHint } from "@/lib/auth/session-hint";
import { fetchSignedInUser } from "@/app/_components/auth/fetch-signed-in-user";

/**
 * The only per-visitor part of a public page's header. The page itself is the same static HTML
 * for everyone; once it has loaded, this asks GET /api/auth/me who is signed in, and only when
 * the session hint cookie says someone may be (anonymous visitors make no request).
 */
export function UserMenuIsland({ labels, roleLabels }: { labels: AccountMenuLabels; roleLabels: Record<string, string> }) {
  const [user, setUser] = useState<AccountMenuUser | null>(null);

  useEffect(() => {
    if (!readSessionHint(document.cookie)) return;
    let isCurrent = true;
    void fetchSignedInUser().then((me) => {
      if (isCurrent && me) setUser({ name: me.name, roleLabel: roleLabels[me.role] ?? me.role, isStaff: me.role !== "WALLET_USER" });
    });
    return () => {
      isCurrent = false;
    };
  }, [roleLabels]);

  return <AccountMenu user={user} labels={labels} />;
}
