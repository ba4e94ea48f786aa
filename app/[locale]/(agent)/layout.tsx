import type { ReactNode } from "react";
import { PublicHeader } from "@/app/_components/public-header";
import { StaffHeader } from "@/app/_components/staff-header";
import { isStaff } from "@/lib/auth/session-user";
import { getSessionUser } from "@/lib/authz";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";

// Per person, per request: never prerendered, never cached.
export const dynamic = "force-dynamic";

/*
 * The staff area. The layout only chooses the header; it decides no access (a layout does not
 * re-run on client navigation): every page and route below calls requireStaff() itself, and a
 * wallet user who gets here sees the 403 page (forbidden.tsx) under the public header.
 */
export default async function AgentLayout({ children, params }: { children: ReactNode; params: LocaleParams }) {
  const locale = await pageLocale(params);
  const user = await getSessionUser();

  return (
    <>
      {user && isStaff(user.role) ? <StaffHeader locale={locale} user={user} /> : <PublicHeader locale={locale} />}
      <main id="main" tabIndex={-1} className="flex-1">
        {children}
      </main>
    </>
  );
}
